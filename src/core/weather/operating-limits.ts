// Whether the weather lets an aircraft class fly: the first limit exceeded, or null when clear.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { WeatherModel } from './weather-model';

export type LimitCause = 'wind' | 'gust' | 'rain' | 'visibility' | `signal-${string}`;

const scratch = { east: 0, north: 0 };

/**
 * The first operating limit of `cls` that the weather at time t exceeds at any of the given altitudes (m AMSL),
 * checked in a fixed order: HKO signals, mean wind, gusts, rain, visibility.
 */
export function exceededLimit(
  cls: AircraftClass,
  weather: WeatherModel,
  t: number,
  altitudes: readonly number[],
): LimitCause | null {
  for (const s of weather.signalsAt(t)) if (cls.grounding_signals.includes(s)) return `signal-${s}`;
  let wind = 0;
  for (const z of altitudes) {
    weather.windAt(t, z, scratch);
    wind = Math.max(wind, Math.hypot(scratch.east, scratch.north));
  }
  if (wind > cls.max_wind_mps) return 'wind';
  if (wind + weather.gustIntensityAt(t) > cls.max_gust_mps) return 'gust';
  if (weather.rainAt(t) > cls.max_rain_mmph) return 'rain';
  if (weather.visibilityAt(t) < cls.min_visibility_m) return 'visibility';
  return null;
}
