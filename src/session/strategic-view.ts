// A flight's strategic view for the viewer (worker side): its approval decision as text, its intent's local volumes
// and the intent-state transitions of the run's log; the scenario is planned once and the plan shared with the run.
import type { CompiledScenario } from '../core/scenario/compiled';
import type { SimEvent } from '../core/sim/events';
import { describeReason } from '../core/strategic/approval-reasons';
import type { MonitoredState } from '../core/strategic/conformance-monitor';
import { type PlanResult, planScenario } from '../core/strategic/strategic-planner';
import { footprintMeta } from './scenario-meta';
import type { FlightStrategicView, IntentTransition } from './sim-protocol';

/** Each flight's 'intent-state' transitions, in log (time) order. */
export function intentTransitionsByFlight(events: readonly SimEvent[]): Map<string, IntentTransition[]> {
  const byFlight = new Map<string, IntentTransition[]>();
  for (const e of events) {
    if (e.kind !== 'intent-state' || e.flights.length === 0) continue;
    const transition = { t: e.t, from: e.details.from as MonitoredState, to: e.details.to as MonitoredState };
    const list = byFlight.get(e.flights[0]);
    if (list) list.push(transition);
    else byFlight.set(e.flights[0], [transition]);
  }
  return byFlight;
}

/** Flight `index`'s decision and (when accepted) volumes from a plan; null when the plan has no decision for it. */
export function flightStrategicView(
  plan: PlanResult,
  generation: number,
  index: number,
  transitions: IntentTransition[] | null,
): FlightStrategicView | null {
  const d = plan.decisions.find((x) => x.flight_index === index);
  if (!d) return null;
  // Accepted flights have an intent, and so do rejected ones accepted when replanned.
  const planned = plan.intents.find((x) => x.flight_index === index);
  return {
    generation,
    index,
    flight_id: d.flight_id,
    status: d.status,
    replan: d.replan && { ...d.replan },
    has_intent: planned !== undefined,
    priority: d.priority,
    intent_id: d.intent_id,
    reasons: d.reasons.map(describeReason),
    warnings: d.warnings.map(describeReason),
    suggested_delay_s: d.suggested_delay_s,
    suggested_altitude: d.suggested_altitude && { ...d.suggested_altitude },
    time_start_s: d.time_start_s,
    time_end_s: d.time_end_s,
    volumes: (planned?.volumes ?? []).map((v) => ({
      footprint: footprintMeta(v.footprint),
      z0: v.z0,
      z1: v.z1,
      t0: v.t0,
      t1: v.t1,
    })),
    transitions,
  };
}

/** One loaded scenario's plan (made on first use) and the index of its run's intent-state events. */
export class StrategicRecord {
  private planned: PlanResult | undefined;
  private indexed: { events: readonly SimEvent[]; byFlight: Map<string, IntentTransition[]> } | undefined;

  constructor(private readonly scenario: CompiledScenario) {}

  /** The strategic plan (planScenario), made once: the run's monitors and the viewer share it. */
  get plan(): PlanResult {
    this.planned ??= planScenario(this.scenario);
    return this.planned;
  }

  /** Flight `index`'s view; `events` is the full run's log, or null while the run is in progress. */
  view(generation: number, index: number, events: readonly SimEvent[] | null): FlightStrategicView | null {
    const flight = this.scenario.flights[index];
    if (!flight) return null;
    let transitions: IntentTransition[] | null = null;
    if (events) {
      if (this.indexed?.events !== events) this.indexed = { events, byFlight: intentTransitionsByFlight(events) };
      transitions = this.indexed.byFlight.get(flight.id) ?? [];
    }
    return flightStrategicView(this.plan, generation, index, transitions);
  }
}
