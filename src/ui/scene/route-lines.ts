// Planned paths as line-segment buffers: the path at flight altitude and drop lines from each route point to the ground.
import type { ScenarioMeta } from '../../session/sim-protocol';

export interface RouteBuffers {
  /** three.js x, y, z pairs of the path segments. */
  path: Float32Array;
  /** Linear RGB per path vertex. */
  pathColours: Float32Array;
  /** three.js x, y, z pairs of the drop lines. */
  drops: Float32Array;
}

/**
 * Segments of the planned paths of the given flights; `colourOf(flight)` gives each flight's linear RGB.
 * Drop lines go from every point above its ground (the pad points excepted) down to the ground.
 */
export function routeBuffers(
  routes: ScenarioMeta['routes'],
  flights: Iterable<number>,
  colourOf: (flight: number) => [number, number, number],
): RouteBuffers {
  const { offsets, points } = routes;
  const path: number[] = [];
  const colours: number[] = [];
  const drops: number[] = [];
  for (const i of flights) {
    const [r, g, b] = colourOf(i);
    const from = offsets[i];
    const to = offsets[i + 1];
    for (let k = from; k < to; k++) {
      const x = points[4 * k];
      const y = points[4 * k + 1];
      const z = points[4 * k + 2];
      const ground = points[4 * k + 3];
      if (k + 1 < to) {
        path.push(x, z, -y, points[4 * k + 4], points[4 * k + 6], -points[4 * k + 5]);
        colours.push(r, g, b, r, g, b);
      }
      if (k > from + 1 && k < to - 2 && z - ground > 1) drops.push(x, z, -y, x, ground, -y);
    }
  }
  return { path: Float32Array.from(path), pathColours: Float32Array.from(colours), drops: Float32Array.from(drops) };
}
