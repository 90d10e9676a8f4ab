// Energy (Wh) a flight needs for its whole route in the forecast wind: the pre-flight battery check.
import { type AircraftClass, powerDraw } from '../aircraft/aircraft-class';
import type { CompiledFlight } from '../scenario/compiled';
import type { WeatherModel, WindVector } from '../weather/weather-model';
import type { ExpectedSpeeds } from './expected-speeds';
import { speedToFly } from './speed-to-fly';

const wind: WindVector = { east: 0, north: 0 };

/** Vertical take-off, each leg at its airspeed with the wind along it (at time t), the last leg, vertical landing. */
export function routeEnergyWh(flight: CompiledFlight, cls: AircraftClass, weather: WeatherModel, t: number): number {
  const route = flight.route;
  const climb = Math.max(0, route[0].z - flight.origin.elevation_m);
  let joules = (climb / cls.climb_rate_mps) * powerDraw(cls, 0, cls.climb_rate_mps);
  let px = flight.origin.x;
  let py = flight.origin.y;
  let pz = route[0].z;
  const leg = (x: number, y: number, z: number, speed: number) => {
    const dx = x - px;
    const dy = y - py;
    const d = Math.hypot(dx, dy);
    if (d > 1) {
      weather.windAt(t, (z + pz) / 2, wind);
      const tail = (wind.east * dx + wind.north * dy) / d;
      const airspeed = speedToFly(speed, cls.max_speed_mps, tail);
      const gs = Math.max(airspeed + tail, 0.25 * speed);
      joules += (d / gs) * powerDraw(cls, airspeed, 0);
    }
    if (z > pz) joules += (cls.mass_kg * 9.80665 * (z - pz)) / 0.6;
    px = x;
    py = y;
    pz = z;
  };
  for (const p of route) leg(p.x, p.y, p.z, p.speed_mps > 0 ? p.speed_mps : cls.cruise_speed_mps);
  leg(flight.destination.x, flight.destination.y, pz, cls.cruise_speed_mps);
  joules += (Math.max(0, pz - flight.destination.elevation_m) / cls.descent_rate_mps) * cls.hover_power_w;
  return joules / 3600;
}

/** Energy (Wh) to fly `distance` metres at the expected speeds, then descend `height` metres in the hover. */
export function energyToFinishWh(cls: AircraftClass, distance: number, speeds: ExpectedSpeeds, height: number): number {
  const cruise = (distance / speeds.groundSpeed) * powerDraw(cls, speeds.airspeed, 0);
  const descent = (Math.max(0, height) / cls.descent_rate_mps) * cls.hover_power_w;
  return (cruise + descent) / 3600;
}
