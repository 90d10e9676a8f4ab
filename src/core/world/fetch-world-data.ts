// Fetches the four world data files over HTTP (browser, worker or Node 20+); validate with createWorld.

import type { WorldData } from './world-data';
import { WORLD_DATA_BASE_URL, WORLD_DATA_FILES, worldDataUrl } from './world-data-urls';

/**
 * Fetches and parses the world data files. The result is unchecked JSON: createWorld validates it.
 * @example const world = createWorld(await fetchWorldData(), createLocalFrame(CYBERPORT_ORIGIN));
 */
export async function fetchWorldData(
  base: string = WORLD_DATA_BASE_URL,
  fetchImpl: typeof fetch = fetch,
): Promise<WorldData> {
  const parts = Object.keys(WORLD_DATA_FILES) as (keyof WorldData)[];
  const loaded = await Promise.all(
    parts.map(async (part) => {
      const url = worldDataUrl(part, base);
      const response = await fetchImpl(url);
      if (!response.ok) throw new Error(`world data: ${url}: HTTP ${response.status}`);
      return [part, await response.json()] as const;
    }),
  );
  return Object.fromEntries(loaded) as unknown as WorldData;
}
