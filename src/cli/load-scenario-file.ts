// Reads and loads a scenario file against the bundled Cyberport world (Node side of loadScenario).
import { dirname, join } from 'node:path';
import type { CompiledScenario } from '../core/scenario/compiled';
import { type LoadOverrides, type LoadResult, loadScenario } from '../core/scenario/load-scenario';
import type { World } from '../core/world/world';
import { loadIntentsFile } from './load-intents-file';
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
  const loaded = loadScenario(read.text, path, world, overrides);
  if (!loaded.ok || loaded.scenario.external_intents_file === null) return loaded;
  return withExternalIntentsFile(loaded.scenario, join(dirname(path), loaded.scenario.external_intents_file));
}

/** The scenario with the intents of its external_intents file (resolved next to the scenario), or that file's errors. */
async function withExternalIntentsFile(scenario: CompiledScenario, file: string): Promise<LoadResult> {
  const r = await loadIntentsFile(file, scenario.start_epoch_ms);
  if (!r.ok) return r;
  return { ok: true, scenario: { ...scenario, external_intents: r.intents, external_intents_file: null } };
}
