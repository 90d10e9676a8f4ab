// Zod schemas for EUROCAE ED-269 UAS geographical zones (JSON), accepting both published document wrappers.
import { z } from 'zod';

export const ED269_RESTRICTIONS = ['PROHIBITED', 'REQ_AUTHORISATION', 'CONDITIONAL', 'NO_RESTRICTION'] as const;
export const ED269_REASONS = [
  'AIR_TRAFFIC',
  'SENSITIVE',
  'PRIVACY',
  'POPULATION',
  'NATURE',
  'NOISE',
  'FOREIGN_TERRITORY',
  'EMERGENCY',
  'OTHER',
] as const;
export const ED269_DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'ANY'] as const;

export type Ed269Restriction = (typeof ED269_RESTRICTIONS)[number];
export type Ed269Reason = (typeof ED269_REASONS)[number];
export type Ed269Day = (typeof ED269_DAYS)[number];

/** Largest number of positions in one polygon ring (the same cap as F3548's OiMaxVertices). */
export const ED269_MAX_RING_VERTICES = 10_000;
/** Keys that could reach an object's prototype: refused anywhere in a document (ED-269 or scenario). */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A clock time with its offset: "17:00:00.00Z", "17:00Z", "09:30:00+08:00"; "24:00Z" ends a day. */
export const ED269_TIME_PATTERN =
  /^(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?|24:00(?::00(?:\.0{1,6})?)?)(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
const NUMERIC_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** An error message that says "is required" when the key is missing, else what was expected. */
const expecting =
  (what: string, expected: string) =>
  (iss: { input?: unknown }): string =>
    iss.input === undefined ? `${what} is required` : `${what} must be ${expected}`;

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `${what} is required (one of ${values.join(', ')})`
        : `${what} must be one of ${values.join(', ')} (found ${JSON.stringify(iss.input)})`,
  });

