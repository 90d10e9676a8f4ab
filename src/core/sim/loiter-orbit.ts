// The holding orbit of an arrival waiting for its pad: a clockwise circle around the pad, flown by chasing a point ahead.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { World } from '../world/world';

/** Smallest orbit radius around a pad (m). */
export const MIN_LOITER_RADIUS_M = 300;
/** How far ahead on the circle the aim point leads the aircraft's own bearing from the pad (rad). */
const LEAD_RAD = Math.PI / 6;
const ALTITUDE_SAMPLES = 72;

/** Orbit radius for a class: at least 300 m and wide enough to fly at full speed within its turn rate (1.5×). */
export function loiterRadius(cls: AircraftClass): number {
  return Math.max(MIN_LOITER_RADIUS_M, (1.5 * cls.max_speed_mps) / ((cls.turn_rate_dps * Math.PI) / 180));
}

/** Writes into out the point to steer at: on the circle of radius r around (px, py), LEAD_RAD clockwise ahead. */
export function loiterAim(
  px: number,
  py: number,
  r: number,
  x: number,
  y: number,
  out: { x: number; y: number },
): { x: number; y: number } {
  const bearing = Math.atan2(x - px, y - py) + LEAD_RAD;
  out.x = px + r * Math.sin(bearing);
  out.y = py + r * Math.cos(bearing);
  return out;
}

/** Lowest altitude (AMSL) of the orbit: at least base, and the class clearance above every ground and roof sample. */
export function loiterFloor(world: World, px: number, py: number, r: number, base: number, cls: AircraftClass): number {
  let floor = base;
  for (let k = 0; k < ALTITUDE_SAMPLES; k++) {
    const a = (2 * Math.PI * k) / ALTITUDE_SAMPLES;
    const x = px + r * Math.sin(a);
    const y = py + r * Math.cos(a);
    const top = Math.max(world.groundHeightLocal(x, y), world.buildingTopLocal(x, y));
    floor = Math.max(floor, top + cls.min_clearance_m);
  }
  return floor;
}
