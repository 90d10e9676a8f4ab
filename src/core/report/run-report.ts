// The run report (report.json): provenance, flights by outcome, Metropolis 2 metrics, per-flight table, rounded.
import { plannedFlightTime } from '../flight/planned-time';
import type { CompiledFlight, CompiledScenario } from '../scenario/compiled';
import type { Engine } from '../sim/engine';
import { EVENT_KINDS, type SimEvent } from '../sim/events';
import { flightStatus } from '../sim/flight-status';
import type { Monitor } from '../sim/monitor';
import { Phase } from '../sim/phases';
import { type FlightFigures, mean, type RunMetrics, runMetrics, snakeCase, type TacticalFigures } from './metrics';
import { roundFigures } from './round-figures';
import type { FlightTrack } from './track-recorder';

/** Bumped whenever a key of report.json changes meaning or goes away. */
export const REPORT_SCHEMA_VERSION = 1;

/** Every outcome a flight can end a run with; each is always a key of `flights`. */
export const OUTCOMES = ['completed', 'diverted', 'returned', 'cancelled', 'lost', 'unfinished'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface FlightReport extends FlightFigures {
  operator: string;
  class: string;
  outcome: Outcome;
  landed_at: string | null;
  departure_delay_s: number | null;
  held_s: number;
  delta_s: number | null;
}

export interface RunReport extends RunMetrics {
  schema_version: typeof REPORT_SCHEMA_VERSION;
  scenario: { name: string; file: string; start: string; duration_s: number; simulated_s: number; seed: number };
  /** What produced the run (the CLI knows the file's bytes and its own version). */
  provenance?: Provenance;
  /** planned, then the number of flights by outcome (every outcome present). */
  flights: Record<'planned' | Outcome, number>;
  /** Flights that were held by the weather at least once. */
  flights_held: number;
  diversions_by_cause: Record<string, number>;
  /** Every event kind (snake_case), with its count. */
  events_by_kind: Record<string, number>;
  flight_time: { mean_planned_s: number; mean_actual_s: number; mean_delta_s: number };
  monitors: Record<string, Record<string, unknown>>;
  per_flight: FlightReport[];
}

export interface Provenance {
  scenario_sha256: string;
  skylane_version: string;
}

export interface RunReportOptions {
  provenance?: Provenance;
  /** Recorded tracks by flight index, for the flown route lengths. */
  tracks?: readonly FlightTrack[];
}

/** Horizontal length of a polyline given by its x and y coordinates (local metres). */
function polylineLength(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let d = 0;
  for (let k = 1; k < x.length; k++) d += Math.hypot(x[k] - x[k - 1], y[k] - y[k - 1]);
  return d;
}

/** Horizontal length of the planned route: origin pad, en-route points, destination pad. */
export function plannedRouteLength(f: CompiledFlight): number {
  const pts = [f.origin, ...f.route, f.destination];
  return polylineLength(
    pts.map((p) => p.x),
    pts.map((p) => p.y),
  );
}

/** Horizontal length of a recorded track. */
export function trackLength(tr: FlightTrack): number {
  return polylineLength(tr.x, tr.y);
}

const meanOrZero = (xs: number[]) => mean(xs) ?? 0;

function outcomeOf(landed: SimEvent | undefined, phase: number): Outcome {
  if (landed) return String(landed.details.outcome) as Outcome;
  if (phase === Phase.Cancelled) return 'cancelled';
  if (phase === Phase.Lost) return 'lost';
  return 'unfinished';
}

export function buildRunReport(
  scenario: CompiledScenario,
  engine: Engine,
  events: readonly SimEvent[],
  monitors: readonly Monitor[] = [],
  options: RunReportOptions = {},
): RunReport {
  const byFlight = new Map<string, SimEvent[]>();
  const eventsByKind: Record<string, number> = Object.fromEntries(EVENT_KINDS.map((k) => [snakeCase(k), 0]));
  const diversions: Record<string, number> = {};
  for (const e of events) {
    eventsByKind[snakeCase(e.kind)]++;
    if (e.kind === 'diverted' || e.kind === 'returning') {
      const cause = String(e.details.cause);
      diversions[cause] = (diversions[cause] ?? 0) + 1;
    }
    for (const id of e.flights) {
      let list = byFlight.get(id);
      if (!list) byFlight.set(id, (list = []));
      list.push(e);
    }
  }
  const outcomes = Object.fromEntries([['planned', scenario.flights.length], ...OUTCOMES.map((o) => [o, 0])]) as Record<
    'planned' | Outcome,
    number
  >;
  let flightsHeld = 0;
  const perFlight: FlightReport[] = scenario.flights.map((f) => {
    const cls = scenario.classes[f.classIndex];
    const evs = byFlight.get(f.id) ?? [];
    const takeoff = evs.find((e) => e.kind === 'takeoff');
    const landed = evs.find((e) => e.kind === 'landed');
    const held = evs
      .filter((e) => e.kind === 'hold-end' || e.kind === 'cancelled')
      .reduce((s, e) => s + Number(e.details.held_s ?? 0), 0);
    if (evs.some((e) => e.kind === 'hold-start')) flightsHeld++;
    const outcome = outcomeOf(landed, engine.frame.phase[f.index]);
    outcomes[outcome]++;
    const planned = plannedFlightTime(f, cls);
    const flown = landed && takeoff ? landed.t - takeoff.t : null;
    const track = options.tracks?.[f.index];
    return {
      id: f.id,
      operator: f.operator,
      class: cls.id,
      outcome,
      planned_departure_s: f.departure_s,
      takeoff_s: takeoff?.t ?? null,
      departure_delay_s: takeoff ? takeoff.t - f.departure_s : null,
      landed_s: landed?.t ?? null,
      landed_at: landed ? String(landed.details.pad) : null,
      held_s: held,
      planned_flight_s: planned,
      flight_s: flown,
      delta_s: flown === null ? null : flown - planned,
      planned_route_m: plannedRouteLength(f),
      flown_route_m: track && track.t.length > 1 ? trackLength(track) : null,
      energy_used_wh: flightStatus(engine, f.index).energy_used_wh,
    };
  });
  const flown = perFlight.filter((p) => p.flight_s !== null);
  const monitorReports = Object.fromEntries(monitors.map((m) => [m.name, m.report()]));
  const metrics = runMetrics({
    scenario,
    events,
    flights: perFlight,
    simulated_s: engine.t,
    tactical: (monitorReports.tactical as unknown as TacticalFigures | undefined) ?? null,
    plan: (monitorReports.strategic as { accepted: number; rejected: number; replanned?: number } | undefined) ?? null,
  });
  return roundFigures({
    schema_version: REPORT_SCHEMA_VERSION,
    scenario: {
      name: scenario.name,
      file: scenario.file,
      start: scenario.start_iso,
      duration_s: scenario.duration_s,
      simulated_s: engine.t,
      seed: scenario.seed,
    },
    ...(options.provenance ? { provenance: options.provenance } : {}),
    flights: outcomes,
    flights_held: flightsHeld,
    diversions_by_cause: diversions,
    events_by_kind: eventsByKind,
    flight_time: {
      mean_planned_s: meanOrZero(flown.map((p) => p.planned_flight_s)),
      mean_actual_s: meanOrZero(flown.map((p) => p.flight_s!)),
      mean_delta_s: meanOrZero(flown.map((p) => p.delta_s!)),
    },
    ...metrics,
    monitors: monitorReports,
    per_flight: perFlight,
  });
}
