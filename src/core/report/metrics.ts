// Run metrics under the Metropolis 2 KPI names (safety, efficiency, capacity, energy, strategic), from the event log.
import type { CompiledScenario } from '../scenario/compiled';
import type { SimEvent } from '../sim/events';

/** What each flight contributes to the metrics (seconds since start, metres, watt-hours). */
export interface FlightFigures {
  id: string;
  planned_departure_s: number;
  takeoff_s: number | null;
  landed_s: number | null;
  outcome: string;
  planned_flight_s: number;
  flight_s: number | null;
  planned_route_m: number;
  /** Horizontal length of the recorded track; null without a track. */
  flown_route_m: number | null;
  energy_used_wh: number;
}

/** The tactical monitor's figures the metrics need (pair-seconds in LoS, the closest flagged pair). */
export interface TacticalFigures {
  time_in_los_s: number;
  time_in_conflict_s: number;
  min_separation: { horizontal_m: number; d3_m: number } | null;
}

export interface SafetyMetrics {
  /** SAF-1: conflict episodes (predicted losses of separation within the look-ahead). */
  conflicts: number;
  /** SAF-2: intrusions (loss-of-separation episodes). */
  losses_of_separation: number;
  nmacs: number;
  /** (R − d_min) / R over loss-of-separation episodes, R the pair's horizontal protected radius. */
  intrusion_severity_mean: number | null;
  intrusion_severity_max: number | null;
  /** SAF-3: (conflicts − LoS) / conflicts; null without conflicts. */
  intrusion_prevention_rate: number | null;
  /** SAF-4: the smallest distance between the aircraft of a flagged pair. */
  min_separation_horizontal_m: number | null;
  min_separation_3d_m: number | null;
  /** SAF-5: pair-seconds in loss of separation (and in conflict). */
  time_in_los_s: number;
  time_in_conflict_s: number;
  /** SAF-6: geofence infringement episodes. */
  geofence_infringements: number;
}

export interface HoldFigures {
  holds: number;
  held_s: number;
}

export interface EfficiencyMetrics {
  /** Take-off time minus planned departure, over flights that took off. */
  departure_delay_mean_s: number;
  departure_delay_max_s: number;
  /** Weather and energy holds on the pad, by cause: how many, and the seconds held. */
  holds_by_cause: Record<string, HoldFigures>;
  /** Planned horizontal route length / flown horizontal length (EFF route efficiency), over completed flights. */
  route_efficiency_mean: number | null;
  /** Planned flight time / flown flight time, over completed flights. */
  duration_efficiency_mean: number | null;
  /** Pad sequencing: departures that waited in a pad's queue and arrivals that loitered, by pad. */
  pad_waits: PadWaits;
}

export interface PadWaitFigures {
  /** Departures released from (or cancelled in) the queue, and their seconds waited. */
  queued: number;
  queue_wait_s: number;
  queue_wait_max_s: number;
  /** Arrivals that loitered before landing, and their seconds in the loiter. */
  loiters: number;
  loiter_s: number;
}

export interface PadWaits extends PadWaitFigures {
  queue_wait_mean_s: number;
  by_pad: Record<string, PadWaitFigures>;
}

export interface CapacityMetrics {
  /** Flights that landed anywhere, per simulated hour. */
  throughput_per_hour: number;
  /** Most aircraft airborne at once. */
  peak_airborne: number;
  /** CAP-1: mean departure delay of the flights that took off. */
  average_demand_delay_s: number;
}

export interface EnergyMetrics {
  /** ENV-1: work done, the battery energy used by all flights. */
  total_used_wh: number;
  mean_used_wh: number;
  max_used_wh: number;
}

export interface StrategicMetrics {
  accepted: number;
  rejected: number;
  /** Flights the planner moved (delay or altitude) to clear; null when the planner does not replan. */
  replanned: number | null;
  /** Conformance transitions by `from_to_to` (snake_case intent states), e.g. activated_to_nonconforming. */
  conformance_transitions: Record<string, number>;
}

