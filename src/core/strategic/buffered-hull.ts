// The convex hull of discs around points, as a polygon that contains every disc (a buffered track piece).
import type { PolygonFootprint } from '../airspace/footprint';

/** Sides of the polygon drawn around each disc; its vertices lie outside the disc so the hull contains it. */
const SIDES = 12;
const UNIT_X = Float64Array.from({ length: SIDES }, (_, s) => Math.cos(((s + 0.5) * 2 * Math.PI) / SIDES));
const UNIT_Y = Float64Array.from({ length: SIDES }, (_, s) => Math.sin(((s + 0.5) * 2 * Math.PI) / SIDES));

function cross(ox: number, oy: number, ax: number, ay: number, bx: number, by: number): number {
  return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

/** Convex hull of points (x, y pairs) by the monotone chain; counter-clockwise, no repeated closing vertex. */
export function convexHull(xy: Float64Array): Float64Array {
  const n = xy.length / 2;
  // Insertion sort of point indices by x then y: the inputs are small (tens of points).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j > 0) {
      const o = order[j - 1];
      if (xy[2 * o] < xy[2 * i] || (xy[2 * o] === xy[2 * i] && xy[2 * o + 1] <= xy[2 * i + 1])) break;
      order[j] = o;
      j--;
    }
    order[j] = i;
  }
  const hull = new Float64Array(4 * n + 4);
  let k = 0; // floats written
  // Lower chain left to right, then upper chain right to left; each pops points that do not turn left.
  for (let pass = 0; pass < 2; pass++) {
    const floor = k;
    for (let m = 0; m < n; m++) {
      const i = order[pass === 0 ? m : n - 1 - m];
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      while (k - floor >= 4 && cross(hull[k - 4], hull[k - 3], hull[k - 2], hull[k - 1], x, y) <= 0) k -= 2;
      hull[k++] = x;
      hull[k++] = y;
    }
    k -= 2; // the chain's last point starts the other chain
  }
  return hull.slice(0, Math.max(k, 2));
}

/** The vertices of the regular polygon circumscribed about a disc of the given radius, counter-clockwise. */
export function circumscribedPolygon(cx: number, cy: number, radius: number): Float64Array {
  const rv = radius / Math.cos(Math.PI / SIDES);
  const out = new Float64Array(2 * SIDES);
  for (let s = 0; s < SIDES; s++) {
    out[2 * s] = cx + rv * UNIT_X[s];
    out[2 * s + 1] = cy + rv * UNIT_Y[s];
  }
  return out;
}

/** Index of the lowest vertex (smallest y, then smallest x) of a ring. */
function lowest(ring: Float64Array): number {
  let best = 0;
  for (let i = 2; i < ring.length; i += 2) {
    if (ring[i + 1] < ring[best + 1] || (ring[i + 1] === ring[best + 1] && ring[i] < ring[best])) best = i;
  }
  return best / 2;
}

/** Index of the lowest vertex of the unit 12-gon (the one at 255°). */
const Q0 = 8;

/**
 * Minkowski sum of a convex counter-clockwise ring (one or more vertices) and the circumscribed 12-gon of a disc:
 * the two edge sequences merged by angle, O(k + 12).
 */
function minkowskiWithDisc(ring: Float64Array, radius: number): Float64Array {
  const n = ring.length / 2;
  if (n === 1) return circumscribedPolygon(ring[0], ring[1], radius);
  const rv = radius / Math.cos(Math.PI / SIDES);
  const p0 = lowest(ring);
  const out = new Float64Array(2 * (n + SIDES));
  let k = 0;
  let i = 0;
  let j = 0;
  while (i < n || j < SIDES) {
    const a = 2 * ((p0 + i) % n);
    const b = 2 * ((p0 + i + 1) % n);
    const qa = (Q0 + j) % SIDES;
    const qb = (Q0 + j + 1) % SIDES;
    out[k++] = ring[a] + rv * UNIT_X[qa];
    out[k++] = ring[a + 1] + rv * UNIT_Y[qa];
    const c = (ring[b] - ring[a]) * (UNIT_Y[qb] - UNIT_Y[qa]) - (ring[b + 1] - ring[a + 1]) * (UNIT_X[qb] - UNIT_X[qa]);
    const stepP = (c >= 0 && i < n) || j >= SIDES;
    const stepQ = (c <= 0 && j < SIDES) || i >= n;
    if (stepP) i++;
    if (stepQ) j++;
  }
  return out.slice(0, k);
}

/**
 * A polygon containing every disc of the given radius around the points: the convex hull of the points grown by the
 * regular 12-gon circumscribed about the disc (at most 3.5 % wider than the exact rounded shape).
 *
 * @example bufferedHull([{ x: 0, y: 0 }, { x: 1000, y: 0 }], 50) // a 1,100 m × 100 m capsule-like polygon
 */
export function bufferedHull(points: readonly { x: number; y: number }[], radius: number): PolygonFootprint {
  const centres = new Float64Array(points.length * 2);
  points.forEach((p, i) => {
    centres[2 * i] = p.x;
    centres[2 * i + 1] = p.y;
  });
  return { kind: 'polygon', rings: [minkowskiWithDisc(convexHull(centres), radius)] };
}
