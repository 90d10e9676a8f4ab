// InterUSS FlightIntentValidation: malformed operational intents are rejected with reasons; valid ones are accepted.
import { describe, expect, it } from 'vitest';
import { formatIssuePath } from '../../../src/core/airspace/ed269-parse';
import type { OperationalIntent, Volume4D } from '../../../src/core/strategic/f3548-types';
import { parseExternalIntents, validateOperationalIntent } from '../../../src/core/strategic/intent-validation';
import { planScenario } from '../../../src/core/strategic/strategic-planner';
import { PADS, START_EPOCH_MS, scenario } from './fixtures';

const time = (iso: string) => ({ value: iso, format: 'RFC3339' as const });
const square: Volume4D = {
  volume: {
    outline_polygon: {
      vertices: [
        { lat: 22.26, lng: 114.1 },
        { lat: 22.26, lng: 114.11 },
        { lat: 22.27, lng: 114.11 },
        { lat: 22.27, lng: 114.1 },
      ],
    },
    altitude_lower: { value: 50, reference: 'W84', units: 'M' },
    altitude_upper: { value: 120, reference: 'W84', units: 'M' },
  },
  time_start: time('2026-03-02T00:10:00Z'),
  time_end: time('2026-03-02T00:20:00Z'),
};

function intent(changes: { volumes?: Volume4D[]; off?: Volume4D[]; state?: string } = {}): OperationalIntent {
  return {
    reference: {
      id: '0f0e0d0c-0b0a-4908-8706-050403020100',
      manager: 'other-uss',
      uss_availability: 'Normal',
      version: 1,
      state: (changes.state ?? 'Accepted') as OperationalIntent['reference']['state'],
      ovn: 'ovn-1',
      time_start: time('2026-03-02T00:10:00Z'),
      time_end: time('2026-03-02T00:20:00Z'),
      uss_base_url: 'https://other.example.invalid',
      subscription_id: '1f0e0d0c-0b0a-4908-8706-050403020100',
    },
    details: { volumes: changes.volumes ?? [square], off_nominal_volumes: changes.off ?? [], priority: 0 },
  };
}

