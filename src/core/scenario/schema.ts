// The scenario file format as a zod schema: the single source of validation, types and the generated JSON Schema.
import { z } from 'zod';
import { AIRCRAFT_KINDS, HKO_SIGNALS } from '../aircraft/aircraft-class';
import { ed269FeatureListSchema } from '../airspace/ed269-schema';
import { BUNDLED_ZONE_SETS } from '../airspace/zone-sets';

/**
 * A physical quantity within a sane range (the range is part of its description in the JSON Schema). The bounds are
 * wide enough for every real drone and eVTOL and keep the engine's arithmetic finite (no 1e-300 climb rates).
 */
const within = (description: string, min: number, max: number, unit: string) =>
  z
    .number()
    .min(min)
    .max(max)
    .describe(`${description} (${min} to ${max}${unit ? ` ${unit}` : ''})`);
const identifier = (description: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'letters, digits and _ . : - only, starting with a letter or digit')
    .describe(description);

/** An instant: an ISO 8601 date-time with offset, or seconds after the scenario start. */
export const timeSchema = z
  .union([z.iso.datetime({ offset: true }), z.number().nonnegative()])
  .describe('ISO 8601 date-time with offset (e.g. 2026-03-02T07:40:00+08:00), or seconds after meta.start');

export const altitudeReferenceSchema = z.enum(['AGL', 'AMSL']).describe('altitude reference: AGL or AMSL');

const metaSchema = z
  .strictObject({
    name: z.string().min(1).max(200).describe('scenario name'),
    description: z
      .string()
      .max(20_000)
      .default('')
      .describe('what the scenario shows; say which figures are real and which illustrative'),
    start: z.iso
      .datetime({ offset: true })
      .describe('start time, ISO 8601 with offset, e.g. 2026-03-02T07:30:00+08:00'),
    duration_s: z.number().positive().max(172_800).describe('simulated duration in seconds (≤ 48 h)'),
    time_step_s: z.number().min(0.05).max(5).default(0.5).describe('engine time step in seconds'),
    detect_interval_s: z.number().min(0.1).max(60).default(1).describe('tactical detection interval in seconds'),
    snapshot_interval_s: z.number().min(1).max(3600).default(30).describe('seconds between replay snapshots'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1)
      .describe('random seed (gusts)'),
    hold_window_s: within('how long a weather hold may last before the flight is cancelled', 0, 172_800, 's').default(
      3600,
    ),
  })
  .describe('scenario settings');

const classFields = {
  name: z.string().min(1).max(200).describe('display name'),
  kind: z.enum(AIRCRAFT_KINDS).describe('airframe kind (drawing and defaults)'),
  cruise_speed_mps: within('cruise airspeed', 0.5, 150, 'm/s'),
  max_speed_mps: within('maximum airspeed', 0.5, 150, 'm/s'),
  climb_rate_mps: within('maximum climb rate', 0.1, 50, 'm/s'),
  descent_rate_mps: within('maximum descent rate', 0.1, 50, 'm/s'),
  accel_mps2: within('longitudinal acceleration', 0.05, 50, 'm/s²'),
  turn_rate_dps: within('maximum turn rate', 1, 1000, 'degrees per second'),
  max_wind_mps: within('highest mean wind for operation', 0.5, 100, 'm/s'),
  max_gust_mps: within('highest gust (mean + gust)', 0.5, 150, 'm/s'),
  max_rain_mmph: within('highest rain rate', 0, 1000, 'mm/h'),
  min_visibility_m: within('lowest visibility', 0, 100_000, 'm'),
  grounding_signals: z.array(z.enum(HKO_SIGNALS)).describe('HKO signals under which the class may not fly'),
  mass_kg: within('take-off mass', 0.01, 10_000, 'kg'),
  energy_wh: within('usable battery energy', 0.1, 1_000_000, 'Wh'),
  hover_power_w: within('power in the hover / vertical mode', 0.1, 10_000_000, 'W'),
  cruise_power_w: within('power at cruise airspeed', 0.1, 10_000_000, 'W'),
  reserve_fraction: z.number().min(0).max(0.9).describe('energy fraction to keep at landing'),
  cad_category: z.enum(['A1', 'A2', 'B', 'C', 'special']).describe('CAD category (A1 ≤ 250 g, A2 ≤ 7 kg, C 25–150 kg)'),
  separation_class: identifier('key into the separation table'),
  min_clearance_m: within('minimum height above ground or roofs outside take-off and landing', 0, 1000, 'm'),
  preflight_s: within('duration of the pre-flight check', 0, 86_400, 's'),
  size_m: within('span for drawing', 0.01, 100, 'm'),
  note: z.string().max(2000).describe('where the figures come from'),
};

