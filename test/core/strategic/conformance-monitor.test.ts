// Conformance monitoring on a synthetic track: Activated, Nonconforming after 10 s out, Contingent after 60 s, Ended.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import { EventLog } from '../../../src/core/sim/events';
import { Phase } from '../../../src/core/sim/phases';
import { createTrafficFrame } from '../../../src/core/sim/traffic-frame';
import { createConformanceMonitor } from '../../../src/core/strategic/conformance-monitor';
import { planFlightSchedule } from '../../../src/core/strategic/flight-schedule';
import { DEFAULT_INTENT_MODEL } from '../../../src/core/strategic/intent-model';
import { validateOperationalIntent } from '../../../src/core/strategic/intent-validation';
import { planScenario } from '../../../src/core/strategic/strategic-planner';
import { constantWind, START_EPOCH_MS, scenario } from './fixtures';

/** Seconds (after take-off) during which the synthetic aircraft is pushed 400 m off its track. */
const EXCURSIONS: [number, number][] = [
  [100, 105], // 5 s: tolerated
  [200, 230], // 30 s: Nonconforming after 10 s, back to Activated
  [400, 500], // 100 s: Nonconforming, then Contingent, which it stays (Contingent → Ended only)
];

function run(excursions: [number, number][], flights = [{ id: 'A' }, { id: 'NO-INTENT', departure_s: 30 }]) {
  const s = scenario({ flights });
  const plan = planScenario(s, { equal_priority_conflicts_permitted: false });
  const planned = plan.intents.filter((i) => i.flight_id === 'A');
  const monitor = createConformanceMonitor(s, planned);
  const sched = planFlightSchedule(s.flights[0], BUILTIN_CLASSES[0], constantWind(0, 0), DEFAULT_INTENT_MODEL);
  const pts = sched.points;
  const frame = createTrafficFrame(s.flights.length);
  const log = new EventLog();
  const states: Record<number, string | undefined> = {};
  const landing = pts[pts.length - 1].nominal;
  for (let t = 0; t <= landing + 30; t += 1) {
    frame.t = t;
    // Flight 0 follows its nominal schedule, off track during the excursions.
    let phase: number = Phase.Preflight;
    let p = pts[0];
    if (t >= sched.takeoff_s && t < landing) {
      phase = Phase.Enroute;
      const k = pts.findIndex((q) => q.nominal > t);
      const a = pts[k - 1];
      const b = pts[k];
      const u = (t - a.nominal) / (b.nominal - a.nominal);
      p = { ...a, x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u, z: a.z + (b.z - a.z) * u };
    } else if (t >= landing) {
      phase = Phase.Landed;
      p = pts[pts.length - 1];
    }
    const since = t - sched.takeoff_s;
    const off = excursions.some(([a, b]) => since >= a && since < b) ? 400 : 0;
    frame.x[0] = p.x;
    frame.y[0] = p.y + off;
    frame.z[0] = p.z;
    frame.vx[0] = 15;
    frame.phase[0] = phase;
    // The other flight flies without an intent.
    frame.phase[1] = t > 200 && t < 300 ? Phase.Enroute : Phase.Scheduled;
    monitor.check({ scenario: s, frame, t, log });
    states[Math.round(since)] = monitor.stateOf('A');
  }
  return { monitor, log, states, takeoff: sched.takeoff_s };
}

describe('conformance monitor', () => {
  const { monitor, log, states, takeoff } = run(EXCURSIONS);
  const events = log.events.filter((e) => e.kind === 'intent-state');

  it('logs every transition as an intent-state event with from, to and the intent id', () => {
    expect(events.map((e) => `${e.details.from}→${e.details.to}`)).toEqual([
      'Accepted→Activated',
      'Activated→Nonconforming',
      'Nonconforming→Activated',
      'Activated→Nonconforming',
      'Nonconforming→Contingent',
      'Contingent→Ended',
    ]);
    expect(events.every((e) => e.flights[0] === 'A' && typeof e.details.intent_id === 'string')).toBe(true);
  });

  it('becomes Nonconforming after more than 10 s outside and Contingent after 60 s more', () => {
    const at = (kind: string) => events.find((e) => e.details.to === kind)!.t - takeoff;
    expect(at('Activated')).toBe(0);
    expect(at('Nonconforming')).toBe(211);
    const second = events.filter((e) => e.details.to === 'Nonconforming')[1];
    expect(second.t - takeoff).toBe(411);
    expect(at('Contingent')).toBe(472);
    expect(states[105]).toBe('Activated'); // the 5 s excursion was tolerated
    expect(states[220]).toBe('Nonconforming');
    expect(states[230]).toBe('Activated');
    expect(states[480]).toBe('Contingent');
    expect(states[500]).toBe('Contingent'); // back inside its volumes, but F3548 allows Contingent → Ended only
  });

  it('keeps valid F3548 documents at each state (off-nominal volumes when Nonconforming or Contingent)', () => {
    const { monitor: m } = run([[300, 10_000]]);
    const [oi] = m.intents();
    expect(oi.reference.state).toBe('Contingent');
    expect(oi.details.volumes).toEqual([]);
    expect(oi.details.off_nominal_volumes).toHaveLength(1);
    expect(oi.reference.version).toBe(4);
    expect(validateOperationalIntent(oi, { now_epoch_ms: START_EPOCH_MS }).ok).toBe(true);
  });

  it('reports the transitions, excursions, conformance and flights flying without an intent', () => {
    const r = monitor.report();
    expect(r.transitions).toEqual({
      'Accepted→Activated': 1,
      'Activated→Nonconforming': 2,
      'Contingent→Ended': 1,
      'Nonconforming→Activated': 1,
      'Nonconforming→Contingent': 1,
    });
    expect(r.excursions).toBe(3);
    expect(r.nonconforming_flights).toEqual(['A']);
    expect(r.contingent_flights).toEqual(['A']);
    expect(r.below_min_conformance).toEqual([{ flight: 'A', conformance_percent: expect.any(Number) }]);
    expect(r.airborne_without_intent).toEqual(['NO-INTENT']);
    expect(r.open_at_end).toEqual([]);
  });

  it('stays Activated for a track that never leaves its volumes', () => {
    const clean = run([]);
    expect(clean.log.events.map((e) => e.details.to)).toEqual(['Activated', 'Ended']);
    expect(clean.monitor.report().below_min_conformance).toEqual([]);
  });
});