export interface RunMetrics {
  safety: SafetyMetrics;
  efficiency: EfficiencyMetrics;
  capacity: CapacityMetrics;
  energy: EnergyMetrics;
  strategic: StrategicMetrics;
}

export interface MetricInputs {
  scenario: CompiledScenario;
  events: readonly SimEvent[];
  flights: readonly FlightFigures[];
  simulated_s: number;
  tactical: TacticalFigures | null;
  plan: { accepted: number; rejected: number; replanned?: number } | null;
}

/** "Activated" → "activated", "en route" → "en_route": report keys are snake_case. */
export function snakeCase(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The mean of xs, or null for none. */
export const mean = (xs: readonly number[]): number | null =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
const countOf = (events: readonly SimEvent[], kind: SimEvent['kind']) => events.filter((e) => e.kind === kind).length;

/** Each flight's horizontal protected radius (its separation class's), by flight id. */
function radiiById(scenario: CompiledScenario): Map<string, number> {
  return new Map(
    scenario.flights.map((f) => [
      f.id,
      scenario.separation[scenario.classes[f.classIndex].separation_class]?.radius_m ?? 0,
    ]),
  );
}

export function safetyMetrics(input: MetricInputs): SafetyMetrics {
  const { events, scenario, tactical } = input;
  const conflicts = countOf(events, 'conflict-start');
  const los = countOf(events, 'los-start');
  const radii = radiiById(scenario);
  const severities = events
    .filter((e) => e.kind === 'los-end')
    .map((e) => {
      // A pair's protected radius: the larger of its two flights' radii.
      const r = Math.max(0, ...e.flights.map((id) => radii.get(id) ?? 0));
      return r > 0 ? Math.max(0, (r - Number(e.details.min_distance_m)) / r) : 0;
    });
  return {
    conflicts,
    losses_of_separation: los,
    nmacs: countOf(events, 'nmac'),
    intrusion_severity_mean: mean(severities),
    intrusion_severity_max: severities.length ? Math.max(...severities) : null,
    intrusion_prevention_rate: conflicts > 0 ? (conflicts - los) / conflicts : null,
    min_separation_horizontal_m: tactical?.min_separation?.horizontal_m ?? null,
    min_separation_3d_m: tactical?.min_separation?.d3_m ?? null,
    time_in_los_s: tactical?.time_in_los_s ?? 0,
    time_in_conflict_s: tactical?.time_in_conflict_s ?? 0,
    geofence_infringements: countOf(events, 'zone-infringement-start'),
  };
}

/** Departure delays of the flights that took off. */
const departureDelays = (flights: readonly FlightFigures[]) =>
  flights.filter((f) => f.takeoff_s !== null).map((f) => (f.takeoff_s as number) - f.planned_departure_s);

export function efficiencyMetrics(input: MetricInputs): EfficiencyMetrics {
  const holds: Record<string, HoldFigures> = {};
  const causeOf = new Map<string, string>();
  for (const e of input.events) {
    const id = e.flights[0];
    if (e.kind === 'hold-start') {
      const cause = String(e.details.cause);
      causeOf.set(id, cause);
      holds[cause] ??= { holds: 0, held_s: 0 };
      holds[cause].holds++;
    } else if ((e.kind === 'hold-end' || e.kind === 'cancelled') && causeOf.has(id)) {
      holds[causeOf.get(id)!].held_s += Number(e.details.held_s ?? 0);
      causeOf.delete(id);
    }
  }
  const delays = departureDelays(input.flights);
  const completed = input.flights.filter((f) => f.outcome === 'completed' && f.flight_s !== null && f.flight_s > 0);
  const routes = completed.filter((f) => f.flown_route_m !== null && f.flown_route_m > 0);
  return {
    departure_delay_mean_s: mean(delays) ?? 0,
    departure_delay_max_s: delays.length ? Math.max(...delays) : 0,
    holds_by_cause: Object.fromEntries(
      Object.keys(holds)
        .sort()
        .map((k) => [k, holds[k]]),
    ),
    route_efficiency_mean: mean(routes.map((f) => f.planned_route_m / (f.flown_route_m as number))),
    duration_efficiency_mean: mean(completed.map((f) => f.planned_flight_s / (f.flight_s as number))),
    pad_waits: padWaits(input.events),
  };
}

/** Queue waits (`released`, or `cancelled` with cause queue) and loiters (`loiter-end`), overall and by pad. */
export function padWaits(events: readonly SimEvent[]): PadWaits {
  const blank = (): PadWaitFigures => ({ queued: 0, queue_wait_s: 0, queue_wait_max_s: 0, loiters: 0, loiter_s: 0 });
  const all = blank();
  const byPad: Record<string, PadWaitFigures> = {};
  for (const e of events) {
    const queueEnd = e.kind === 'released' || (e.kind === 'cancelled' && e.details.cause === 'queue');
    if (!queueEnd && e.kind !== 'loiter-end') continue;
    const pad = String(e.details.pad);
    byPad[pad] ??= blank();
    for (const f of [all, byPad[pad]]) {
      if (queueEnd) {
        const wait = Number(e.details.wait_s ?? 0);
        f.queued++;
        f.queue_wait_s += wait;
        f.queue_wait_max_s = Math.max(f.queue_wait_max_s, wait);
      } else {
        f.loiters++;
        f.loiter_s += Number(e.details.loiter_s ?? 0);
      }
    }
  }
  const pads = Object.keys(byPad).sort();
  return {
    ...all,
    queue_wait_mean_s: all.queued > 0 ? all.queue_wait_s / all.queued : 0,
    by_pad: Object.fromEntries(pads.map((p) => [p, byPad[p]])),
  };
}

export function capacityMetrics(input: MetricInputs): CapacityMetrics {
  let airborne = 0;
  let peak = 0;
  for (const e of input.events) {
    if (e.kind === 'takeoff') peak = Math.max(peak, ++airborne);
    else if (e.kind === 'landed' || e.kind === 'energy-depleted') airborne--;
  }
  const landed = input.flights.filter((f) => f.landed_s !== null).length;
  return {
    throughput_per_hour: input.simulated_s > 0 ? landed / (input.simulated_s / 3600) : 0,
    peak_airborne: peak,
    average_demand_delay_s: mean(departureDelays(input.flights)) ?? 0,
  };
}

export function energyMetrics(input: MetricInputs): EnergyMetrics {
  const used = input.flights.map((f) => f.energy_used_wh);
  const total = used.reduce((a, b) => a + b, 0);
  return { total_used_wh: total, mean_used_wh: mean(used) ?? 0, max_used_wh: used.length ? Math.max(...used) : 0 };
}

export function strategicMetrics(input: MetricInputs): StrategicMetrics {
  const transitions: Record<string, number> = {};
  for (const e of input.events) {
    if (e.kind !== 'intent-state') continue;
    const key = `${snakeCase(String(e.details.from))}_to_${snakeCase(String(e.details.to))}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
  }
  return {
    accepted: input.plan?.accepted ?? 0,
    rejected: input.plan?.rejected ?? 0,
    replanned: input.plan?.replanned ?? null,
    conformance_transitions: Object.fromEntries(
      Object.keys(transitions)
        .sort()
        .map((k) => [k, transitions[k]]),
    ),
  };
}

export function runMetrics(input: MetricInputs): RunMetrics {
  return {
    safety: safetyMetrics(input),
    efficiency: efficiencyMetrics(input),
    capacity: capacityMetrics(input),
    energy: energyMetrics(input),
    strategic: strategicMetrics(input),
  };
}
