// Strategic approval modelled on the InterUSS F3548 checklist: priorities, equal priority, time/altitude disjointness, zones.
import { describe, expect, it } from 'vitest';
import { compileGeozones } from '../../../src/core/airspace/compile-geozones';
import type { Ed269FeatureInput } from '../../../src/core/airspace/ed269-schema';
import type { Geozone } from '../../../src/core/airspace/geozone';
import { volumesIntersect } from '../../../src/core/strategic/local-volume';
import { type PlanOptions, planScenario } from '../../../src/core/strategic/strategic-planner';
import {
  constantWind,
  type FlightSpec,
  frame,
  PADS,
  pad,
  type ScenarioSpec,
  START_EPOCH_MS,
  scenario,
} from './fixtures';

const westEast: FlightSpec = { id: 'WE', from: PADS.west, to: PADS.east };
const southNorth: FlightSpec = { id: 'SN', from: PADS.south, to: PADS.north };

function plan(spec: ScenarioSpec, options: PlanOptions = {}) {
  const result = planScenario(scenario(spec), options);
  const byId = new Map(result.decisions.map((d) => [d.flight_id, d]));
  return { result, d: (id: string) => byId.get(id)! };
}

function zone(feature: Partial<Ed269FeatureInput> & Pick<Ed269FeatureInput, 'identifier' | 'restriction'>): Geozone[] {
  const full: Ed269FeatureInput = {
    country: 'HKG',
    geometry: [
      {
        uomDimensions: 'M',
        lowerLimit: 0,
        lowerVerticalReference: 'AMSL',
        upperLimit: 300,
        upperVerticalReference: 'AMSL',
        horizontalProjection: { type: 'Circle', center: [frame.toGeo(0, 0).lon, frame.toGeo(0, 0).lat], radius: 300 },
      },
    ],
    ...feature,
  };
  return compileGeozones([full], frame, { groundHeightLocal: () => 0 }, START_EPOCH_MS);
}

describe('ConflictHigherPriority', () => {
  it('rejects a lower-priority flight that conflicts with an accepted higher-priority one', () => {
    const { d } = plan({
      flights: [
        { ...westEast, priority: 10 },
        { ...southNorth, priority: 0 },
      ],
    });
    expect(d('WE').status).toBe('Accepted');
    expect(d('SN').status).toBe('Rejected');
    expect(d('SN').reasons).toEqual([
      { kind: 'intent-conflict', flight_id: 'WE', intent_id: d('WE').intent_id, priority: 10, relation: 'higher' },
    ]);
  });

  it('accepts a higher-priority flight over an accepted lower-priority one and marks that one pre-empted', () => {
    const { d } = plan({
      flights: [
        { ...westEast, priority: 0 },
        { ...southNorth, priority: 10 },
      ],
    });
    expect(d('WE').status).toBe('Accepted');
    expect(d('SN').status).toBe('Accepted');
    expect(d('SN').warnings).toEqual([
      expect.objectContaining({ kind: 'intent-conflict', flight_id: 'WE', relation: 'lower' }),
    ]);
    expect(d('WE').warnings).toEqual([expect.objectContaining({ kind: 'preempted', flight_id: 'SN', priority: 10 })]);
  });
});

describe('ConflictEqualPriorityNotPermitted', () => {
  it('rejects an equal-priority conflict by default', () => {
    const { d } = plan({ flights: [westEast, southNorth] });
    expect(d('SN').status).toBe('Rejected');
    expect(d('SN').reasons[0]).toMatchObject({ kind: 'intent-conflict', flight_id: 'WE', relation: 'equal' });
  });

  it('accepts it with a warning when the scenario permits equal-priority conflicts', () => {
    const { d } = plan({ flights: [westEast, southNorth], equalPermitted: true });
    expect(d('SN').status).toBe('Accepted');
    expect(d('SN').warnings[0]).toMatchObject({ kind: 'intent-conflict', flight_id: 'WE', relation: 'equal' });
  });

  it('plans in submission order: the first submitted wins', () => {
    const { d } = plan({ flights: [southNorth, westEast] });
    expect(d('SN').status).toBe('Accepted');
    expect(d('WE').status).toBe('Rejected');
  });
});

