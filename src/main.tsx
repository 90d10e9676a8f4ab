// The viewer's entry point: mounts the React app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app';
import { startViewer } from './ui/start-viewer';
import './ui/styles.css';

// The worker starts building the world before React renders.
startViewer();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
