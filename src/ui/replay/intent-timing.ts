// The selected flight's intent at a moment (main thread): its conformance state and which of its volumes hold the time.
import type { MonitoredState } from '../../core/strategic/conformance-monitor';
import type { FlightStrategicView, IntentTransition } from '../../session/sim-protocol';

/** The intent's state at t: the latest transition at or before t; 'Accepted' before the first; null for no intent. */
export function intentStateAt(
  view: Pick<FlightStrategicView, 'has_intent' | 'transitions'>,
  t: number,
): MonitoredState | null {
  if (!view.has_intent) return null;
  const list: readonly IntentTransition[] = view.transitions ?? [];
  let lo = 0;
  let hi = list.length;
  // First transition after t.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 'Accepted' : list[lo - 1].to;
}

/** Whether a volume's window [t0, t1] holds t (closed, as the planner's and the conformance monitor's). */
export const volumeHoldsTime = (v: { t0: number; t1: number }, t: number): boolean => t >= v.t0 && t <= v.t1;

export function countVolumesAt(volumes: readonly { t0: number; t1: number }[], t: number): number {
  let n = 0;
  for (const v of volumes) if (volumeHoldsTime(v, t)) n++;
  return n;
}

/** Writes 1 for each volume holding t and 0 for the others into `marks`; true when a mark changed. */
export function markVolumesAt(volumes: readonly { t0: number; t1: number }[], t: number, marks: Uint8Array): boolean {
  let changed = false;
  for (let k = 0; k < volumes.length; k++) {
    const m = volumeHoldsTime(volumes[k], t) ? 1 : 0;
    if (marks[k] !== m) {
      marks[k] = m;
      changed = true;
    }
  }
  return changed;
}
