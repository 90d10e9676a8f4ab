// F3548 intent validation (InterUSS FlightIntentValidation): structure, then volumes, vertex and time limits, state rules.
import { issuesFromZod, type PathIssue } from '../airspace/ed269-parse';
import { operationalIntentSchema } from './f3548-schema';
import { F3548, type OperationalIntent, type OperationalIntentState, type Volume4D } from './f3548-types';

export interface IntentValidationOptions {
  /** The planning instant (epoch ms): intents must end after it and start within OiMaxPlanHorizonDays of it. */
  now_epoch_ms?: number;
}

export type IntentValidationResult = { ok: true; intent: OperationalIntent } | { ok: false; issues: PathIssue[] };

const DAY_MS = 86_400_000;
/** "an Accepted intent", "a Contingent intent". */
const anIntent = (state: string) => `${/^[AEIOU]/.test(state) ? 'an' : 'a'} ${state} intent`;
/** States whose intents must carry volumes (a Nonconforming one may come with none: its off-nominal volumes say where it is). */
const NEEDS_VOLUMES: readonly OperationalIntentState[] = ['Accepted', 'Activated'];
/** States whose intents carry no nominal volumes. */
const NO_VOLUMES: readonly OperationalIntentState[] = ['Contingent'];
/** States whose intents must carry off-nominal volumes; the others may not. */
const NEEDS_OFF_NOMINAL: readonly OperationalIntentState[] = ['Nonconforming', 'Contingent'];

/** Checks one volume's content; returns its vertex count (a circle counts as one vertex). */
function checkVolume(v: Volume4D, path: (string | number)[], issues: PathIssue[]): number {
  const { outline_polygon: polygon, outline_circle: circle } = v.volume;
  let vertices = circle ? 1 : 0;
  if (polygon && circle) {
    issues.push({
      path: [...path, 'volume'],
      message: 'give exactly one of outline_polygon and outline_circle, not both',
    });
  } else if (!polygon && !circle) {
    issues.push({ path: [...path, 'volume'], message: 'a volume needs an outline_polygon or an outline_circle' });
  }
  if (polygon) {
    const vs = polygon.vertices;
    vertices += vs.length;
    const at = [...path, 'volume', 'outline_polygon', 'vertices'];
    if (vs.length < 3) issues.push({ path: at, message: `a polygon needs at least 3 vertices (found ${vs.length})` });
    else if (vs[0].lat === vs[vs.length - 1].lat && vs[0].lng === vs[vs.length - 1].lng) {
      issues.push({ path: at, message: 'the last vertex repeats the first; F3548 polygons are not closed explicitly' });
    }
  }
  const lower = v.volume.altitude_lower;
  const upper = v.volume.altitude_upper;
  if (!lower) issues.push({ path: [...path, 'volume', 'altitude_lower'], message: 'altitude_lower is required' });
  if (!upper) issues.push({ path: [...path, 'volume', 'altitude_upper'], message: 'altitude_upper is required' });
  if (lower && upper && lower.value > upper.value) {
    issues.push({
      path: [...path, 'volume', 'altitude_upper'],
      message: `altitude_upper (${upper.value} m) is below altitude_lower (${lower.value} m)`,
    });
  }
  if (!v.time_start) issues.push({ path: [...path, 'time_start'], message: 'time_start is required' });
  if (!v.time_end) issues.push({ path: [...path, 'time_end'], message: 'time_end is required' });
  if (v.time_start && v.time_end && Date.parse(v.time_end.value) <= Date.parse(v.time_start.value)) {
    issues.push({
      path: [...path, 'time_end'],
      message: `time_end (${v.time_end.value}) must be after time_start (${v.time_start.value})`,
    });
  }
  return vertices;
}

