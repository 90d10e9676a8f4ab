// Loads the bundled world data once for the world tests (the committed files in public/geo).
import { loadWorldData } from '../../../src/cli/world-files';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../../src/core/geo';
import { createWorld } from '../../../src/core/world';

export const data = loadWorldData();
export const frame = createLocalFrame(CYBERPORT_ORIGIN);
export const world = createWorld(data, frame);
/** A deep copy of the data for tests that break it. */
export const freshData = () => structuredClone(data);
