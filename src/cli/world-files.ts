// Node loader of the world data: reads public/geo/*.json from the repository and builds the default World.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../core/geo';
import { createWorld, WORLD_DATA_FILES, type World, type WorldData } from '../core/world';

/** public/geo of this repository (src/cli → ../../public/geo). */
export const DEFAULT_WORLD_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/geo');

/**
 * Reads and parses the four world data files; createWorld validates them.
 * @example const data = loadWorldData(); data.pads.pads.length // 14
 */
export function loadWorldData(dir: string = DEFAULT_WORLD_DATA_DIR): WorldData {
  const read = (file: string): unknown => {
    const path = resolve(dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`world data ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`world data ${path}: not valid JSON (${(error as Error).message})`);
    }
  };
  return {
    coast: read(WORLD_DATA_FILES.coast),
    terrain: read(WORLD_DATA_FILES.terrain),
    buildings: read(WORLD_DATA_FILES.buildings),
    pads: read(WORLD_DATA_FILES.pads),
  } as WorldData;
}

/** The bundled world in the local frame around Cyberport (the origin of every bundled scenario). */
export function loadDefaultWorld(): World {
  return createWorld(loadWorldData(), createLocalFrame(CYBERPORT_ORIGIN));
}