function checkHorizon(volumes: readonly Volume4D[], now: number, issues: PathIssue[]): void {
  const starts = volumes.flatMap((v) => (v.time_start ? [Date.parse(v.time_start.value)] : []));
  const ends = volumes.flatMap((v) => (v.time_end ? [Date.parse(v.time_end.value)] : []));
  if (ends.length > 0 && Math.max(...ends) < now) {
    issues.push({ path: ['details', 'volumes'], message: 'the intent ends in the past' });
  }
  if (starts.length > 0 && Math.min(...starts) > now + F3548.OiMaxPlanHorizonDays * DAY_MS) {
    issues.push({
      path: ['details', 'volumes'],
      message: `the intent starts more than ${F3548.OiMaxPlanHorizonDays} days ahead (OiMaxPlanHorizonDays)`,
    });
  }
}

/**
 * Validates an operational intent received from outside. Rejections carry reasons with paths, as the InterUSS
 * FlightIntentValidation scenario expects: missing volumes, polygons under 3 vertices or closed explicitly, more
 * than OiMaxVertices vertices, time_end not after time_start, inverted altitudes, state/volume rule violations.
 */
export function validateOperationalIntent(
  value: unknown,
  options: IntentValidationOptions = {},
): IntentValidationResult {
  const parsed = operationalIntentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const data = parsed.data;
  const issues: PathIssue[] = [];
  const state = data.reference.state;
  const volumes = data.details.volumes ?? [];
  const offNominal = data.details.off_nominal_volumes ?? [];
  if (NEEDS_VOLUMES.includes(state) && volumes.length === 0) {
    issues.push({ path: ['details', 'volumes'], message: `${anIntent(state)} needs at least one volume` });
  }
  if (NO_VOLUMES.includes(state) && volumes.length > 0) {
    issues.push({ path: ['details', 'volumes'], message: `${anIntent(state)} carries no volumes` });
  }
  if (NEEDS_OFF_NOMINAL.includes(state) && offNominal.length === 0) {
    issues.push({ path: ['details', 'off_nominal_volumes'], message: `${anIntent(state)} needs off_nominal_volumes` });
  }
  if (!NEEDS_OFF_NOMINAL.includes(state) && offNominal.length > 0) {
    issues.push({
      path: ['details', 'off_nominal_volumes'],
      message: `${anIntent(state)} carries no off_nominal_volumes`,
    });
  }
  let vertices = 0;
  volumes.forEach((v, i) => {
    vertices += checkVolume(v, ['details', 'volumes', i], issues);
  });
  offNominal.forEach((v, i) => {
    vertices += checkVolume(v, ['details', 'off_nominal_volumes', i], issues);
  });
  if (vertices > F3548.OiMaxVertices) {
    issues.push({
      path: ['details'],
      message: `the intent has ${vertices} vertices, more than OiMaxVertices (${F3548.OiMaxVertices})`,
    });
  }
  if (options.now_epoch_ms !== undefined) checkHorizon([...volumes, ...offNominal], options.now_epoch_ms, issues);
  if (issues.length > 0) return { ok: false, issues };
  const intent: OperationalIntent = {
    reference: data.reference,
    details: { volumes, off_nominal_volumes: offNominal, priority: data.details.priority },
  };
  return { ok: true, intent };
}

export type ExternalIntentsResult = { ok: true; intents: OperationalIntent[] } | { ok: false; issues: PathIssue[] };

/**
 * Validates a list of operational intents held by other USSs (a `--intents` file or a scenario's external_intents):
 * every issue of every entry, with paths from the list's root (`[2].details.volumes[0].time_start`). Nothing invalid
 * is ever dropped silently: one bad entry fails the whole list.
 */
export function parseExternalIntents(value: unknown, options: IntentValidationOptions = {}): ExternalIntentsResult {
  if (!Array.isArray(value)) {
    return { ok: false, issues: [{ path: [], message: 'expected a JSON array of F3548 OperationalIntent objects' }] };
  }
  const intents: OperationalIntent[] = [];
  const issues: PathIssue[] = [];
  value.forEach((entry, index) => {
    const r = validateOperationalIntent(entry, options);
    if (r.ok) intents.push(r.intent);
    else for (const issue of r.issues) issues.push({ path: [index, ...issue.path], message: issue.message });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, intents };
}
