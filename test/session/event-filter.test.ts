// Unit tests of the event pages: filters by kind and flight, pages, kind counts.
import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../../src/core/sim/events';
import { EventLogView, kindCounts, matchingEvents } from '../../src/session/event-filter';

const ev = (t: number, kind: string, flights: string[]) => ({ t, kind, flights, details: {} }) as SimEvent;

describe('event log view', () => {
  const events = [ev(1, 'takeoff', ['SF-1']), ev(2, 'conflict-start', ['SF-1', 'LL-2']), ev(3, 'landed', ['LL-2'])];
  test('filters by kind and by part of a flight id', () => {
    const ts = (f: { hiddenKinds: string[]; flight: string }) => [...matchingEvents(events, f)].map((k) => events[k].t);
    expect(ts({ hiddenKinds: ['takeoff'], flight: '' })).toEqual([2, 3]);
    expect(ts({ hiddenKinds: [], flight: 'll-' })).toEqual([2, 3]);
    expect(ts({ hiddenKinds: ['landed'], flight: 'LL' })).toEqual([2]);
  });
  test('pages through the filtered log and counts kinds', () => {
    const view = new EventLogView(events);
    const page = view.page({ hiddenKinds: ['landed'], flight: '' }, 1, 10);
    expect(page.total).toBe(2);
    expect(page.offset).toBe(1);
    expect(page.rows.map((e) => e.t)).toEqual([2]);
    expect(view.page({ hiddenKinds: [], flight: '' }, 99, 10)).toEqual({ total: 3, offset: 3, rows: [] });
    expect(kindCounts(events)).toEqual([
      ['takeoff', 1],
      ['conflict-start', 1],
      ['landed', 1],
    ]);
  });
});
