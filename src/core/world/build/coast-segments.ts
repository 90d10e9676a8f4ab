// The coastline as straight segments in local metres, leaving out the cuts along the clip box (not real coast).
import type { LocalFrame } from '../../geo';
import type { CoastData } from '../world-data';

/**
 * Flat x1, y1, x2, y2 per segment, in the frame's metres. A segment whose two ends lie on the same side of the
 * coast's clip box is where the land was cut off by the box, so it is skipped.
 * @example coastSegments(coast, createLocalFrame(CYBERPORT_ORIGIN)).length / 4 // number of coastline segments
 */
export function coastSegments(coast: CoastData, frame: LocalFrame): Float64Array {
  const [west, south, east, north] = coast.bbox;
  const eps = 1e-7;
  const onSameSide = (a: readonly number[], b: readonly number[]) =>
    (Math.abs(a[0] - west) < eps && Math.abs(b[0] - west) < eps) ||
    (Math.abs(a[0] - east) < eps && Math.abs(b[0] - east) < eps) ||
    (Math.abs(a[1] - south) < eps && Math.abs(b[1] - south) < eps) ||
    (Math.abs(a[1] - north) < eps && Math.abs(b[1] - north) < eps);
  const out: number[] = [];
  for (const polygon of coast.polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (onSameSide(a, b)) continue;
        const p = frame.toLocal(a[1], a[0]);
        const q = frame.toLocal(b[1], b[0]);
        out.push(p.x, p.y, q.x, q.y);
      }
  return Float64Array.from(out);
}

/** Distance from (x, y) to the segment k of a flat segment array. */
export function distanceToSegment(segments: Float64Array, k: number, x: number, y: number): number {
  const ax = segments[4 * k];
  const ay = segments[4 * k + 1];
  const dx = segments[4 * k + 2] - ax;
  const dy = segments[4 * k + 3] - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}
