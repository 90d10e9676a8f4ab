// The airspeed (speed to fly) and ground speed expected towards a point in a given wind: for estimates, not guidance.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { WindVector } from '../weather/weather-model';
import { speedToFly } from './speed-to-fly';

export interface ExpectedSpeeds {
  airspeed: number;
  groundSpeed: number;
}

/**
 * Speeds flying from (x, y) towards (tx, ty) in wind w: cruise raised by half the headwind, plus the along-track wind;
 * the ground speed is at least a quarter of cruise so that estimates stay finite.
 * @example expectedSpeeds(quad, { east: 0, north: -5 }, 0, 0, 0, 1000) // { airspeed: 17.5, groundSpeed: 12.5 }
 */
export function expectedSpeeds(
  cls: AircraftClass,
  w: WindVector,
  x: number,
  y: number,
  tx: number,
  ty: number,
): ExpectedSpeeds {
  const dx = tx - x;
  const dy = ty - y;
  const d = Math.hypot(dx, dy);
  const tail = d > 1 ? (w.east * dx + w.north * dy) / d : 0;
  const airspeed = speedToFly(cls.cruise_speed_mps, cls.max_speed_mps, tail);
  return { airspeed, groundSpeed: Math.max(airspeed + tail, 0.25 * cls.cruise_speed_mps) };
}
