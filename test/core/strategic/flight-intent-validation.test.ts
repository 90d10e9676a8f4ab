// InterUSS FlightIntentValidation: malformed operational intents are rejected with reasons; valid ones are accepted.
import { describe, expect, it } from 'vitest';
import { formatIssuePath } from '../../../src/core/airspace/ed269-parse';
import type { OperationalIntent, Volume4D } from '../../../src/core/strategic/f3548-types';
import { validateOperationalIntent } from '../../../src/core/strategic/intent-validation';
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

  it('plans around a valid existing intent and reports invalid ones by position', () => {
    const s = scenario({ flights: [{ id: 'A', from: PADS.west, to: PADS.east }] });
    // An intent from another USS over the whole of A's route, at A's altitude, during its flight.
    const a = planScenario(s).intents[0].intent;
    const existing = {
      ...a,
      reference: { ...a.reference, id: '2f0e0d0c-0b0a-4908-8706-050403020100', manager: 'other-uss' },
    };
    existing.details = { ...a.details, priority: 5 };
    const broken = intent({ volumes: [] });
    const plan = planScenario(s, { existing_intents: [broken, existing] });
    expect(plan.rejected_existing.map((r) => r.index)).toEqual([0]);
    expect(plan.decisions[0].status).toBe('Rejected');
    expect(plan.decisions[0].reasons).toEqual([
      expect.objectContaining({ kind: 'intent-conflict', flight_id: 'external:other-uss', relation: 'higher' }),
    ]);
  });
});
