// Unit tests of the viewer's strategic view: decisions and volumes from the plan, intent-state transitions and timing.
import { describe, expect, test } from 'vitest';
import type { CompiledScenario } from '../../src/core/scenario/compiled';
import { loadScenario } from '../../src/core/scenario/load-scenario';
import type { SimEvent } from '../../src/core/sim/events';
import { createStandardMonitors } from '../../src/core/sim/standard-monitors';
import { altitudeShiftText, delayText } from '../../src/core/strategic/suggestion-text';
import { ReplaySession } from '../../src/session/replay-session';
import { intentTransitionsByFlight, StrategicRecord } from '../../src/session/strategic-view';
import { intentStateAt } from '../../src/ui/replay/intent-timing';
import { scenarioYaml } from '../helpers/scenario-text';
import { createTestWorld } from '../helpers/test-world';

/** Two flights on the same route at the same time and priority: the first is accepted, the second rejected. */
function compile(): CompiledScenario {
  const r = loadScenario(
    scenarioYaml([{ id: 'FIRST' }, { id: 'SECOND' }], { meta: { duration_s: 1500 } }),
    'strategic.yaml',
    createTestWorld(),
  );
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario;
}

const event = (t: number, flight: string, from: string, to: string): SimEvent => ({
  t,
  kind: 'intent-state',
  flights: [flight],
  details: { from, to, intent_id: 'x', version: 1 },
});

describe('strategic view', () => {
  const scenario = compile();

  test('plans once; an accepted flight gets its volumes in local metres, a rejected one its reasons as text', () => {
    const record = new StrategicRecord(scenario);
    expect(record.plan).toBe(record.plan);
    const accepted = record.view(3, 0, null);
    const rejected = record.view(3, 1, null);
    expect(accepted).toMatchObject({ generation: 3, index: 0, flight_id: 'FIRST', status: 'Accepted', reasons: [] });
    const intent = record.plan.intents.find((i) => i.flight_index === 0)!;
    expect(accepted?.volumes).toHaveLength(intent.volumes.length);
    accepted?.volumes.forEach((v, k) => {
      const planned = intent.volumes[k];
      expect([v.z0, v.z1, v.t0, v.t1]).toEqual([planned.z0, planned.z1, planned.t0, planned.t1]);
      expect(v.footprint.kind).toBe(planned.footprint.kind);
      if (v.footprint.kind === 'polygon' && planned.footprint.kind === 'polygon') {
        expect([...v.footprint.rings[0]]).toEqual([...planned.footprint.rings[0]]);
        expect(v.footprint.rings[0]).not.toBe(planned.footprint.rings[0]);
      }
    });
    expect(accepted?.volumes.some((v) => v.footprint.kind === 'circle')).toBe(true);
    expect(rejected?.status).toBe('Rejected');
    // Re-submitted at its suggested delay (on_rejection: replan): its volumes are the replanned intent's.
    expect(rejected?.replan).toEqual({
      status: 'Accepted',
      delay_s: rejected?.suggested_delay_s,
      altitude_shift_m: null,
    });
    expect(rejected?.has_intent).toBe(true);
    expect(rejected?.volumes[0].t0).toBeGreaterThanOrEqual(
      (accepted?.volumes[0].t0 ?? 0) + (rejected?.suggested_delay_s ?? 0),
    );
    expect(rejected?.reasons[0]).toMatch(/^conflicts with equal-priority FIRST \(priority \d+, intent [0-9a-f-]+\)$/);
    expect(rejected?.suggested_delay_s).toBeGreaterThan(0);
    expect(record.view(3, 2, null)).toBeNull();
    expect(record.view(3, -1, null)).toBeNull();
  });

  test("the run's monitors use the same plan; transitions come from the run's intent-state events", async () => {
    const record = new StrategicRecord(scenario);
    // What flies is the plan's flights, as in the worker: the rejected flight re-submitted later.
    const session = new ReplaySession({ ...scenario, flights: record.plan.flights });
    const run = await session.run(
      () => createStandardMonitors(scenario, { plan: record.plan }),
      () => {},
    );
    const first = record.view(1, 0, run.events)!;
    const states = first.transitions!.map((x) => x.to);
    expect(states[0]).toBe('Activated');
    expect(states.at(-1)).toBe('Ended');
    expect(record.view(1, 1, run.events)?.transitions?.map((x) => x.to)).toEqual(['Activated', 'Ended']);
    const activated = first.transitions![0].t;
    expect(intentStateAt(first, activated - 1)).toBe('Accepted');
    expect(intentStateAt(first, activated)).toBe('Activated');
    expect(intentStateAt(first, scenario.duration_s)).toBe('Ended');
  });

  test('transitions are grouped by flight in log order', () => {
    const byFlight = intentTransitionsByFlight([
      event(10, 'A', 'Accepted', 'Activated'),
      { t: 11, kind: 'takeoff', flights: ['A'], details: {} },
      event(12, 'B', 'Accepted', 'Activated'),
      event(40, 'A', 'Activated', 'Nonconforming'),
    ]);
    expect(byFlight.get('A')).toEqual([
      { t: 10, from: 'Accepted', to: 'Activated' },
      { t: 40, from: 'Activated', to: 'Nonconforming' },
    ]);
    expect(byFlight.get('B')).toHaveLength(1);
    expect(byFlight.has('C')).toBe(false);
  });
});

describe('suggestion text', () => {
  test('suggestions read as a delay and an altitude shift with its cruise band', () => {
    expect(delayText(450)).toBe('+7 min 30 s');
    expect(delayText(60)).toBe('+1 min');
    expect(delayText(30)).toBe('+30 s');
    expect(altitudeShiftText({ shift_m: 40, cruise_min_m: 120, cruise_max_m: 120 })).toBe('+40 m (cruise 120 m AMSL)');
    expect(altitudeShiftText({ shift_m: -20, cruise_min_m: 60, cruise_max_m: 80 })).toBe('−20 m (cruise 60–80 m AMSL)');
  });
});
