// Zod schemas of F3548 operational intents as received from outside (another USS, a file): structure only.
import { z } from 'zod';
import { OPERATIONAL_INTENT_STATES } from './f3548-types';

const finite = (what: string) =>
  z.number({ error: `${what} must be a number` }).refine(Number.isFinite, { error: `${what} must be finite` });

const latLng = z.strictObject({
  lat: finite('lat').refine((v) => v >= -90 && v <= 90, { error: 'lat must be within -90..90' }),
  lng: finite('lng').refine((v) => v >= -180 && v <= 180, { error: 'lng must be within -180..180' }),
});

const altitude = z.strictObject({
  value: finite('altitude value'),
  reference: z.literal('W84', { error: 'altitude reference must be "W84"' }),
  units: z.literal('M', { error: 'altitude units must be "M"' }),
});

const time = z.strictObject({
  value: z.iso.datetime({
    offset: true,
    error: 'time value must be an RFC 3339 date-time, e.g. "2026-03-01T09:00:00Z"',
  }),
  format: z.literal('RFC3339', { error: 'time format must be "RFC3339"' }),
});

export const volume3DSchema = z.strictObject({
  outline_polygon: z
    .strictObject({ vertices: z.array(latLng, { error: 'vertices must be an array of {lat, lng}' }) })
    .optional(),
  outline_circle: z
    .strictObject({
      center: latLng,
      radius: z.strictObject({
        value: finite('radius').refine((v) => v > 0, { error: 'radius must be greater than 0' }),
        units: z.literal('M', { error: 'radius units must be "M"' }),
      }),
    })
    .optional(),
  altitude_lower: altitude.optional(),
  altitude_upper: altitude.optional(),
});

export const volume4DSchema = z.strictObject({
  volume: volume3DSchema,
  time_start: time.optional(),
  time_end: time.optional(),
});

export const operationalIntentSchema = z.strictObject({
  reference: z.strictObject({
    id: z.string().min(1, { error: 'id must not be empty' }),
    manager: z.string(),
    uss_availability: z.enum(['Unknown', 'Normal', 'Down']),
    version: z.number().int(),
    state: z.enum(OPERATIONAL_INTENT_STATES, {
      error: `state must be one of ${OPERATIONAL_INTENT_STATES.join(', ')}`,
    }),
    /** Optional: a USS never sends its ovn to other USSs. */
    ovn: z.string().optional(),
    time_start: time,
    time_end: time,
    uss_base_url: z.string(),
    subscription_id: z.string(),
  }),
  details: z.strictObject({
    volumes: z.array(volume4DSchema).optional(),
    off_nominal_volumes: z.array(volume4DSchema).optional(),
    priority: z
      .number({ error: 'priority must be an integer' })
      .int({ error: 'priority must be an integer' })
      .default(0),
  }),
});
