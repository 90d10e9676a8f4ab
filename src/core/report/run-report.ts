// The run report: flights by outcome, holds and diversions by cause, flight times against plan, energy used.
import { plannedFlightTime } from '../flight/planned-time';
import type { CompiledScenario } from '../scenario/compiled';
import type { Engine } from '../sim/engine';
import type { SimEvent } from '../sim/events';
import { flightStatus } from '../sim/flight-status';
import type { Monitor } from '../sim/monitor';
import { PHASE_NAMES } from '../sim/phases';

export interface FlightReport {
  id: string;
  operator: string;
  class: string;
  outcome: string;
  planned_departure_s: number;
  takeoff_s: number | null;
  landed_s: number | null;
  landed_at: string | null;
  held_s: number;
  planned_flight_s: number;
  flight_s: number | null;
  delta_s: number | null;
  energy_used_wh: number;
}

export interface RunReport {
  scenario: { name: string; file: string; start: string; duration_s: number; simulated_s: number; seed: number };
  /** planned, then the number of flights by final outcome (completed, diverted, …, or the phase they are still in). */
  flights: Record<string, number>;
  /** Flights that were held by the weather at least once. */
  flights_held: number;
  holds_by_cause: Record<string, number>;
  diversions_by_cause: Record<string, number>;
  events_by_kind: Record<string, number>;
  flight_time: { mean_planned_s: number; mean_actual_s: number; mean_delta_s: number };
  energy: { total_used_wh: number; mean_used_wh: number };
  monitors: Record<string, Record<string, unknown>>;
  per_flight: FlightReport[];
}

const count = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

export function buildRunReport(
  scenario: CompiledScenario,
  engine: Engine,
  events: readonly SimEvent[],
  monitors: readonly Monitor[] = [],
): RunReport {
  const byFlight = new Map<string, SimEvent[]>();
  const eventsByKind: Record<string, number> = {};
  const holds: Record<string, number> = {};
  const diversions: Record<string, number> = {};
  for (const e of events) {
    count(eventsByKind, e.kind);
    if (e.kind === 'hold-start') count(holds, String(e.details.cause));
    if (e.kind === 'diverted' || e.kind === 'returning') count(diversions, String(e.details.cause));
    for (const id of e.flights) {
      let list = byFlight.get(id);
      if (!list) byFlight.set(id, (list = []));
      list.push(e);
    }
  }
  const outcomes: Record<string, number> = { planned: scenario.flights.length };
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
    const phase = engine.frame.phase[f.index];
    const outcome = landed ? String(landed.details.outcome) : PHASE_NAMES[phase];
    count(outcomes, outcome);
    const planned = plannedFlightTime(f, cls);
    const flown = landed && takeoff ? landed.t - takeoff.t : null;
    return {
      id: f.id,
      operator: f.operator,
      class: cls.id,
      outcome,
      planned_departure_s: f.departure_s,
      takeoff_s: takeoff?.t ?? null,
      landed_s: landed?.t ?? null,
      landed_at: landed ? String(landed.details.pad) : null,
      held_s: held,
      planned_flight_s: planned,
      flight_s: flown,
      delta_s: flown === null ? null : flown - planned,
      energy_used_wh: flightStatus(engine, f.index).energy_used_wh,
    };
  });
  const flown = perFlight.filter((p) => p.flight_s !== null);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const totalEnergy = perFlight.reduce((s, p) => s + p.energy_used_wh, 0);
  return {
    scenario: {
      name: scenario.name,
      file: scenario.file,
      start: scenario.start_iso,
      duration_s: scenario.duration_s,
      simulated_s: engine.t,
      seed: scenario.seed,
    },
    flights: outcomes,
    flights_held: flightsHeld,
    holds_by_cause: holds,
    diversions_by_cause: diversions,
    events_by_kind: eventsByKind,
    flight_time: {
      mean_planned_s: mean(flown.map((p) => p.planned_flight_s)),
      mean_actual_s: mean(flown.map((p) => p.flight_s!)),
      mean_delta_s: mean(flown.map((p) => p.delta_s!)),
    },
    energy: { total_used_wh: totalEnergy, mean_used_wh: perFlight.length ? totalEnergy / perFlight.length : 0 },
    monitors: Object.fromEntries(monitors.map((m) => [m.name, m.report()])),
    per_flight: perFlight,
  };
}