/** A new aircraft class, or an override of some fields of a built-in one (`base`). */
export const aircraftClassSchema = z
  .strictObject({
    id: identifier('class id used by flights'),
    base: identifier('built-in or earlier class to start from').optional(),
    ...Object.fromEntries(Object.entries(classFields).map(([k, v]) => [k, v.optional()])),
  })
  .describe('an aircraft class: every field is required unless `base` names a class to copy') as z.ZodType<
  { id: string; base?: string } & Partial<{ [K in keyof typeof classFields]: z.infer<(typeof classFields)[K]> }>
>;

export const waypointSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).describe('latitude, degrees WGS84'),
    lon: z.number().min(-180).max(180).describe('longitude, degrees WGS84'),
    alt_m: within('altitude in metres, relative to `ref`', -500, 20_000, 'm'),
    ref: altitudeReferenceSchema,
    speed_mps: within(
      'commanded airspeed on the leg to this point (default: class cruise)',
      0.1,
      150,
      'm/s',
    ).optional(),
  })
  .describe('a route point');

export const flightSchema = z
  .strictObject({
    id: identifier('unique flight id'),
    operator: z.string().min(1).max(200).describe('operator name'),
    class: identifier('aircraft class id'),
    priority: z.number().int().min(0).max(100).default(0).describe('ASTM F3548 priority (higher wins)'),
    departure: timeSchema,
    origin: identifier('origin pad id'),
    destination: identifier('destination pad id'),
    route: z.array(waypointSchema).min(1).max(10_000).describe('en-route points from origin to destination'),
    mission: z.enum(['delivery', 'passenger', 'inspection', 'training']).describe('mission type'),
    advanced: z.boolean().default(false).describe('Advanced operation with CAD permission (lifts the A1/A2 limits)'),
    authorisations: z.array(identifier('geozone identifier')).default([]).describe('geozones the flight may enter'),
    hold_window_s: within('override of meta.hold_window_s for this flight', 0, 172_800, 's').optional(),
  })
  .describe('a planned flight');

const windLayerSchema = z.strictObject({
  alt_amsl_m: z.number().min(0).max(3000).describe('layer altitude, m AMSL'),
  from_deg: z.number().min(0).max(360).describe('direction the wind blows from, degrees true'),
  speed_mps: within('mean wind speed', 0, 150, 'm/s'),
});

const windEntrySchema = z.strictObject({
  at: timeSchema,
  layers: z.array(windLayerSchema).min(1).max(50).describe('wind by altitude, sorted by altitude'),
});

const seriesEntry = <K extends string>(key: K, value: z.ZodNumber) =>
  z.strictObject({ at: timeSchema, [key]: value } as { at: typeof timeSchema } & Record<K, z.ZodNumber>);

const signalSchema = z.strictObject({
  signal: z.enum(HKO_SIGNALS).describe('HKO signal: T1 T3 T8 T9 T10, AMBER RED BLACK rainstorm, MONSOON'),
  from: timeSchema,
  to: timeSchema.optional().describe('when it is cancelled (default: still in force at the end)'),
});

export const weatherSchema = z
  .strictObject({
    wind: z.array(windEntrySchema).max(10_000).default([]).describe('wind by altitude, piecewise linear in time'),
    gusts: z
      .array(seriesEntry('intensity_mps', z.number().min(0).max(150)))
      .max(10_000)
      .default([])
      .describe('gust intensity over time, m/s (seeded random gusts up to this value)'),
    rain: z
      .array(seriesEntry('rate_mmph', z.number().min(0).max(1000)))
      .max(10_000)
      .default([])
      .describe('rain rate over time, mm/h'),
    visibility: z
      .array(seriesEntry('visibility_m', z.number().min(0).max(1_000_000)))
      .max(10_000)
      .default([])
      .describe('visibility over time, m'),
    signals: z.array(signalSchema).max(1000).default([]).describe('HKO signals in force'),
  })
  .describe('weather over the scenario');