describe('disjoint volumes are accepted', () => {
  it('accepts the same route at the same place when the time windows are disjoint', () => {
    const { d, result } = plan({ flights: [westEast, { ...westEast, id: 'WE-later', departure_s: 2400 }] });
    expect(d('WE-later').status).toBe('Accepted');
    const [a, b] = result.intents.map((i) => i.volumes);
    // Same footprints and altitudes: only time separates them.
    expect(b.map((v) => [v.minX, v.maxX, v.z0])).toEqual(a.map((v) => [v.minX, v.maxX, v.z0]));
    expect(Math.max(...a.map((v) => v.t1))).toBeLessThan(Math.min(...b.map((v) => v.t0)));
  });

  it('rejects the same route when the windows overlap (so the test above can fail)', () => {
    const { d } = plan({ flights: [westEast, { ...westEast, id: 'WE-soon', departure_s: 300 }] });
    expect(d('WE-soon').status).toBe('Rejected');
  });

  it('accepts crossing flights whose altitude bands are disjoint', () => {
    const { d } = plan({
      flights: [
        { ...westEast, alt: 60, classId: 'long-range-vtol' },
        { ...southNorth, alt: 150, classId: 'long-range-vtol' },
      ],
    });
    expect(d('SN').status).toBe('Accepted');
  });

  it('detects a take-off column (circle) against an en-route piece (polygon), and clears it 200 m away', () => {
    const under = pad('under', 0, 0);
    const aside = pad('aside', 0, 200);
    const timed = { from: under, to: PADS.north, departure_s: 250 };
    const hit = plan({ flights: [westEast, { id: 'UP', ...timed }] });
    expect(hit.d('UP').status).toBe('Rejected');
    const [we] = hit.result.intents;
    const column = planScenario(scenario({ flights: [{ id: 'UP', ...timed }] })).intents[0].volumes[0];
    expect(column.footprint.kind).toBe('circle');
    expect(we.volumes.some((v) => v.footprint.kind === 'polygon' && volumesIntersect(v, column))).toBe(true);
    const clear = plan({ flights: [westEast, { id: 'UP', ...timed, from: aside, to: pad('north2', 0, 5000) }] });
    expect(clear.d('UP').status).toBe('Accepted');
  });
});

describe('geozones', () => {
  it('rejects a flight through a PROHIBITED zone, naming the zone', () => {
    const { d } = plan({
      flights: [westEast],
      zones: zone({ identifier: 'NOFLY', restriction: 'PROHIBITED', name: 'No fly' }),
    });
    expect(d('WE').status).toBe('Rejected');
    expect(d('WE').reasons).toEqual([
      { kind: 'zone', zone_id: 'NOFLY', zone_name: 'No fly', restriction: 'PROHIBITED', message: '' },
    ]);
  });

  it('rejects a REQ_AUTHORISATION zone unless the flight carries that authorisation', () => {
    const zones = zone({ identifier: 'AUTH', restriction: 'REQ_AUTHORISATION' });
    expect(plan({ flights: [westEast], zones }).d('WE').status).toBe('Rejected');
    expect(plan({ flights: [{ ...westEast, authorisations: ['OTHER'] }], zones }).d('WE').status).toBe('Rejected');
    expect(plan({ flights: [{ ...westEast, authorisations: ['AUTH'] }], zones }).d('WE').status).toBe('Accepted');
  });

  it('accepts a CONDITIONAL zone with a warning and ignores NO_RESTRICTION zones', () => {
    const zones = [
      ...zone({ identifier: 'COND', restriction: 'CONDITIONAL', message: 'report first' }),
      ...zone({ identifier: 'FREE', restriction: 'NO_RESTRICTION' }),
    ];
    const { d } = plan({ flights: [westEast], zones });
    expect(d('WE').status).toBe('Accepted');
    expect(d('WE').warnings).toEqual([
      expect.objectContaining({ kind: 'zone', zone_id: 'COND', restriction: 'CONDITIONAL' }),
    ]);
  });

  it('ignores a zone above the flight', () => {
    const zones = zone({ identifier: 'HIGH', restriction: 'PROHIBITED' }).map((z) => ({
      ...z,
      lower_m: 200,
      z_min_amsl: 200,
    }));
    expect(plan({ flights: [westEast], zones }).d('WE').status).toBe('Accepted');
  });

  describe('schedule windows: a zone active only on weekdays 17:00–19:00Z', () => {
    const zones = zone({
      identifier: 'EVENING',
      restriction: 'PROHIBITED',
      applicability: [
        {
          permanent: 'NO',
          schedule: [{ day: ['MON', 'TUE', 'WED', 'THU', 'FRI'], startTime: '17:00:00.00Z', endTime: '19:00:00.00Z' }],
        },
      ],
    });
    const H = 3600;
    it.each([
      ['Monday 17:30Z', 17.5 * H, 'Rejected'],
      ['Monday 20:00Z', 20 * H, 'Accepted'],
      ['Monday 10:00Z', 10 * H, 'Accepted'],
      ['Saturday 17:30Z', 5 * 24 * H + 17.5 * H, 'Accepted'],
      ['Friday 18:55Z', 4 * 24 * H + 18.9 * H, 'Rejected'],
    ])('a flight departing %s (t = %i s) is %s', (_when, departure, status) => {
      expect(plan({ flights: [{ ...westEast, departure_s: departure }], zones }).d('WE').status).toBe(status);
    });

    it('suggests the delay that clears the window', () => {
      const departure = 17.5 * H;
      const { d } = plan({ flights: [{ ...westEast, departure_s: departure }], zones }, { delay_horizon_s: 3 * H });
      const delay = d('WE').suggested_delay_s!;
      expect(delay).toBeGreaterThan(0);
      const at = (dep: number) => plan({ flights: [{ ...westEast, departure_s: dep }], zones }).d('WE').status;
      expect(at(departure + delay)).toBe('Accepted');
      expect(at(departure + delay - 30)).toBe('Rejected');
      // The flight reaches the zone about 5 minutes after take-off: it may leave before 19:00Z.
      expect(departure + delay).toBeGreaterThan(18.8 * H);
    });
  });
});

