// The forecast weather along a planned path: the first class limit exceeded (wind, gust, rain, visibility, signal).
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { RouteReason } from '../strategic/approval-reasons';
import type { FlightSchedule } from '../strategic/flight-schedule';
import { exceededLimit } from '../weather/operating-limits';
import type { WeatherModel } from '../weather/weather-model';

/** Longest planned time between two weather samples of one leg, seconds (gust and rain windows last minutes). */
export const WEATHER_SAMPLE_S = 20;

/**
 * The first point, in planned time, where the forecast exceeds a limit of the class, with the flight departing
 * `delay_s` later than its schedule (times shifted; the path is the same): at take-off the pad and every route
 * altitude are checked, as the engine's pre-flight check does, then every leg every WEATHER_SAMPLE_S at its altitude,
 * as the engine's airborne check does. Null when the whole flight stays within the limits.
 */
export function weatherFinding(
  schedule: FlightSchedule,
  cls: AircraftClass,
  weather: WeatherModel,
  delay_s = 0,
): RouteReason | null {
  const pts = schedule.points;
  const takeoff = pts[0].nominal + delay_s;
  const altitudes = pts.map((p) => p.z);
  const atPad = exceededLimit(cls, weather, takeoff, altitudes);
  if (atPad) return finding(atPad, 0, pts[0].x, pts[0].y, pts[0].z, takeoff);
  const one = [0];
  for (let k = 0; k < pts.length - 1; k++) {
    const a = pts[k];
    const b = pts[k + 1];
    const n = Math.max(1, Math.ceil((b.nominal - a.nominal) / WEATHER_SAMPLE_S));
    for (let j = 1; j <= n; j++) {
      const f = j / n;
      one[0] = a.z + (b.z - a.z) * f;
      const t = a.nominal + (b.nominal - a.nominal) * f + delay_s;
      const cause = exceededLimit(cls, weather, t, one);
      if (cause) return finding(cause, k, a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f, one[0], t);
    }
  }
  return null;
}

const CAUSE_TEXT: Record<string, string> = {
  wind: 'the forecast mean wind exceeds the class limit',
  gust: 'the forecast gusts exceed the class limit',
  rain: 'the forecast rain exceeds the class limit',
  visibility: 'the forecast visibility is below the class minimum',
};

function finding(cause: string, leg: number, x: number, y: number, z: number, t: number): RouteReason {
  const text = CAUSE_TEXT[cause] ?? `HKO signal ${cause.replace(/^signal-/, '')} grounds the class`;
  return { kind: 'weather', message: `${text} (${cause}) at ${Math.round(t)} s, leg ${leg}`, at: { leg, x, y, z, t } };
}
