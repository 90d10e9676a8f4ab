// Named reference coordinates of the Skylane world (from ../shared/facts/hong-kong.md).
import type { LatLon } from './local-frame';

/** Cyberport campus centre, 100 Cyberport Road: the origin of every bundled scenario's local frame. */
export const CYBERPORT_ORIGIN: LatLon = { lat: 22.261806, lon: 114.130214 };

/** The bounding box of the simulated world (HKIA and Tung Chung to Aberdeen; Cheung Chau and Lamma to Kennedy Town). */
export const WORLD_BOUNDS = { west: 113.88, east: 114.2, south: 22.18, north: 22.35 } as const;

export function insideWorld(lat: number, lon: number): boolean {
  return lat >= WORLD_BOUNDS.south && lat <= WORLD_BOUNDS.north && lon >= WORLD_BOUNDS.west && lon <= WORLD_BOUNDS.east;
}
