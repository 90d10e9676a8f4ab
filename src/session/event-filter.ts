// The event log as seen by the event list: filtered by kind and flight, counted by kind, read a page at a time.
import type { SimEvent } from '../core/sim/events';

export interface EventFilter {
  /** Kinds to hide. */
  hiddenKinds: readonly string[];
  /** Part of a flight id (case-insensitive); empty for every flight. */
  flight: string;
}

export interface EventPage {
  /** Events matching the filter. */
  total: number;
  offset: number;
  rows: SimEvent[];
}

/** Indices of the events that pass the filter, in log order. */
export function matchingEvents(events: readonly SimEvent[], filter: EventFilter): Uint32Array {
  const hidden = new Set(filter.hiddenKinds);
  const needle = filter.flight.trim().toLowerCase();
  const out = new Uint32Array(events.length);
  let n = 0;
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    if (hidden.has(e.kind)) continue;
    if (needle && !e.flights.some((id) => id.toLowerCase().includes(needle))) continue;
    out[n++] = k;
  }
  return out.slice(0, n);
}

/** The kinds present in a log with their counts, in first-seen order. */
export function kindCounts(events: readonly SimEvent[]): [kind: string, count: number][] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts];
}

/** Pages of a (possibly huge) log; the last filter's matches are kept so that scrolling costs nothing. */
export class EventLogView {
  private cachedKey = '';
  private cached: Uint32Array = new Uint32Array(0);

  constructor(readonly events: readonly SimEvent[]) {}

  page(filter: EventFilter, offset: number, limit: number): EventPage {
    const key = JSON.stringify([[...filter.hiddenKinds].sort(), filter.flight.trim().toLowerCase()]);
    if (key !== this.cachedKey) {
      this.cached = matchingEvents(this.events, filter);
      this.cachedKey = key;
    }
    const from = Math.max(0, Math.min(offset, this.cached.length));
    const to = Math.min(this.cached.length, from + Math.max(0, limit));
    const rows: SimEvent[] = [];
    for (let k = from; k < to; k++) rows.push(this.events[this.cached[k]]);
    return { total: this.cached.length, offset: from, rows };
  }
}
