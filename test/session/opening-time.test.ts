// Unit tests of where a scenario opens: the densest departures, then the busiest moment of the log.
import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../../src/core/sim/events';
import { busiestAirborneTime, busiestOpeningTime } from '../../src/session/opening-time';

const ev = (t: number, kind: string, flights: string[]) => ({ t, kind, flights, details: {} }) as SimEvent;

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
