// The zod schema of report.json (schema_version 1): the source of docs/report.schema.json, checked against RunReport.
import { z } from 'zod';
import { EVENT_KINDS } from '../sim/events';
import { snakeCase } from './metrics';
import { OUTCOMES, type RunReport } from './run-report';

const finite = z.number().refine(Number.isFinite, 'a finite number');
const count = z.number().int().min(0);
const seconds = finite.describe('seconds');
const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const counts = z.record(z.string().regex(/^[a-z0-9_]+$/), count);

const flightReport = z.strictObject({
  id: z.string(),
  operator: z.string(),
  class: z.string(),
  outcome: z.enum(OUTCOMES),
  planned_departure_s: seconds,
  takeoff_s: nullable(seconds),
  departure_delay_s: nullable(seconds),
  landed_s: nullable(seconds),
  landed_at: nullable(z.string()),
  held_s: seconds,
  planned_flight_s: seconds,
  flight_s: nullable(seconds),
  delta_s: nullable(seconds),
  planned_route_m: finite.describe('metres'),
  flown_route_m: nullable(finite.describe('metres')),
  energy_used_wh: finite.describe('watt-hours'),
});

const ratio = nullable(finite.min(0));

/** Pad sequencing figures: departures queued and arrivals loitering, with their seconds. */
const padWaits = z.strictObject({
  queued: count,
  queue_wait_s: seconds,
  queue_wait_max_s: seconds,
  loiters: count,
  loiter_s: seconds,
});

export const runReportSchema = z
  .strictObject({
    schema_version: z.literal(1),
    scenario: z.strictObject({
      name: z.string(),
      file: z.string(),
      start: z.string().describe('ISO 8601 date-time with offset'),
      duration_s: seconds,
      simulated_s: seconds,
      seed: count,
    }),
    provenance: z
      .strictObject({
        scenario_sha256: z.string().regex(/^[0-9a-f]{64}$/),
        skylane_version: z.string(),
      })
      .optional()
      .describe('what produced the run: the scenario file hash and the Skylane version (written by the CLI)'),
    flights: z.strictObject(
      Object.fromEntries(['planned', ...OUTCOMES].map((k) => [k, count])) as Record<
        'planned' | (typeof OUTCOMES)[number],
        typeof count
      >,
    ),
    flights_held: count,
    diversions_by_cause: counts,
    events_by_kind: z.strictObject(
      Object.fromEntries(EVENT_KINDS.map((k) => [snakeCase(k), count])) as Record<string, typeof count>,
    ),
    flight_time: z.strictObject({ mean_planned_s: seconds, mean_actual_s: seconds, mean_delta_s: seconds }),
    safety: z.strictObject({
      conflicts: count,
      losses_of_separation: count,
      nmacs: count,
      intrusion_severity_mean: ratio,
      intrusion_severity_max: ratio,
      intrusion_prevention_rate: ratio,
      min_separation_horizontal_m: nullable(finite),
      min_separation_3d_m: nullable(finite),
      time_in_los_s: seconds,
      time_in_conflict_s: seconds,
      geofence_infringements: count,
    }),
    efficiency: z.strictObject({
      departure_delay_mean_s: seconds,
      departure_delay_max_s: seconds,
      holds_by_cause: z.record(z.string(), z.strictObject({ holds: count, held_s: seconds })),
      route_efficiency_mean: ratio,
      duration_efficiency_mean: ratio,
      pad_waits: padWaits.extend({
        queue_wait_mean_s: seconds,
        by_pad: z.record(z.string(), padWaits),
      }),
    }),
    capacity: z.strictObject({
      throughput_per_hour: finite.min(0),
      peak_airborne: count,
      average_demand_delay_s: seconds,
    }),
    energy: z.strictObject({ total_used_wh: finite, mean_used_wh: finite, max_used_wh: finite }),
    strategic: z.strictObject({
      accepted: count,
      rejected: count,
      replanned: nullable(count),
      conformance_transitions: counts,
    }),
    monitors: z.record(z.string(), z.record(z.string(), z.unknown())).describe("each monitor's own figures"),
    per_flight: z.array(flightReport),
  })
  .describe('Skylane report.json: a run of one scenario, with Metropolis 2 metrics');

export type RunReportJson = z.infer<typeof runReportSchema>;

/** The JSON Schema of report.json (draft 2020-12), as written to docs/report.schema.json. */
export function reportJsonSchema(): object {
  return z.toJSONSchema(runReportSchema, { target: 'draft-2020-12', io: 'output' });
}

type Assert<T extends true> = T;
/** The schema and the TypeScript type say the same thing (a compile error here: one of them changed alone). */
export type ReportTypeAgrees = Assert<
  [RunReport] extends [RunReportJson] ? ([RunReportJson] extends [RunReport] ? true : false) : false
>;
