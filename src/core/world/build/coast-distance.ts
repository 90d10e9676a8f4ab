// Nearest-coast distance for many points: segments bucketed in a uniform grid, searched in growing rings of cells.
import { distanceToSegment } from './coast-segments';

export interface CoastDistance {
  /** Exact distance in metres to the nearest segment, or `maxDistance` when none is closer. */
  distance(x: number, y: number, maxDistance: number): number;
}

/** @example createCoastDistance(coastSegments(coast, frame)).distance(0, 0, 5000) // metres from Cyberport to the coast */
export function createCoastDistance(segments: Float64Array, cellSize = 250): CoastDistance {
  const count = segments.length / 4;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < count; k++) {
    minX = Math.min(minX, segments[4 * k], segments[4 * k + 2]);
    maxX = Math.max(maxX, segments[4 * k], segments[4 * k + 2]);
    minY = Math.min(minY, segments[4 * k + 1], segments[4 * k + 3]);
    maxY = Math.max(maxY, segments[4 * k + 1], segments[4 * k + 3]);
  }
  const nx = Math.max(1, Math.ceil((maxX - minX) / cellSize) + 1);
  const ny = Math.max(1, Math.ceil((maxY - minY) / cellSize) + 1);
  const buckets: number[][] = Array.from({ length: nx * ny }, () => []);
  const cx = (x: number) => Math.floor((x - minX) / cellSize);
  const cy = (y: number) => Math.floor((y - minY) / cellSize);
  for (let k = 0; k < count; k++) {
    // Every cell the segment's bounding box meets (segments are short next to the cells).
    const i0 = cx(Math.min(segments[4 * k], segments[4 * k + 2]));
    const i1 = cx(Math.max(segments[4 * k], segments[4 * k + 2]));
    const j0 = cy(Math.min(segments[4 * k + 1], segments[4 * k + 3]));
    const j1 = cy(Math.max(segments[4 * k + 1], segments[4 * k + 3]));
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) buckets[j * nx + i].push(k);
  }

  function distance(x: number, y: number, maxDistance: number): number {
    if (count === 0) return maxDistance;
    let best = maxDistance;
    const pi = cx(x);
    const pj = cy(y);
    // Cells outside ring r are at least r·cellSize away (the point is inside cell (pi, pj)); also when it is
    // outside the grid, the distance to the grid's box bounds what ring r can still improve.
    const outside = Math.max(0, minX - x, x - maxX, minY - y, y - maxY);
    const firstRing = Math.max(0, Math.floor(outside / cellSize) - 1);
    const maxRing = Math.max(nx, ny) + Math.abs(pi) + Math.abs(pj);
    for (let r = firstRing; r <= maxRing; r++) {
      if ((r - 1) * cellSize >= best) break;
      for (let j = pj - r; j <= pj + r; j++) {
        if (j < 0 || j >= ny) continue;
        const edgeRow = j === pj - r || j === pj + r;
        for (let i = pi - r; i <= pi + r; i += edgeRow ? 1 : 2 * r || 1) {
          if (i < 0 || i >= nx) continue;
          for (const k of buckets[j * nx + i]) {
            const d = distanceToSegment(segments, k, x, y);
            if (d < best) best = d;
          }
        }
      }
    }
    return best;
  }

  return { distance };
}
