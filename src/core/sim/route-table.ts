// Every flight's route packed into flat typed arrays, with the distance remaining after each point.
import type { CompiledScenario } from '../scenario/compiled';

export interface RouteTable {
  /** x, y, z, speed per point, all flights back to back. */
  points: Float64Array;
  /** First point of flight i (in points, not floats) and its number of points. */
  start: Int32Array;
  length: Int32Array;
  /** Horizontal distance from point k to the destination pad through the later points. */
  remaining: Float64Array;
  /** Index of each flight's origin and destination pad in world.pads. */
  originPad: Int32Array;
  destinationPad: Int32Array;
}

export function buildRouteTable(s: CompiledScenario): RouteTable {
  const n = s.flights.length;
  const start = new Int32Array(n);
  const length = new Int32Array(n);
  let total = 0;
  s.flights.forEach((f, i) => {
    start[i] = total;
    length[i] = f.route.length;
    total += f.route.length;
  });
  const points = new Float64Array(total * 4);
  const remaining = new Float64Array(total);
  const padIndex = new Map(s.world.pads.map((p, k) => [p.id, k]));
  const originPad = new Int32Array(n);
  const destinationPad = new Int32Array(n);
  s.flights.forEach((f, i) => {
    originPad[i] = padIndex.get(f.origin.id) ?? 0;
    destinationPad[i] = padIndex.get(f.destination.id) ?? 0;
    const base = start[i];
    f.route.forEach((p, k) => {
      points.set([p.x, p.y, p.z, p.speed_mps], (base + k) * 4);
    });
    let acc = 0;
    let nx = f.destination.x;
    let ny = f.destination.y;
    for (let k = f.route.length - 1; k >= 0; k--) {
      const p = f.route[k];
      acc += Math.hypot(nx - p.x, ny - p.y);
      remaining[base + k] = acc;
      nx = p.x;
      ny = p.y;
    }
  });
  return { points, start, length, remaining, originPad, destinationPad };
}
