// Whether two footprints share any point (circle/circle, circle/polygon, polygon/polygon), boundaries included.
import { type CircleFootprint, type Footprint, type PolygonFootprint, pointInRings } from './footprint';

/** Orientation of c relative to the line a→b: > 0 left, < 0 right, 0 collinear. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** Closed segments a–b and c–d share a point (touching and collinear overlap included). */
export function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  if (d2 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return true;
  if (d3 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (d4 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  return false;
}

/** Squared distance from p to the closed segment a–b. */
export function segmentDistanceSq(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const len2 = ex * ex + ey * ey;
  let t = len2 > 0 ? ((px - ax) * ex + (py - ay) * ey) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const qx = ax + t * ex - px;
  const qy = ay + t * ey - py;
  return qx * qx + qy * qy;
}

function circlesIntersect(a: CircleFootprint, b: CircleFootprint): boolean {
  const dx = a.cx - b.cx;
  const dy = a.cy - b.cy;
  const r = a.r + b.r;
  return dx * dx + dy * dy <= r * r;
}

function circlePolygonIntersect(c: CircleFootprint, p: PolygonFootprint): boolean {
  if (pointInRings(p.rings, c.cx, c.cy)) return true;
  const r2 = c.r * c.r;
  for (const ring of p.rings) {
    const n = ring.length;
    let jx = ring[n - 2];
    let jy = ring[n - 1];
    for (let i = 0; i < n; i += 2) {
      if (segmentDistanceSq(jx, jy, ring[i], ring[i + 1], c.cx, c.cy) <= r2) return true;
      jx = ring[i];
      jy = ring[i + 1];
    }
  }
  return false;
}

function ringsCross(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  for (const ra of a) {
    const na = ra.length;
    let ax = ra[na - 2];
    let ay = ra[na - 1];
    for (let i = 0; i < na; i += 2) {
      const bx = ra[i];
      const by = ra[i + 1];
      const sMinX = Math.min(ax, bx);
      const sMaxX = Math.max(ax, bx);
      const sMinY = Math.min(ay, by);
      const sMaxY = Math.max(ay, by);
      for (const rb of b) {
        const nb = rb.length;
        let cx = rb[nb - 2];
        let cy = rb[nb - 1];
        for (let j = 0; j < nb; j += 2) {
          const dx = rb[j];
          const dy = rb[j + 1];
          // Cheap box rejection before the orientation tests.
          if (
            !(
              Math.max(cx, dx) < sMinX ||
              Math.min(cx, dx) > sMaxX ||
              Math.max(cy, dy) < sMinY ||
              Math.min(cy, dy) > sMaxY
            )
          ) {
            if (segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return true;
          }
          cx = dx;
          cy = dy;
        }
      }
      ax = bx;
      ay = by;
    }
  }
  return false;
}

function polygonsIntersect(a: PolygonFootprint, b: PolygonFootprint): boolean {
  if (ringsCross(a.rings, b.rings)) return true;
  // No boundaries meet: either one lies inside the other or they are apart.
  return pointInRings(b.rings, a.rings[0][0], a.rings[0][1]) || pointInRings(a.rings, b.rings[0][0], b.rings[0][1]);
}

/**
 * True when the two footprints share at least one point; touching counts (as in the InterUSS harness, which uses
 * closed shapes). The arithmetic is exact up to double rounding in local metres, far finer than F3548's 1 cm.
 */
export function footprintsIntersect(a: Footprint, b: Footprint): boolean {
  if (a.kind === 'circle') return b.kind === 'circle' ? circlesIntersect(a, b) : circlePolygonIntersect(a, b);
  return b.kind === 'circle' ? circlePolygonIntersect(b, a) : polygonsIntersect(a, b);
}
