// A time series sampled piecewise-linearly, held constant before the first and after the last point.

export interface Series {
  t: Float64Array; // seconds, strictly increasing
  v: Float64Array;
}

export function createSeries(points: readonly { t: number; v: number }[]): Series {
  return { t: Float64Array.from(points, (p) => p.t), v: Float64Array.from(points, (p) => p.v) };
}

/** The value at time t; `empty` when the series has no points. */
export function sampleSeries(s: Series, t: number, empty: number): number {
  const n = s.t.length;
  if (n === 0) return empty;
  if (t <= s.t[0]) return s.v[0];
  if (t >= s.t[n - 1]) return s.v[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (s.t[mid] <= t) lo = mid;
    else hi = mid;
  }
  const f = (t - s.t[lo]) / (s.t[hi] - s.t[lo]);
  return s.v[lo] + f * (s.v[hi] - s.v[lo]);
}
