// Every Metropolis 2 metric against values computed by hand for a tiny two-flight scenario and a written event log.
import { describe, expect, it } from 'vitest';
import { type FlightFigures, type MetricInputs, padWaits, runMetrics } from '../../../src/core/report/metrics';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import type { EventKind, SimEvent } from '../../../src/core/sim/events';
import { scenarioYaml } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

const loaded = loadScenario(scenarioYaml([{ id: 'A' }, { id: 'B', departure: 60 }]), 'tiny.yaml', createTestWorld());
if (!loaded.ok) throw new Error('tiny scenario should load');
const scenario = loaded.scenario;

const ev = (t: number, kind: EventKind, flights: string[], details: SimEvent['details'] = {}): SimEvent => ({
  t,
  kind,
  flights,
  details,
});

// A: held 120 s for rain, takes off at 150 (planned 0), lands at 750. B: takes off at 200 (planned 60), lands at 900.
const events: SimEvent[] = [
  ev(0, 'hold-start', ['A'], { cause: 'rain' }),
  ev(120, 'hold-end', ['A'], { held_s: 120 }),
  ev(150, 'takeoff', ['A']),
  ev(200, 'takeoff', ['B']),
  ev(300, 'conflict-start', ['A', 'B']),
  ev(301, 'conflict-start', ['A', 'B']),
  ev(302, 'conflict-start', ['A', 'B']),
  ev(303, 'conflict-start', ['A', 'B']),
  ev(310, 'los-start', ['A', 'B']),
  ev(315, 'nmac', ['A', 'B']),
  ev(320, 'los-end', ['A', 'B'], { min_distance_m: 8 }),
  ev(400, 'los-start', ['A', 'B']),
  ev(410, 'los-end', ['A', 'B'], { min_distance_m: 16 }),
  ev(500, 'zone-infringement-start', ['B']),
  ev(600, 'intent-state', ['A'], { from: 'Accepted', to: 'Activated' }),
  ev(601, 'intent-state', ['B'], { from: 'Accepted', to: 'Activated' }),
  ev(602, 'intent-state', ['B'], { from: 'Activated', to: 'Nonconforming' }),
  ev(750, 'landed', ['A']),
  ev(900, 'landed', ['B']),
];

const flight = (f: Partial<FlightFigures> & { id: string }): FlightFigures => ({
  planned_departure_s: 0,
  takeoff_s: null,
  landed_s: null,
  outcome: 'completed',
  planned_flight_s: 0,
  flight_s: null,
  planned_route_m: 0,
  flown_route_m: null,
  energy_used_wh: 0,
  ...f,
});
const flights = [
  flight({ id: 'A', takeoff_s: 150, landed_s: 750, planned_flight_s: 500, flight_s: 600 }),
  flight({ id: 'B', planned_departure_s: 60, takeoff_s: 200, landed_s: 900, planned_flight_s: 600, flight_s: 700 }),
].map((f, k) => ({
  ...f,
  flown_route_m: [1250, 1000][k],
  planned_route_m: [1000, 900][k],
  energy_used_wh: [10, 30][k],
}));

const input: MetricInputs = {
  scenario,
  events,
  flights,
  simulated_s: 3600,
  tactical: { time_in_los_s: 20, time_in_conflict_s: 45, min_separation: { horizontal_m: 8, d3_m: 9 } },
  plan: { accepted: 2, rejected: 1, replanned: 1 },
};

describe('Metropolis 2 metrics by hand', () => {
  const m = runMetrics(input);

  it('uses the drone class radius of 32 m for both flights', () => {
    const cls = scenario.classes[scenario.flights[0].classIndex];
    expect(scenario.separation[cls.separation_class].radius_m).toBe(32);
  });

  it('safety: counts, severity (R − d)/R, prevention rate (C − L)/C', () => {
    expect(m.safety).toEqual({
      conflicts: 4,
      losses_of_separation: 2,
      nmacs: 1,
      intrusion_severity_mean: (24 / 32 + 16 / 32) / 2, // 0.625
      intrusion_severity_max: 24 / 32,
      intrusion_prevention_rate: (4 - 2) / 4,
      min_separation_horizontal_m: 8,
      min_separation_3d_m: 9,
      time_in_los_s: 20,
      time_in_conflict_s: 45,
      geofence_infringements: 1,
    });
  });

  it('efficiency: delays 150 and 140 s, one rain hold of 120 s, route and duration efficiency', () => {
    expect(m.efficiency.departure_delay_mean_s).toBe(145);
    expect(m.efficiency.departure_delay_max_s).toBe(150);
    expect(m.efficiency.holds_by_cause).toEqual({ rain: { holds: 1, held_s: 120 } });
    expect(m.efficiency.route_efficiency_mean).toBeCloseTo((1000 / 1250 + 900 / 1000) / 2, 12); // 0.85
    expect(m.efficiency.duration_efficiency_mean).toBeCloseTo((500 / 600 + 600 / 700) / 2, 12);
  });

  it('capacity: 2 landings in one hour, both airborne at once, mean demand delay', () => {
    expect(m.capacity).toEqual({ throughput_per_hour: 2, peak_airborne: 2, average_demand_delay_s: 145 });
  });

  it('energy and strategic', () => {
    expect(m.energy).toEqual({ total_used_wh: 40, mean_used_wh: 20, max_used_wh: 30 });
    expect(m.strategic).toEqual({
      accepted: 2,
      rejected: 1,
      replanned: 1,
      conformance_transitions: { accepted_to_activated: 2, activated_to_nonconforming: 1 },
    });
  });

  it('has no conflicts: no prevention rate, no severity', () => {
    const none = runMetrics({ ...input, events: events.filter((e) => !/conflict|los/.test(e.kind)) });
    expect(none.safety.intrusion_prevention_rate).toBeNull();
    expect(none.safety.intrusion_severity_mean).toBeNull();
  });
});

describe('pad waits', () => {
  const at = (t: number, kind: SimEvent['kind'], flight: string, details: SimEvent['details']): SimEvent => ({
    t,
    kind,
    flights: [flight],
    x: 0,
    y: 0,
    z: 0,
    details,
  });

  it('sums queue waits (released and queue cancellations) and loiters, overall and by pad, as counted by hand', () => {
    const w = padWaits([
      at(10, 'queued', 'A', { pad: 'p1', cause: 'interval' }),
      at(40, 'released', 'A', { pad: 'p1', wait_s: 30 }),
      at(50, 'released', 'B', { pad: 'p1', wait_s: 50 }),
      at(60, 'cancelled', 'C', { pad: 'p2', cause: 'queue', wait_s: 20 }),
      at(70, 'cancelled', 'D', { pad: 'p2', cause: 'rejected' }),
      at(90, 'loiter-end', 'E', { pad: 'p2', loiter_s: 45 }),
    ]);
    expect(w).toMatchObject({ queued: 3, queue_wait_s: 100, queue_wait_max_s: 50, loiters: 1, loiter_s: 45 });
    expect(w.queue_wait_mean_s).toBeCloseTo(100 / 3, 9);
    expect(w.by_pad).toEqual({
      p1: { queued: 2, queue_wait_s: 80, queue_wait_max_s: 50, loiters: 0, loiter_s: 0 },
      p2: { queued: 1, queue_wait_s: 20, queue_wait_max_s: 20, loiters: 1, loiter_s: 45 },
    });
  });
});
