// A flight's planned 4D schedule: nominal, earliest and latest times at each path point, from class rates and the wind.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { speedToFly } from '../flight/speed-to-fly';
import { solveWindTriangle } from '../flight/wind-triangle';
import type { CompiledFlight } from '../scenario/compiled';
import type { IntentModelOptions, WindForecast } from './intent-model';

/** A point of the planned path: local metres, z AMSL, times in scenario seconds. */
export interface SchedulePoint {
  x: number;
  y: number;
  z: number;
  nominal: number;
  earliest: number;
  latest: number;
  /** Turn radius over the ground to add to the buffer here (0 when the track does not turn here). */
  turn_m: number;
}

/**
 * The path is: origin pad (ground) → top of climb above it → route points → above the destination pad → destination
 * pad (ground). `points[1]` and `points[points.length - 2]` are the tops of the take-off and landing columns.
 */
export interface FlightSchedule {
  points: SchedulePoint[];
  takeoff_s: number;
  /** Why the flight cannot be flown as planned (e.g. headwind stronger than the airspeed), or null. */
  problem: string | null;
}

const DEG = Math.PI / 180;

interface LegTimes {
  nominal: number;
  early: number;
  late: number;
}

/**
 * Nominal, earliest and latest durations of a leg. Horizontal: ground speed from the wind triangle; the fastest
 * and slowest ground speeds differ from it by δ = √((tolerance × airspeed)² + wind_uncertainty² + (fraction × forecast
 * wind)²) — independent errors in quadrature — the slowest floored at min_ground_speed_fraction of the nominal. Vertical: class rates ± the
 * tolerance. A leg that climbs while it moves takes the longer of the two.
 */
function legTimes(
  len: number,
  dz: number,
  airspeed: number,
  gs: number,
  windSpeed: number,
  cls: AircraftClass,
  o: IntentModelOptions,
): LegTimes {
  const rate = dz >= 0 ? cls.climb_rate_mps : cls.descent_rate_mps;
  const v = Math.abs(dz);
  const vNom = v / rate;
  const vEarly = v / (rate * (1 + o.speed_tolerance));
  const vLate = v / (rate * Math.max(0.05, 1 - o.speed_tolerance));
  if (len <= 1e-9) return { nominal: vNom, early: vEarly, late: vLate };
  // Independent error sources add in quadrature.
  const delta = Math.hypot(
    o.speed_tolerance * airspeed,
    o.wind_uncertainty_mps,
    o.wind_uncertainty_fraction * windSpeed,
  );
  const fast = gs + delta;
  const slow = Math.max(gs - delta, gs * o.min_ground_speed_fraction);
  return {
    nominal: Math.max(len / gs, vNom),
    early: Math.max(len / fast, vEarly),
    late: Math.max(len / slow, vLate),
  };
}

/** Sets each en-route point's turn radius: (airspeed + wind) / turn rate where the track turns. */
function markTurns(points: SchedulePoint[], radiusAt: (i: number) => number, thresholdDeg: number): void {
  for (let i = 2; i < points.length - 2; i++) {
    const a = points[i - 1];
    const b = points[i];
    const c = points[i + 1];
    const h1 = Math.atan2(b.x - a.x, b.y - a.y);
    const h2 = Math.atan2(c.x - b.x, c.y - b.y);
    if (Math.hypot(b.x - a.x, b.y - a.y) < 1e-6 || Math.hypot(c.x - b.x, c.y - b.y) < 1e-6) continue;
    let d = Math.abs(h2 - h1);
    if (d > Math.PI) d = 2 * Math.PI - d;
    if (d > thresholdDeg * DEG) b.turn_m = radiusAt(i);
  }
}

/**
 * Plans when the flight passes each point: pre-flight check from departure_s, take-off after the class's pre-flight
 * time, vertical climb to the first route altitude, route legs at their commanded airspeed (or cruise) through the
 * forecast wind (sampled at the leg's start), a V/2a acceleration and braking allowance at the ends of the cruise,
 * then the vertical descent. Earliest/latest times accumulate the per-leg fast/slow durations from a take-off
 * ± departure_tolerance_s, so margins grow with elapsed time and with the wind.
 */
export function planFlightSchedule(
  flight: CompiledFlight,
  cls: AircraftClass,
  wind: WindForecast,
  o: IntentModelOptions,
): FlightSchedule {
  const o0 = flight.origin;
  const d0 = flight.destination;
  const firstZ = flight.route.length > 0 ? flight.route[0].z : o0.elevation_m + cls.min_clearance_m;
  const lastZ = flight.route.length > 0 ? flight.route[flight.route.length - 1].z : firstZ;
  const takeoff = flight.departure_s + cls.preflight_s;
  const blank = { nominal: 0, earliest: 0, latest: 0, turn_m: 0 };
  const points: SchedulePoint[] = [
    { x: o0.x, y: o0.y, z: o0.elevation_m, ...blank },
    { x: o0.x, y: o0.y, z: Math.max(firstZ, o0.elevation_m), ...blank },
    ...flight.route.map((p) => ({ x: p.x, y: p.y, z: p.z, ...blank })),
    { x: d0.x, y: d0.y, z: Math.max(lastZ, d0.elevation_m), ...blank },
    { x: d0.x, y: d0.y, z: d0.elevation_m, ...blank },
  ];
  const airspeedTo = (i: number) => {
    const k = i - 2; // route index of point i
    return k >= 0 && k < flight.route.length && flight.route[k].speed_mps > 0
      ? flight.route[k].speed_mps
      : cls.cruise_speed_mps;
  };
  points[0].nominal = takeoff;
  points[0].earliest = takeoff - o.departure_tolerance_s;
  points[0].latest = takeoff + o.departure_tolerance_s;
  const w = { east: 0, north: 0 };
  const triangle = { heading: 0, airspeed: 0, groundSpeed: 0 };
  const lastCruise = points.length - 2;
  let maxWind = 0;
  let problem: string | null = null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    wind.windAt(a.nominal, (a.z + b.z) / 2, w);
    const windSpeed = Math.hypot(w.east, w.north);
    maxWind = Math.max(maxWind, windSpeed);
    let airspeed = airspeedTo(i);
    let gs = airspeed;
    if (len > 1e-9) {
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      // Into a headwind the aircraft speeds up as the engine does (speed to fly).
      airspeed = speedToFly(airspeed, cls.max_speed_mps, w.east * ux + w.north * uy);
      gs = solveWindTriangle(ux, uy, w.east, w.north, airspeed, triangle).groundSpeed;
      if (gs <= 0.1) {
        problem ??= `the forecast wind (${windSpeed.toFixed(1)} m/s) is too strong for ${airspeed} m/s airspeed on leg ${i - 1}`;
        gs = Math.max(gs, airspeed * o.min_ground_speed_fraction);
      }
    }
    const t = legTimes(len, b.z - a.z, airspeed, gs, windSpeed, cls, o);
    // Accelerating from the hover and braking onto the pad each cost about V / 2a.
    const accel = len > 1e-9 && (i === 2 || i === lastCruise) ? airspeed / (2 * cls.accel_mps2) : 0;
    b.nominal = a.nominal + t.nominal + accel;
    b.earliest = a.earliest + t.early;
    b.latest = a.latest + t.late + 2 * accel;
  }
  markTurns(
    points,
    (i) => (Math.max(airspeedTo(i), airspeedTo(i + 1)) + maxWind) / (cls.turn_rate_dps * DEG),
    o.turn_threshold_deg,
  );
  return { points, takeoff_s: takeoff, problem };
}
