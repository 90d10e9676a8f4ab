// Where a scenario opens: the time with the most departures in the preceding ten minutes (likely the busiest sky).

const WINDOW_S = 600;

/** Seconds since the start at which most flights have departed within the last ten minutes (0 when none depart). */
export function busiestOpeningTime(departures: readonly number[], duration: number): number {
  const d = departures.filter(Number.isFinite).sort((a, b) => a - b);
  if (!d.length) return 0;
  let best = d[0];
  let bestCount = 0;
  let lo = 0;
  for (let hi = 0; hi < d.length; hi++) {
    while (d[hi] - d[lo] > WINDOW_S) lo++;
    if (hi - lo + 1 > bestCount) {
      bestCount = hi - lo + 1;
      best = d[hi];
    }
  }
  return Math.max(0, Math.min(duration, best + 60));
}
