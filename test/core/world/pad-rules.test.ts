// padRules: capacity from the pad data (a vertiport's FATOs), the 30 s default interval, and scenario overrides by kind.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_INTERVAL_S, padRules } from '../../../src/core/world/pad-rules';
import type { Pad } from '../../../src/core/world/world';

const pad = (id: string, fields: Partial<Pad> = {}): Pad => ({
  id,
  name: id,
  lat: 22.26,
  lon: 114.13,
  elevation_m: 5,
  capacity: 1,
  kind: 'drone-pad',
  evtol: false,
  note: '',
  ...fields,
});

describe('padRules', () => {
  it("takes each pad's capacity and the default interval for every kind, in pad order", () => {
    const rules = padRules([pad('a', { capacity: 4 }), pad('b')]);
    expect(rules.map((r) => [r.pad, r.capacity])).toEqual([
      ['a', 4],
      ['b', 1],
    ]);
    expect(rules[1].min_interval_s).toEqual({
      multirotor: DEFAULT_MIN_INTERVAL_S,
      'fixed-wing-vtol': DEFAULT_MIN_INTERVAL_S,
      evtol: DEFAULT_MIN_INTERVAL_S,
      racing: DEFAULT_MIN_INTERVAL_S,
    });
    expect(DEFAULT_MIN_INTERVAL_S).toBe(30);
  });

  it('counts FATOs rather than stands at a vertiport, and only there', () => {
    const rules = padRules([
      pad('v', { kind: 'vertiport', capacity: 2, fatos: 1 }),
      pad('w', { kind: 'vertiport', capacity: 3 }),
      pad('d', { capacity: 2, fatos: 5 }),
    ]);
    expect(rules.map((r) => r.capacity)).toEqual([1, 3, 2]);
  });

  it('applies overrides by id: capacity, interval, and a kind’s interval over the pad’s', () => {
    const rules = padRules(
      [pad('a', { capacity: 4 }), pad('b', { kind: 'vertiport', fatos: 1 })],
      [
        { id: 'b', capacity: 2, min_interval_s: 45, min_interval_by_kind_s: { evtol: 120 } },
        { id: 'a', min_interval_by_kind_s: { racing: 0 } },
      ],
    );
    expect(rules[0]).toEqual({
      pad: 'a',
      capacity: 4,
      min_interval_s: { multirotor: 30, 'fixed-wing-vtol': 30, evtol: 30, racing: 0 },
    });
    expect(rules[1]).toEqual({
      pad: 'b',
      capacity: 2,
      min_interval_s: { multirotor: 45, 'fixed-wing-vtol': 45, evtol: 120, racing: 45 },
    });
  });
});
