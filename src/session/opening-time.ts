// Where a scenario opens: first a guess from the departures, then the busiest moment of the full run's event log.

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

const TAKEOFF = 'takeoff';
const DOWN_KINDS = new Set(['landed', 'energy-depleted']);

/**
 * The time (s) when the most aircraft are airborne according to the event log (take-offs minus landings and losses),
 * or null when nothing takes off. Events must be sorted by time.
 */
export function busiestAirborneTime(events: readonly { t: number; kind: string }[]): number | null {
  let airborne = 0;
  let best = 0;
  let bestT: number | null = null;
  for (const e of events) {
    if (e.kind === TAKEOFF) airborne++;
    else if (DOWN_KINDS.has(e.kind)) airborne--;
    else continue;
    if (airborne > best) {
      best = airborne;
      bestT = e.t;
    }
  }
  return bestT;
}
