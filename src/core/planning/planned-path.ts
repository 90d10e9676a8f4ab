// The planned path walked leg by leg: where the aircraft is (x, y, z AMSL) and when, as the engine will fly it.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { FlightSchedule } from '../strategic/flight-schedule';

/** A point of the planned path with its planned (nominal) scenario time. */
export interface PathSample {
  leg: number;
  x: number;
  y: number;
  z: number;
  t: number;
  /** Distance along the leg from its start, metres (horizontal). */
  s: number;
}

/**
 * The altitude at horizontal distance s along leg k of the schedule, as the engine flies it: from the leg's start
 * altitude towards its end altitude at the class's climb or descent rate (reached early, then held), not a straight
 * line — a descending leg is lower than the line joining its ends.
 */
export function legAltitudeAt(schedule: FlightSchedule, cls: AircraftClass, k: number, s: number): number {
  const a = schedule.points[k];
  const b = schedule.points[k + 1];
  const dz = b.z - a.z;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len <= 1e-9 || dz === 0) return s >= len ? b.z : a.z + (len > 1e-9 ? (dz * s) / len : dz);
  const duration = Math.max(1e-9, b.nominal - a.nominal);
  const gs = len / duration;
  const rate = dz > 0 ? cls.climb_rate_mps : cls.descent_rate_mps;
  const change = (rate * s) / gs;
  return Math.abs(dz) <= change ? b.z : a.z + Math.sign(dz) * change;
}

/** The number of horizontal legs' samples so that no two are more than `spacing` metres apart. */
function pieces(len: number, spacing: number): number {
  return Math.max(1, Math.ceil(len / spacing - 1e-9));
}

/**
 * Visits points of the planned path's horizontal legs (1 … points.length − 3: the take-off and landing columns over
 * the pads are left out) no more than `spacing` metres apart, both ends of every leg included, in flight order.
 * Times are interpolated along each leg between its planned end times.
 */
export function walkPlannedPath(
  schedule: FlightSchedule,
  cls: AircraftClass,
  spacing: number,
  visit: (p: PathSample) => void,
): void {
  const pts = schedule.points;
  const sample: PathSample = { leg: 0, x: 0, y: 0, z: 0, t: 0, s: 0 };
  for (let k = 1; k < pts.length - 2; k++) {
    const a = pts[k];
    const b = pts[k + 1];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const n = pieces(len, spacing);
    for (let j = k === 1 ? 0 : 1; j <= n; j++) {
      const f = j / n;
      sample.leg = k;
      sample.s = len * f;
      sample.x = a.x + (b.x - a.x) * f;
      sample.y = a.y + (b.y - a.y) * f;
      sample.z = legAltitudeAt(schedule, cls, k, sample.s);
      sample.t = a.nominal + (b.nominal - a.nominal) * f;
      visit(sample);
    }
  }
}
