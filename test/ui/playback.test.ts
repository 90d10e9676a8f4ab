import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../../src/core/sim/events';
import { EventLogView, kindCounts, matchingEvents } from '../../src/session/event-filter';
import { busiestAirborneTime, busiestOpeningTime } from '../../src/session/opening-time';
import { advanceClock, arrowStep, clampTime, nextSpeed, PLAYBACK_SPEEDS } from '../../src/ui/replay/playback-clock';

const ev = (t: number, kind: string, flights: string[]) => ({ t, kind, flights, details: {} }) as SimEvent;

describe('playback clock', () => {
  test('advances by wall time × speed and stops at the end', () => {
    expect(advanceClock(10, 0.1, 100, 3600)).toEqual({ t: 20, ended: false });
    expect(advanceClock(3595, 0.1, 100, 3600)).toEqual({ t: 3600, ended: true });
  });
  test('a long pause between frames (background tab) does not jump far', () => {
    expect(advanceClock(0, 30, 10, 3600).t).toBe(2.5);
  });
  test('speeds run from 1× to 1000× and step up and down', () => {
    expect(PLAYBACK_SPEEDS[0]).toBe(1);
    expect(PLAYBACK_SPEEDS.at(-1)).toBe(1000);
    expect(nextSpeed(10, 1)).toBe(20);
    expect(nextSpeed(10, -1)).toBe(5);
    expect(nextSpeed(1000, 1)).toBe(1000);
    expect(nextSpeed(1, -1)).toBe(1);
  });
  test('arrow steps and clamping', () => {
    expect(arrowStep(10, false)).toBe(10);
    expect(arrowStep(10, true)).toBe(60);
    expect(arrowStep(1000, false)).toBe(200);
    expect(clampTime(-5, 100)).toBe(0);
    expect(clampTime(500, 100)).toBe(100);
    expect(clampTime(Number.NaN, 100)).toBe(0);
  });
});

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

describe('opening time', () => {
  test('a minute after the densest ten minutes of departures', () => {
    expect(busiestOpeningTime([0, 2000, 2100, 2200, 5000], 7200)).toBe(2260);
    expect(busiestOpeningTime([], 100)).toBe(0);
  });
  test('the moment with the most aircraft airborne in the log', () => {
    const log = [ev(10, 'takeoff', ['A']), ev(20, 'takeoff', ['B']), ev(30, 'landed', ['A']), ev(40, 'takeoff', ['C'])];
    expect(busiestAirborneTime(log)).toBe(20);
    expect(busiestAirborneTime([])).toBeNull();
  });
});
