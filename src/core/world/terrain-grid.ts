// Ground height lookup: bilinear interpolation in the decoded terrain grid, clamped at 0 over the sea.
import { decodeTerrainValues } from './terrain-codec';
import type { TerrainData } from './world-data';

export interface TerrainGrid {
  readonly cols: number;
  readonly rows: number;
  /** Highest node height, metres AMSL. */
  readonly max_m: number;
  /** Node values in metres, row-major from the south-west (negative over the sea). */
  readonly values: Float64Array;
  nodeLon(i: number): number;
  nodeLat(j: number): number;
  /** Ground height in metres AMSL at (lat, lon): bilinear in the grid, at least 0; 0 outside the grid. */
  sample(lat: number, lon: number): number;
}

/** Tolerance, in cells, for points on the grid's border. */
const EDGE = 1e-6;

/** @example createTerrainGrid(data.terrain).sample(22.27547, 114.14383) // ≈ 540 (Victoria Peak, model) */
export function createTerrainGrid(data: TerrainData): TerrainGrid {
  const { cols, rows, west, south, stepLon, stepLat, unit_m } = data;
  const stored = decodeTerrainValues(data.data, cols, rows);
  const values = new Float64Array(stored.length);
  let max = 0;
  for (let k = 0; k < stored.length; k++) {
    values[k] = stored[k] * unit_m;
    if (values[k] > max) max = values[k];
  }
  const invLon = 1 / stepLon;
  const invLat = 1 / stepLat;
  const lastI = cols - 1;
  const lastJ = rows - 1;

  function sample(lat: number, lon: number): number {
    let fx = (lon - west) * invLon;
    let fy = (lat - south) * invLat;
    // Outside (or NaN) → 0; within a micro-cell of the border counts as on it (rounding of the world box's edges).
    if (!(fx >= -EDGE && fy >= -EDGE && fx <= lastI + EDGE && fy <= lastJ + EDGE)) return 0;
    fx = fx < 0 ? 0 : Math.min(fx, lastI);
    fy = fy < 0 ? 0 : Math.min(fy, lastJ);
    let i = fx | 0;
    let j = fy | 0;
    if (i === lastI) i--;
    if (j === lastJ) j--;
    const tx = fx - i;
    const ty = fy - j;
    const k = j * cols + i;
    const south0 = values[k] + (values[k + 1] - values[k]) * tx;
    const north0 = values[k + cols] + (values[k + cols + 1] - values[k + cols]) * tx;
    const v = south0 + (north0 - south0) * ty;
    return Math.max(v, 0);
  }

  return {
    cols,
    rows,
    max_m: max,
    values,
    nodeLon: (i) => west + i * stepLon,
    nodeLat: (j) => south + j * stepLat,
    sample,
  };
}