export const separationMinimaSchema = z.strictObject({
  radius_m: within('protected radius', 0.1, 100_000, 'm'),
  half_height_m: within('protected half-height', 0.1, 10_000, 'm'),
  lookahead_s: within('look-ahead time', 0.1, 3600, 's'),
  nmac_radius_m: within('near mid-air collision horizontal distance', 0.01, 10_000, 'm'),
  nmac_half_height_m: within('near mid-air collision vertical distance', 0.01, 10_000, 'm'),
});

const intervalSchema = z.number().nonnegative().max(3600);

/** Sequencing rules of an existing pad, by id (a later format version may declare new pads here with a position). */
export const padEntrySchema = z
  .strictObject({
    id: identifier('id of a pad of the world'),
    capacity: z.number().int().min(1).max(1000).optional().describe('take-offs and landings under way at once'),
    min_interval_s: intervalSchema.optional().describe('seconds between movements (default 30)'),
    min_interval_by_kind_s: z
      .partialRecord(z.enum(AIRCRAFT_KINDS), intervalSchema)
      .optional()
      .describe(
        'seconds between movements by the class kind about to move (multirotor, fixed-wing-vtol, evtol, racing)',
      ),
  })
  .describe("overrides of a pad's sequencing rules");

export const scenarioSchema = z
  .strictObject({
    skylane: z.literal(1).describe('format version, 1'),
    meta: metaSchema,
    aircraft_classes: z.array(aircraftClassSchema).max(100).default([]).describe('classes added to the built-ins'),
    flights: z.array(flightSchema).max(200_000).describe('the flights'),
    weather: weatherSchema.default({ wind: [], gusts: [], rain: [], visibility: [], signals: [] }),
    pads: z.array(padEntrySchema).max(1000).default([]).describe('pad sequencing overrides, by pad id'),
    separation: z
      .record(identifier('separation class'), separationMinimaSchema)
      .default({})
      .describe('minima per separation class (override the defaults: drone, evtol, racing)'),
    rules: z
      .strictObject({
        cad_height_limit_m: z
          .record(z.enum(['A1', 'A2', 'B', 'C', 'special']), z.number().positive().max(10_000))
          .describe('height limit above ground by CAD category, m'),
      })
      .optional()
      .describe('operating rules (default: A1 30 m, A2 91 m)'),
    geozones: z
      .strictObject({
        sets: z
          .array(z.enum(Object.keys(BUNDLED_ZONE_SETS) as [string, ...string[]]))
          .default([])
          .describe('bundled ED-269 zone sets to include (hk-illustrative: illustrative, not the official eSUA map)'),
        features: ed269FeatureListSchema.default([]).describe('ED-269 zones (features) written in the scenario'),
      })
      .optional()
      .describe('UAS geographical zones (EUROCAE ED-269)'),
    strategic: z
      .strictObject({
        equal_priority_conflicts: z
          .enum(['permitted', 'not-permitted'])
          .default('not-permitted')
          .describe('whether equal-priority operational intents may conflict'),
        on_rejection: z
          .enum(['replan', 'ground', 'fly'])
          .default('replan')
          .describe(
            'what the UTM does with a rejected flight: replan (re-submit at its earliest accepted delay within its hold window, or its suggested altitude; grounded when none), ground, or fly (non-compliance, flagged in the report)',
          ),
      })
      .optional()
      .describe('strategic coordination settings'),
    external_intents: z
      .union([
        z.string().min(1).max(1000),
        // Validated as F3548 OperationalIntent documents by the loader (parseExternalIntents), with their paths.
        z.array(z.unknown()).max(100_000),
      ])
      .optional()
      .describe(
        'ASTM F3548 operational intents held by other USSs ({reference, details}), planned around with the same priority rules: a JSON file path relative to this scenario, or the array itself',
      ),
  })
  .describe('a Skylane scenario');

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type FlightInput = z.output<typeof flightSchema>;
export type WaypointInput = z.output<typeof waypointSchema>;
export type WeatherInput = z.output<typeof weatherSchema>;
export type TimeValue = z.output<typeof timeSchema>;
