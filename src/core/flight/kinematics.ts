// Rate-limited kinematics: heading, airspeed and climb follow their commands within the class's limits.
import { angleDifference } from './wind-triangle';

/** Moves `current` towards `target` by at most `maxStep`. */
export function approach(current: number, target: number, maxStep: number): number {
  if (target > current + maxStep) return current + maxStep;
  if (target < current - maxStep) return current - maxStep;
  return target;
}

/** Turns heading towards the target heading at most `maxStep` radians, result in [0, 2π). */
export function turnTowards(heading: number, target: number, maxStep: number): number {
  const d = angleDifference(heading, target);
  const h = heading + (d > maxStep ? maxStep : Math.max(d, -maxStep));
  return h < 0 ? h + 2 * Math.PI : h >= 2 * Math.PI ? h - 2 * Math.PI : h;
}

/** Vertical speed command towards a target altitude: proportional, limited by climb and descent rates. */
export function verticalSpeedCommand(z: number, target: number, climb: number, descent: number): number {
  const v = (target - z) / 2; // 2 s time constant
  return v > climb ? climb : Math.max(v, -descent);
}

/** Distance before a waypoint at which a turn of `turnAngle` radians must begin at ground speed gs. */
export function turnLeadDistance(gs: number, turnRateRad: number, turnAngle: number): number {
  const a = Math.min(Math.abs(turnAngle), (2 * Math.PI) / 3);
  return (Math.abs(gs) / turnRateRad) * Math.tan(a / 2);
}