function reasons(value: unknown): string[] {
  const r = validateOperationalIntent(value, { now_epoch_ms: START_EPOCH_MS });
  return r.ok ? [] : r.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

const withVolume = (v: Partial<Volume4D['volume']>, t: Partial<Volume4D> = {}): Volume4D => ({
  ...square,
  ...t,
  volume: { ...square.volume, ...v },
});

describe('FlightIntentValidation', () => {
  it('accepts a well-formed intent', () => {
    expect(reasons(intent())).toEqual([]);
  });

  it.each([
    [
      'too many vertices (more than OiMaxVertices)',
      intent({
        volumes: [
          withVolume({
            outline_polygon: {
              vertices: Array.from({ length: 10_001 }, (_, i) => ({
                lat: 22.26 + 0.01 * Math.sin((2 * Math.PI * i) / 10_001),
                lng: 114.1 + 0.01 * Math.cos((2 * Math.PI * i) / 10_001),
              })),
            },
          }),
        ],
      }),
      'details: the intent has 10001 vertices, more than OiMaxVertices',
    ],
    [
      'time_end before time_start',
      intent({ volumes: [withVolume({}, { time_end: time('2026-03-02T00:05:00Z') })] }),
      'details.volumes[0].time_end: time_end (2026-03-02T00:05:00Z) must be after time_start',
    ],
    ['missing volumes', intent({ volumes: [] }), 'details.volumes: an Accepted intent needs at least one volume'],
    [
      'a polygon with fewer than 3 vertices',
      intent({
        volumes: [withVolume({ outline_polygon: { vertices: square.volume.outline_polygon!.vertices.slice(0, 2) } })],
      }),
      'details.volumes[0].volume.outline_polygon.vertices: a polygon needs at least 3 vertices (found 2)',
    ],
    [
      'a polygon whose last vertex repeats the first',
      intent({
        volumes: [
          withVolume({
            outline_polygon: {
              vertices: [...square.volume.outline_polygon!.vertices, square.volume.outline_polygon!.vertices[0]],
            },
          }),
        ],
      }),
      'the last vertex repeats the first',
    ],
    [
      'both a polygon and a circle',
      intent({
        volumes: [
          withVolume({ outline_circle: { center: { lat: 22.26, lng: 114.1 }, radius: { value: 10, units: 'M' } } }),
        ],
      }),
      'give exactly one of outline_polygon and outline_circle',
    ],
    ['no time_start', intent({ volumes: [withVolume({}, { time_start: undefined })] }), 'time_start is required'],
    [
      'altitude_upper below altitude_lower',
      intent({ volumes: [withVolume({ altitude_upper: { value: 10, reference: 'W84', units: 'M' } })] }),
      'altitude_upper (10 m) is below altitude_lower (50 m)',
    ],
    [
      'an altitude reference other than W84',
      intent({ volumes: [withVolume({ altitude_lower: { value: 50, reference: 'AGL' as 'W84', units: 'M' } })] }),
      'altitude reference must be "W84"',
    ],
    [
      'ends in the past',
      intent({
        volumes: [withVolume({}, { time_start: time('2026-03-01T00:00:00Z'), time_end: time('2026-03-01T01:00:00Z') })],
      }),
      'the intent ends in the past',
    ],
    [
      'starts beyond OiMaxPlanHorizonDays',
      intent({
        volumes: [withVolume({}, { time_start: time('2026-05-01T00:00:00Z'), time_end: time('2026-05-01T01:00:00Z') })],
      }),
      'more than 30 days ahead',
    ],
    [
      'Contingent with volumes',
      intent({ state: 'Contingent', off: [square] }),
      'details.volumes: a Contingent intent carries no volumes',
    ],
    [
      'Nonconforming without off-nominal volumes',
      intent({ state: 'Nonconforming' }),
      'details.off_nominal_volumes: a Nonconforming intent needs off_nominal_volumes',
    ],
    [
      'Accepted with off-nominal volumes',
      intent({ off: [square] }),
      'an Accepted intent carries no off_nominal_volumes',
    ],
    ['an unknown state', intent({ state: 'Flying' }), 'reference.state: state must be one of'],
    ['not an object', 'intent', 'expected object'],
  ])('rejects %s', (_name, value, expected) => {
    const found = reasons(value);
    expect(
      found.some((r) => r.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each([
    [
      'without an ovn (never sent to other USSs)',
      (() => {
        const i = intent();
        delete i.reference.ovn;
        return i;
      })(),
    ],
    [
      'Nonconforming with empty volumes (its off-nominal volumes say where it is)',
      intent({ state: 'Nonconforming', volumes: [], off: [square] }),
    ],
    ['Contingent with only off-nominal volumes', intent({ state: 'Contingent', volumes: [], off: [square] })],
    [
      'ending exactly now',
      intent({
        volumes: [withVolume({}, { time_start: time('2026-03-01T23:00:00Z'), time_end: time('2026-03-02T00:00:00Z') })],
      }),
    ],
    [
      'starting exactly OiMaxPlanHorizonDays ahead',
      intent({
        volumes: [withVolume({}, { time_start: time('2026-04-01T00:00:00Z'), time_end: time('2026-04-01T01:00:00Z') })],
      }),
    ],
  ])('accepts an intent %s', (_name, value) => {
    expect(reasons(value)).toEqual([]);
  });

  it('counts a circle as one vertex towards OiMaxVertices', () => {
    const ring = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        lat: 22.26 + 0.01 * Math.sin((2 * Math.PI * i) / n),
        lng: 114.1 + 0.01 * Math.cos((2 * Math.PI * i) / n),
      }));
    const circle = withVolume({
      outline_polygon: undefined,
      outline_circle: { center: { lat: 22.26, lng: 114.1 }, radius: { value: 50, units: 'M' } },
    });
    const atLimit = intent({ volumes: [withVolume({ outline_polygon: { vertices: ring(9_999) } }), circle] });
    expect(reasons(atLimit)).toEqual([]);
    const over = intent({ volumes: [withVolume({ outline_polygon: { vertices: ring(10_000) } }), circle] });
    expect(reasons(over)).toEqual(['details: the intent has 10001 vertices, more than OiMaxVertices (10000)']);
  });

  it('locates every problem of an external intent list from the list root, and fails the whole list', () => {
    const late = intent({ volumes: [withVolume({}, { time_start: time('2026-03-02T00:30:00Z') })] });
    const r = parseExternalIntents([intent(), late], { now_epoch_ms: START_EPOCH_MS });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => formatIssuePath(i.path))).toEqual(['[1].details.volumes[0].time_end']);
    expect(parseExternalIntents({ not: 'a list' })).toEqual({
      ok: false,
      issues: [{ path: [], message: 'expected a JSON array of F3548 OperationalIntent objects' }],
    });
    const ok = parseExternalIntents([intent()], { now_epoch_ms: START_EPOCH_MS });
    expect(ok.ok && ok.intents.length).toBe(1);
  });
});

