// The world data file names under public/geo, shared by the Node loader and the browser's fetch.
import type { WorldData } from './world-data';

/** File name of each part of the world data. */
export const WORLD_DATA_FILES = {
  coast: 'coast.json',
  terrain: 'terrain.json',
  buildings: 'buildings.json',
  pads: 'pads.json',
} as const satisfies Record<keyof WorldData, string>;

/** Where the viewer serves public/geo. */
export const WORLD_DATA_BASE_URL = '/geo/';

/** @example worldDataUrl('coast') // '/geo/coast.json' */
export function worldDataUrl(part: keyof WorldData, base: string = WORLD_DATA_BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${WORLD_DATA_FILES[part]}`;
}
