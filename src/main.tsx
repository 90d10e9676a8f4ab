// The viewer's entry point: starts the simulation worker (world, default scenario) at once, then loads and mounts the
// app, so that the worker builds the world while the browser fetches and parses three.js and React.
import { startViewer } from './ui/start-viewer';

startViewer();
const { mountApp } = await import('./ui/mount-app');
mountApp(document.getElementById('root')!);
