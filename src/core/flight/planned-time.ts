// The planned (no-wind) flight time of a route: vertical take-off, legs at their commanded speeds, vertical landing.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { CompiledFlight } from '../scenario/compiled';

/** Seconds from take-off to touchdown in still air, ignoring turns and acceleration. */
export function plannedFlightTime(flight: CompiledFlight, cls: AircraftClass): number {
  const route = flight.route;
  let t = Math.max(0, route[0].z - flight.origin.elevation_m) / cls.climb_rate_mps;
  let px = flight.origin.x;
  let py = flight.origin.y;
  let pz = route[0].z;
  for (const p of route) {
    const speed = p.speed_mps > 0 ? p.speed_mps : cls.cruise_speed_mps;
    const horizontal = Math.hypot(p.x - px, p.y - py) / speed;
    const dz = p.z - pz;
    const vertical = dz > 0 ? dz / cls.climb_rate_mps : -dz / cls.descent_rate_mps;
    t += Math.max(horizontal, vertical);
    px = p.x;
    py = p.y;
    pz = p.z;
  }
  t += Math.hypot(flight.destination.x - px, flight.destination.y - py) / cls.cruise_speed_mps;
  t += Math.max(0, pz - flight.destination.elevation_m) / cls.descent_rate_mps;
  return t;
}
