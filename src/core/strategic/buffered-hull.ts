// The convex hull of discs around points, as a polygon that contains every disc (a buffered track piece).
import type { PolygonFootprint } from '../airspace/footprint';

/** Sides of the polygon drawn around each disc; its vertices lie outside the disc so the hull contains it. */
const SIDES = 12;

function cross(ox: number, oy: number, ax: number, ay: number, bx: number, by: number): number {
  return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
}

/** Convex hull of points (x, y pairs) by the monotone chain; counter-clockwise, no repeated closing vertex. */
export function convexHull(xy: Float64Array): Float64Array {
  const n = xy.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => xy[2 * a] - xy[2 * b] || xy[2 * a + 1] - xy[2 * b + 1],
  );
  const hull: number[] = [];
  const build = (indices: number[]) => {
    const start = hull.length;
    for (const i of indices) {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      while (hull.length - start >= 2 * 2) {
        const k = hull.length;
        if (cross(hull[k - 4], hull[k - 3], hull[k - 2], hull[k - 1], x, y) > 0) break;
        hull.length -= 2;
      }
      hull.push(x, y);
    }
    hull.length -= 2; // the last point starts the other chain
  };
  build(order);
  build(order.reverse());
  return Float64Array.from(hull);
}

/**
 * A polygon containing every disc of the given radius around the points: the hull of regular 12-gons circumscribed
 * about the discs (at most 3.5 % wider than the exact rounded shape).
 *
 * @example bufferedHull([{ x: 0, y: 0 }, { x: 1000, y: 0 }], 50) // a 1,100 m × 100 m capsule-like polygon
 */
export function bufferedHull(points: readonly { x: number; y: number }[], radius: number): PolygonFootprint {
  const rv = radius / Math.cos(Math.PI / SIDES);
  const xy = new Float64Array(points.length * SIDES * 2);
  let k = 0;
  for (const p of points) {
    for (let s = 0; s < SIDES; s++) {
      const a = ((s + 0.5) * 2 * Math.PI) / SIDES;
      xy[k++] = p.x + rv * Math.cos(a);
      xy[k++] = p.y + rv * Math.sin(a);
    }
  }
  return { kind: 'polygon', rings: [convexHull(xy)] };
}
