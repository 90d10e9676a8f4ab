// Filtering the event log by kind and by flight, for the event list.
import type { SimEvent } from '../../core/sim/events';

export interface EventFilter {
  /** Kinds to hide. */
  hiddenKinds: readonly string[];
  /** Part of a flight id (case-insensitive); empty for every flight. */
  flight: string;
}

export function filterEvents(events: readonly SimEvent[], filter: EventFilter): SimEvent[] {
  const hidden = new Set(filter.hiddenKinds);
  const needle = filter.flight.trim().toLowerCase();
  return events.filter(
    (e) => !hidden.has(e.kind) && (!needle || e.flights.some((id) => id.toLowerCase().includes(needle))),
  );
}

/** The kinds present in a log with their counts, in first-seen order. */
export function kindCounts(events: readonly SimEvent[]): [kind: string, count: number][] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts];
}

/** Index of the first event at or after t in a log sorted by time (events.length when none). */
export function firstEventAtOrAfter(events: readonly SimEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
