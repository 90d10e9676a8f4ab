// Reads and loads a scenario file against the bundled Cyberport world (Node side of loadScenario).
import { type LoadOverrides, type LoadResult, loadScenario } from '../core/scenario/load-scenario';
import type { World } from '../core/world/world';
import { readInputFile } from './read-input-file';
import { loadDefaultWorld } from './world-files';

let defaultWorld: World | undefined;

/** The bundled world, loaded once per process. */
export function bundledWorld(): World {
  defaultWorld ??= loadDefaultWorld();
  return defaultWorld;
}

export async function loadScenarioFile(
  path: string,
  overrides: LoadOverrides = {},
  world: World = bundledWorld(),
): Promise<LoadResult> {
  const read = await readInputFile(path);
  if (!read.ok) return read;
  return loadScenario(read.text, path, world, overrides);
}