describe('suggestions for rejected flights', () => {
  const flights: FlightSpec[] = [westEast, { ...westEast, id: 'B', departure_s: 120 }];

  it('suggests the earliest accepted departure delay (in 30 s steps)', () => {
    const { d } = plan({ flights });
    const delay = d('B').suggested_delay_s!;
    expect(delay % 30).toBe(0);
    const at = (dep: number) => plan({ flights: [westEast, { ...westEast, id: 'B', departure_s: dep }] }).d('B').status;
    expect(at(120 + delay)).toBe('Accepted');
    expect(at(120 + delay - 30)).toBe('Rejected');
  });

  it('suggests an alternative altitude band within the CAD height limit', () => {
    const { d } = plan({ flights: [westEast, southNorth] });
    const alt = d('SN').suggested_altitude!;
    expect(alt).not.toBeNull();
    // 80 m ± 20 m steps: +20 m breaks the A2 limit (91 m over the sea), −20 m still overlaps, −40 m clears.
    expect(alt).toEqual({ shift_m: -40, cruise_min_m: 40, cruise_max_m: 40 });
    const shifted = plan({ flights: [westEast, { ...southNorth, alt: 80 + alt.shift_m }] });
    expect(shifted.d('SN').status).toBe('Accepted');
  });

  it('offers no altitude when every shift breaks a limit or still conflicts (a shared pad)', () => {
    expect(plan({ flights }).d('B').suggested_altitude).toBeNull();
  });

  it('offers no delay when a permanent PROHIBITED zone is in the way', () => {
    const { d } = plan({ flights: [westEast], zones: zone({ identifier: 'NOFLY', restriction: 'PROHIBITED' }) });
    expect(d('WE').suggested_delay_s).toBeNull();
  });
});

describe('plans that cannot be flown', () => {
  it('rejects a flight whose forecast headwind exceeds its airspeed', () => {
    const { d } = plan({ flights: [westEast], wind: constantWind(-20, 0) });
    expect(d('WE').status).toBe('Rejected');
    const invalid = d('WE').reasons.find((r) => r.kind === 'invalid');
    expect((invalid as { message: string }).message).toMatch(/wind/);
  });

  it('rejects a flight starting beyond OiMaxPlanHorizonDays', () => {
    const { d } = plan({ flights: [{ ...westEast, departure_s: 31 * 86_400 }] });
    expect(d('WE').reasons.map((r) => r.kind)).toEqual(['horizon']);
  });
});
