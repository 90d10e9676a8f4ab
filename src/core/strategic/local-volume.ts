// A 4D volume in the local frame (footprint in metres, altitudes AMSL, times in scenario seconds) and its tests.
import { type Box, type Footprint, footprintBox, pointInFootprint } from '../airspace/footprint';
import { footprintsIntersect } from '../airspace/footprint-intersection';

export interface LocalVolume extends Box {
  footprint: Footprint;
  /** Altitude band, metres AMSL. */
  z0: number;
  z1: number;
  /** Time window, seconds since scenario start. */
  t0: number;
  t1: number;
}

export function localVolume(footprint: Footprint, z0: number, z1: number, t0: number, t1: number): LocalVolume {
  return { footprint, z0, z1, t0, t1, ...footprintBox(footprint) };
}

/** The same volume moved in time by dt seconds (the footprint is shared). */
export function shiftVolume(v: LocalVolume, dt: number): LocalVolume {
  return { ...v, t0: v.t0 + dt, t1: v.t1 + dt };
}

export function timesOverlap(a: LocalVolume, b: LocalVolume): boolean {
  return a.t0 <= b.t1 && b.t0 <= a.t1;
}

export function altitudesOverlap(a: LocalVolume, b: LocalVolume): boolean {
  return a.z0 <= b.z1 && b.z0 <= a.z1;
}

/**
 * Whether two volumes intersect, in the InterUSS harness order: time windows, then altitude bands, then the
 * footprints (bounding boxes first). Closed intervals and shapes: touching counts as intersecting.
 */
export function volumesIntersect(a: LocalVolume, b: LocalVolume): boolean {
  if (!timesOverlap(a, b) || !altitudesOverlap(a, b)) return false;
  if (a.minX > b.maxX || b.minX > a.maxX || a.minY > b.maxY || b.minY > a.maxY) return false;
  return footprintsIntersect(a.footprint, b.footprint);
}

/** True when the aircraft at (x, y, z) at time t is inside the volume. */
export function pointInVolume(v: LocalVolume, x: number, y: number, z: number, t: number): boolean {
  return (
    t >= v.t0 &&
    t <= v.t1 &&
    z >= v.z0 &&
    z <= v.z1 &&
    x >= v.minX &&
    x <= v.maxX &&
    y >= v.minY &&
    y <= v.maxY &&
    pointInFootprint(v.footprint, x, y)
  );
}