// InterUSS ConflictHigherPriority / ConflictEqualPriorityNotPermitted, with the other USS's intent arriving from outside.
describe("planning around other USSs' intents", () => {
  const s = scenario({ flights: [{ id: 'A', from: PADS.west, to: PADS.east }] });
  /** Another USS's intent over the whole of A's route, at A's altitude, during its flight. */
  function external(state: string, priority: number) {
    const a = planScenario(s).intents[0].intent;
    const { ovn: _ovn, ...reference } = a.reference;
    const nominal = a.details.volumes;
    const doc = {
      reference: { ...reference, id: '2f0e0d0c-0b0a-4908-8706-050403020100', manager: 'other-uss', state },
      details: {
        volumes: state === 'Accepted' || state === 'Activated' ? nominal : [],
        off_nominal_volumes: state === 'Accepted' || state === 'Activated' ? [] : nominal,
        priority,
      },
    };
    const r = parseExternalIntents([doc], { now_epoch_ms: START_EPOCH_MS });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.intents;
  }

  it.each(['Accepted', 'Activated', 'Nonconforming', 'Contingent'])(
    'rejects a flight conflicting with a higher-priority %s intent (its off-nominal volumes block too)',
    (state) => {
      const plan = planScenario(s, { existing_intents: external(state, 5) });
      expect(plan.decisions[0].status).toBe('Rejected');
      expect(plan.decisions[0].reasons).toEqual([
        expect.objectContaining({ kind: 'intent-conflict', flight_id: 'external:other-uss', relation: 'higher' }),
      ]);
    },
  );

  it('rejects an equal-priority conflict unless the scenario permits it', () => {
    const intents = external('Accepted', 0);
    const strict = planScenario(s, { existing_intents: intents, equal_priority_conflicts_permitted: false });
    expect(strict.decisions[0].reasons).toEqual([expect.objectContaining({ relation: 'equal' })]);
    const permitted = planScenario(s, { existing_intents: intents, equal_priority_conflicts_permitted: true });
    expect(permitted.decisions[0].status).toBe('Accepted');
    expect(permitted.decisions[0].warnings).toEqual([expect.objectContaining({ relation: 'equal' })]);
  });

  it('accepts a higher-priority flight over a lower-priority external intent', () => {
    const plan = planScenario(s, { existing_intents: external('Activated', -1) });
    expect(plan.decisions[0].status).toBe('Accepted');
    expect(plan.decisions[0].warnings).toEqual([expect.objectContaining({ relation: 'lower' })]);
  });
});
