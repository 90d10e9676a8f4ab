// Extrudes a footprint (rings in local metres) into a three.js prism between two altitudes (buildings, zones, intents).
import { type BufferGeometry, CylinderGeometry, ExtrudeGeometry, Path, Shape } from 'three';
import type { FootprintMeta } from '../../session/sim-protocol';

/** Rings of x0, y0, x1, y1, … in local metres (first the outline, then holes), not closed. */
export function extrudeRings(rings: readonly ArrayLike<number>[], bottom: number, top: number): BufferGeometry {
  const toPoints = <T extends Path>(path: T, ring: ArrayLike<number>) => {
    path.moveTo(ring[0], ring[1]);
    for (let k = 2; k + 1 < ring.length; k += 2) path.lineTo(ring[k], ring[k + 1]);
    path.closePath();
    return path;
  };
  const shape = toPoints(new Shape(), rings[0]);
  for (const hole of rings.slice(1)) shape.holes.push(toPoints(new Path(), hole));
  const g = new ExtrudeGeometry(shape, { depth: Math.max(0.1, top - bottom), bevelEnabled: false });
  // Shape plane (x east, y north) extruded along +z → three.js (x, up, −north).
  g.rotateX(-Math.PI / 2);
  g.translate(0, bottom, 0);
  return g;
}

export function extrudeCircle(cx: number, cy: number, r: number, bottom: number, top: number): BufferGeometry {
  const h = Math.max(0.1, top - bottom);
  const g = new CylinderGeometry(r, r, h, 48, 1, false);
  g.translate(cx, bottom + h / 2, -cy);
  return g;
}

/** A circle or polygon footprint extruded from bottom to top (m AMSL). */
export function extrudeFootprint(f: FootprintMeta, bottom: number, top: number): BufferGeometry {
  return f.kind === 'circle' ? extrudeCircle(f.cx, f.cy, f.r, bottom, top) : extrudeRings(f.rings, bottom, top);
}
