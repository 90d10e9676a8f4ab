// Horizontal footprints in local metres (circles and polygons with holes): bounding boxes and point containment.
import { pointInRing } from '../world/point-in-ring';

/** A circle in local metres. */
export interface CircleFootprint {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

/**
 * A polygon in local metres: rings of x0, y0, x1, y1, … (not closed; the last vertex does not repeat the first).
 * The first ring is the outline, the others are holes; containment uses the even-odd rule over all rings.
 */
export interface PolygonFootprint {
  kind: 'polygon';
  rings: Float64Array[];
}

export type Footprint = CircleFootprint | PolygonFootprint;

/** An axis-aligned box in local metres (the field names rbush uses). */
export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function footprintBox(f: Footprint): Box {
  if (f.kind === 'circle') return { minX: f.cx - f.r, minY: f.cy - f.r, maxX: f.cx + f.r, maxY: f.cy + f.r };
  const outer = f.rings[0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < outer.length; i += 2) {
    const x = outer[i];
    const y = outer[i + 1];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Even-odd containment of (x, y) in a polygon's rings (points exactly on an edge may go either way). */
export function pointInRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) if (pointInRing(ring, x, y)) inside = !inside;
  return inside;
}

/** True when (x, y) lies in the footprint (a circle includes its boundary). */
export function pointInFootprint(f: Footprint, x: number, y: number): boolean {
  if (f.kind === 'circle') {
    const dx = x - f.cx;
    const dy = y - f.cy;
    return dx * dx + dy * dy <= f.r * f.r;
  }
  return pointInRings(f.rings, x, y);
}