const yesNo = (what: string) => enumOf(['YES', 'NO'] as const, what);

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be a string` })
    .max(max, { error: `${what} must be at most ${max} characters (ED-269)` });

const dateTime = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `${what} must be an ISO 8601 date-time with Z or an offset, e.g. "2026-03-01T09:00:00Z"`,
  });

/** A limit: a number, or (in the UASZoneList wrapper seen in the wild) a numeric string such as "120". */
const limitValue = (what: string) =>
  z.union(
    [
      z.number().refine(Number.isFinite, { error: `${what} must be a finite number` }),
      z.string().regex(NUMERIC_STRING, { error: `${what} must be a number or a numeric string such as "120"` }),
    ],
    { error: `${what} must be a number or a numeric string such as "120"` },
  );

const position = z
  .array(z.number({ error: 'a position holds numbers' }), { error: 'a position must be [lng, lat]' })
  .length(2, { error: 'a position must be [lng, lat] (two numbers, longitude first)' })
  .superRefine(([lng, lat], ctx) => {
    if (!(lng >= -180 && lng <= 180))
      ctx.addIssue({ code: 'custom', message: `longitude ${lng} is outside -180..180` });
    if (!(lat >= -90 && lat <= 90)) ctx.addIssue({ code: 'custom', message: `latitude ${lat} is outside -90..90` });
  });

const ring = z
  .array(position, { error: 'a ring must be an array of [lng, lat] positions' })
  .max(ED269_MAX_RING_VERTICES, { error: `a ring may hold at most ${ED269_MAX_RING_VERTICES} positions` })
  .superRefine((pts, ctx) => {
    // Distinct points, not positions: four copies of one point (or a closed two-point ring) are no polygon.
    const distinct = new Set(pts.map(([lng, lat]) => `${lng},${lat}`)).size;
    if (distinct < 3) {
      ctx.addIssue({
        code: 'custom',
        message: `a polygon ring needs at least 3 distinct positions (found ${distinct})`,
      });
    }
  });

const circleProjection = z.strictObject({
  type: z.literal('Circle'),
  center: position,
  radius: z
    .number({ error: 'radius must be a number (in uomDimensions)' })
    .positive({ error: 'radius must be greater than 0' })
    .refine(Number.isFinite, { error: 'radius must be finite' }),
});

const polygonProjection = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z
    .array(ring, { error: 'coordinates must be an array of rings [[[lng, lat], …]]' })
    .min(1, { error: 'a polygon needs an outer ring' }),
});

const horizontalProjection = z.discriminatedUnion('type', [circleProjection, polygonProjection], {
  error: 'horizontalProjection must be { type: "Circle", center, radius } or { type: "Polygon", coordinates }',
});

const verticalReference = (what: string) => enumOf(['AGL', 'AMSL'] as const, what);

export const ed269GeometrySchema = z
  .strictObject({
    uomDimensions: enumOf(['M', 'FT'] as const, 'uomDimensions'),
    lowerLimit: limitValue('lowerLimit'),
    lowerVerticalReference: verticalReference('lowerVerticalReference'),
    upperLimit: limitValue('upperLimit'),
    upperVerticalReference: verticalReference('upperVerticalReference'),
    horizontalProjection,
  })
  .superRefine((g, ctx) => {
    if (g.lowerVerticalReference !== g.upperVerticalReference) return;
    const lower = Number(g.lowerLimit);
    const upper = Number(g.upperLimit);
    if (lower >= upper) {
      ctx.addIssue({
        code: 'custom',
        path: ['upperLimit'],
        message: `upperLimit (${g.upperLimit}) must be above lowerLimit (${g.lowerLimit})`,
      });
    }
  });

const dailyWindow = z
  .strictObject({
    day: z
      .array(enumOf(ED269_DAYS, 'day'), { error: 'day must be an array such as ["MON", "TUE"] or ["ANY"]' })
      .min(1, { error: 'day must name at least one day' }),
    startTime: z.string().regex(ED269_TIME_PATTERN, { error: 'startTime must be a time with Z, e.g. "17:00:00.00Z"' }),
    endTime: z.string().regex(ED269_TIME_PATTERN, { error: 'endTime must be a time with Z, e.g. "19:00:00.00Z"' }),
  })
  .superRefine((w, ctx) => {
    if (w.startTime === w.endTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'endTime equals startTime; a whole day is "00:00Z" to "24:00Z"',
      });
    }
  });

export const ed269ApplicabilitySchema = z
  .strictObject({
    permanent: yesNo('permanent').optional(),
    startDateTime: dateTime('startDateTime').optional(),
    endDateTime: dateTime('endDateTime').optional(),
    schedule: z.array(dailyWindow).min(1, { error: 'schedule must hold at least one window' }).optional(),
    /** The UASZoneList wrapper's name for `schedule`. */
    dailyPeriod: z.array(dailyWindow).min(1, { error: 'dailyPeriod must hold at least one window' }).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.schedule && a.dailyPeriod) {
      ctx.addIssue({ code: 'custom', path: ['dailyPeriod'], message: 'give either schedule or dailyPeriod, not both' });
    }
    if (a.startDateTime && a.endDateTime && Date.parse(a.startDateTime) >= Date.parse(a.endDateTime)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDateTime'],
        message: `endDateTime (${a.endDateTime}) must be after startDateTime (${a.startDateTime})`,
      });
    }
  });

const zoneAuthority = z.strictObject({
  name: text('name', 200).optional(),
  service: text('service', 200).optional(),
  email: text('email', 200).optional(),
  contactName: text('contactName', 200).optional(),
  siteURL: text('siteURL', 500).optional(),
  phone: text('phone', 200).optional(),
  purpose: enumOf(['AUTHORIZATION', 'NOTIFICATION', 'INFORMATION'] as const, 'purpose').optional(),
  intervalBefore: text('intervalBefore', 100).optional(),
});

/** Reports keys that could reach a prototype, anywhere inside a free-form value. */
function rejectUnsafeKeys(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      rejectUnsafeKeys(item, ctx, [...path, i]);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, key], message: `the key "${key}" is not allowed` });
      } else {
        rejectUnsafeKeys((value as Record<string, unknown>)[key], ctx, [...path, key]);
      }
    }
  }
}

const extendedProperties = z
  .unknown()
  .superRefine((v, ctx) => rejectUnsafeKeys(v, ctx))
  .pipe(z.record(z.string(), z.unknown(), { error: 'extendedProperties must be an object' }));

/** One ED-269 zone ("feature"). Unknown keys are errors; both wrappers' spellings of limits and schedules are accepted. */
export const ed269FeatureSchema = z.strictObject({
  identifier: z
    .string({ error: expecting('identifier', 'a string') })
    .min(1, { error: 'identifier must not be empty' })
    .max(7, { error: 'identifier must be at most 7 characters (ED-269)' }),
  country: z.string({ error: expecting('country', 'a string') }).regex(/^[A-Z]{3}$/, {
    error: 'country must be three capital letters (ISO 3166-1 alpha-3), e.g. "HKG"',
  }),
  name: text('name', 200).optional(),
  type: enumOf(['COMMON', 'CUSTOMIZED'] as const, 'type').optional(),
  restriction: enumOf(ED269_RESTRICTIONS, 'restriction'),
  restrictionConditions: z.array(text('a restriction condition', 10_000)).optional(),
  region: z
    .number({ error: 'region must be an integer' })
    .int({ error: 'region must be an integer' })
    .min(0)
    .max(0xffff)
    .optional(),
  reason: z.array(enumOf(ED269_REASONS, 'reason')).max(9, { error: 'at most 9 reasons (ED-269)' }).optional(),
  otherReasonInfo: text('otherReasonInfo', 200).optional(),
  regulationExemption: yesNo('regulationExemption').optional(),
  uSpaceClass: text('uSpaceClass', 100).optional(),
  message: text('message', 200).optional(),
  applicability: z.array(ed269ApplicabilitySchema).optional(),
  zoneAuthority: z.array(zoneAuthority).optional(),
  geometry: z
    .array(ed269GeometrySchema, { error: expecting('geometry', 'an array of volumes') })
    .min(1, { error: 'geometry needs at least one volume' }),
  extendedProperties: extendedProperties.optional(),
});

/** Reports identifiers used by more than one feature (at the later feature's identifier). */
function rejectDuplicateIdentifiers(features: readonly { identifier: string }[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  features.forEach((f, i) => {
    const seen = first.get(f.identifier);
    if (seen === undefined) first.set(f.identifier, i);
    else {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'identifier'],
        message: `identifier "${f.identifier}" is already used by zone ${seen}`,
      });
    }
  });
}

/** A list of zones with unique identifiers: what a scenario embeds under `geozones.features`. */
export const ed269FeatureListSchema = z.array(ed269FeatureSchema).superRefine(rejectDuplicateIdentifiers);

/**
 * A whole ED-269 document in either wrapper: `{ title, description, features }` or
 * `{ formatVersion, createdAt, UASZoneList }`. Exactly one of `features` and `UASZoneList` must be present; the other
 * keys are accepted with either wrapper (files in the wild mix them).
 */
export const ed269DocumentSchema = z
  .strictObject({
    title: text('title', 500).optional(),
    description: text('description', 5000).optional(),
    features: ed269FeatureListSchema.optional(),
    formatVersion: text('formatVersion', 50).optional(),
    createdAt: dateTime('createdAt').optional(),
    UASZoneList: ed269FeatureListSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    if (doc.features && doc.UASZoneList) {
      ctx.addIssue({
        code: 'custom',
        path: ['UASZoneList'],
        message: 'a document holds either "features" or "UASZoneList", not both',
      });
    } else if (!doc.features && !doc.UASZoneList) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'an ED-269 document needs "features" ({ title, description, features }) or "UASZoneList"',
      });
    }
  });

export type Ed269FeatureInput = z.output<typeof ed269FeatureSchema>;
export type Ed269DocumentInput = z.output<typeof ed269DocumentSchema>;
export type Ed269GeometryInput = z.output<typeof ed269GeometrySchema>;
export type Ed269ApplicabilityInput = z.output<typeof ed269ApplicabilitySchema>;
