// Weather over the scenario: wind by altitude and time, seeded gusts, rain, visibility and HKO signals.
import type { HkoSignal } from '../aircraft/aircraft-class';
import { hashUniform } from '../random/seeded-hash';
import { type Series, sampleSeries } from './piecewise-series';

export interface WindVector {
  east: number; // m/s the air moves towards the east
  north: number;
}

/** One wind profile at a time: layers sorted by altitude (AMSL), each as a vector. */
export interface WindProfile {
  t: number;
  alt: Float64Array;
  east: Float64Array;
  north: Float64Array;
}

export interface SignalPeriod {
  signal: HkoSignal;
  from: number;
  to: number; // Infinity when never cancelled
}

export interface WeatherModel {
  /** Mean wind at time t (s) and altitude z (m AMSL). Writes into `out` to avoid allocation. */
  windAt(t: number, z: number, out: WindVector): WindVector;
  /** Gust intensity (the largest gust above the mean, m/s) at time t. */
  gustIntensityAt(t: number): number;
  /** The seeded gust felt by one flight at time t, along the mean wind, added to `out`. */
  addGust(flight: number, t: number, out: WindVector): WindVector;
  rainAt(t: number): number;
  visibilityAt(t: number): number;
  signalsAt(t: number): HkoSignal[];
  /** The times (s) at which anything changes slope or a signal starts or ends, sorted. */
  readonly changeTimes: readonly number[];
}

export interface WeatherInputs {
  seed: number;
  wind: WindProfile[];
  gusts: Series;
  rain: Series;
  visibility: Series;
  signals: SignalPeriod[];
}

/** Seconds between gust knots: gusts change smoothly over this period. */
const GUST_PERIOD_S = 4;
const CLEAR_VISIBILITY_M = 20_000;

export function createWeatherModel(inputs: WeatherInputs): WeatherModel {
  const { wind, seed } = inputs;
  const a = { east: 0, north: 0 };
  const b = { east: 0, north: 0 };

  function profileAt(p: WindProfile, z: number, out: WindVector): void {
    const n = p.alt.length;
    if (z <= p.alt[0] || n === 1) {
      out.east = p.east[0];
      out.north = p.north[0];
      return;
    }
    if (z >= p.alt[n - 1]) {
      out.east = p.east[n - 1];
      out.north = p.north[n - 1];
      return;
    }
    let i = 1;
    while (p.alt[i] < z) i++;
    const f = (z - p.alt[i - 1]) / (p.alt[i] - p.alt[i - 1]);
    out.east = p.east[i - 1] + f * (p.east[i] - p.east[i - 1]);
    out.north = p.north[i - 1] + f * (p.north[i] - p.north[i - 1]);
  }

  function windAt(t: number, z: number, out: WindVector): WindVector {
    const n = wind.length;
    if (n === 0) {
      out.east = 0;
      out.north = 0;
      return out;
    }
    if (t <= wind[0].t || n === 1) {
      profileAt(wind[0], z, out);
      return out;
    }
    if (t >= wind[n - 1].t) {
      profileAt(wind[n - 1], z, out);
      return out;
    }
    let i = 1;
    while (wind[i].t < t) i++;
    profileAt(wind[i - 1], z, a);
    profileAt(wind[i], z, b);
    const f = (t - wind[i - 1].t) / (wind[i].t - wind[i - 1].t);
    out.east = a.east + f * (b.east - a.east);
    out.north = a.north + f * (b.north - a.north);
    return out;
  }

  const gustIntensityAt = (t: number) => sampleSeries(inputs.gusts, t, 0);

  function addGust(flight: number, t: number, out: WindVector): WindVector {
    const intensity = gustIntensityAt(t);
    if (intensity <= 0) return out;
    const k = Math.floor(t / GUST_PERIOD_S);
    const f = t / GUST_PERIOD_S - k;
    const s = f * f * (3 - 2 * f);
    const g0 = hashUniform(seed, flight, k);
    const g1 = hashUniform(seed, flight, k + 1);
    const g = intensity * (g0 + s * (g1 - g0));
    const speed = Math.sqrt(out.east * out.east + out.north * out.north);
    if (speed > 1e-9) {
      out.east += (g * out.east) / speed;
      out.north += (g * out.north) / speed;
    } else {
      const dir = 2 * Math.PI * hashUniform(seed ^ 0x5bd1e995, flight, k);
      out.east += g * Math.sin(dir);
      out.north += g * Math.cos(dir);
    }
    return out;
  }

  const changeTimes = [
    ...new Set([
      ...wind.map((p) => p.t),
      ...inputs.gusts.t,
      ...inputs.rain.t,
      ...inputs.visibility.t,
      ...inputs.signals.flatMap((s) => [s.from, s.to]).filter(Number.isFinite),
    ]),
  ].sort((x, y) => x - y);

  return {
    windAt,
    gustIntensityAt,
    addGust,
    rainAt: (t) => sampleSeries(inputs.rain, t, 0),
    visibilityAt: (t) => sampleSeries(inputs.visibility, t, CLEAR_VISIBILITY_M),
    signalsAt: (t) => inputs.signals.filter((s) => t >= s.from && t < s.to).map((s) => s.signal),
    changeTimes,
  };
}

/** Meteorological "from" direction and speed → the vector the air moves along. */
export function windFromDirection(fromDeg: number, speed: number): WindVector {
  const r = (fromDeg * Math.PI) / 180;
  return { east: -speed * Math.sin(r), north: -speed * Math.cos(r) };
}
