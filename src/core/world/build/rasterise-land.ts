// Scanline rasteriser: which nodes of a lon/lat grid lie inside the land polygons (even–odd rule).

import type { GridSpec } from '../world-data';

export type { GridSpec };

/**
 * Returns a row-major mask (1 = land) of the grid's nodes. Each row intersects every polygon edge with the node
 * latitude once and fills between crossings. Nodes on the clip box's border are tested a hair inside it, so land
 * that runs up to the border counts as land there.
 * @example rasteriseLand(coast.polygons, coast.bbox, spec)[j * spec.cols + i] // 1 when node (i, j) is land
 */
export function rasteriseLand(
  polygons: readonly (readonly (readonly number[])[])[][],
  bbox: readonly [number, number, number, number],
  spec: GridSpec,
): Uint8Array {
  const [west, south, east, north] = bbox;
  const inset = 1e-9;
  const mask = new Uint8Array(spec.cols * spec.rows);
  const edges: number[] = [];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) edges.push(ring[i][0], ring[i][1], ring[i + 1][0], ring[i + 1][1]);
  const crossings: number[] = [];
  for (let j = 0; j < spec.rows; j++) {
    const lat = Math.min(north - inset, Math.max(south + inset, spec.south + j * spec.stepLat));
    crossings.length = 0;
    for (let e = 0; e < edges.length; e += 4) {
      const y1 = edges[e + 1];
      const y2 = edges[e + 3];
      if (y1 > lat !== y2 > lat) crossings.push(edges[e] + ((lat - y1) * (edges[e + 2] - edges[e])) / (y2 - y1));
    }
    crossings.sort((a, b) => a - b);
    let k = 0;
    for (let i = 0; i < spec.cols; i++) {
      const lon = Math.min(east - inset, Math.max(west + inset, spec.west + i * spec.stepLon));
      while (k < crossings.length && crossings[k] < lon) k++;
      mask[j * spec.cols + i] = k & 1;
    }
  }
  return mask;
}
