// Typed simulation events and the append-only event log with a stable, byte-reproducible JSON form.

/** Every kind of event the simulation can log. Modules add their kinds here so the log stays one closed vocabulary. */
export const EVENT_KINDS = [
  // flight lifecycle (engine)
  'preflight',
  'hold-start',
  'hold-end',
  'takeoff',
  'approach',
  'landed',
  'cancelled',
  'diverted',
  'returning',
  'energy-reserve',
  'energy-depleted',
  // pad sequencing (engine, pad-sequencer)
  'queued',
  'released',
  'loiter-start',
  'loiter-end',
  // tactical detection (detect)
  'conflict-start',
  'conflict-end',
  'los-start',
  'los-end',
  'nmac',
  'zone-infringement-start',
  'zone-infringement-end',
  'clearance-start',
  'clearance-end',
  'cad-height-start',
  'cad-height-end',
  // strategic coordination (strategic)
  'intent-state',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export type EventDetail = string | number | boolean | null;

export interface SimEvent {
  /** Seconds since scenario start. */
  t: number;
  kind: EventKind;
  /** Flight ids involved, in ordinal order for pairs. */
  flights: string[];
  /** Where it happened (local metres, altitude AMSL), when it has a place. */
  x?: number;
  y?: number;
  z?: number;
  details: Record<string, EventDetail>;
}

/** An append-only list of events. Truncation is only used when a replay restores a snapshot. */
export class EventLog {
  readonly events: SimEvent[] = [];

  push(event: SimEvent): void {
    this.events.push(event);
  }

  get length(): number {
    return this.events.length;
  }

  truncate(length: number): void {
    this.events.length = length;
  }
}

/** Rounds a number for the log: fixed decimals so that the text is stable across platforms. */
export function roundForLog(value: number, decimals = 3): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * One event as a JSON line with a fixed key order and rounded numbers; the caller adds the geographic position
 * (toGeo) and the local clock time (localTime: ISO 8601 with offset, written as `time` beside `t`).
 */
export function eventToJson(
  e: SimEvent,
  toGeo?: (x: number, y: number) => { lat: number; lon: number },
  localTime?: (t: number) => string,
): string {
  const out: Record<string, unknown> = { t: roundForLog(e.t, 2) };
  if (localTime) out.time = localTime(e.t);
  out.kind = e.kind;
  out.flights = e.flights;
  if (e.x !== undefined && e.y !== undefined) {
    if (toGeo) {
      const g = toGeo(e.x, e.y);
      out.lat = roundForLog(g.lat, 6);
      out.lon = roundForLog(g.lon, 6);
    }
    out.x = roundForLog(e.x, 1);
    out.y = roundForLog(e.y, 1);
    if (e.z !== undefined) out.alt_amsl_m = roundForLog(e.z, 1);
  }
  const details: Record<string, unknown> = {};
  for (const key of Object.keys(e.details).sort()) {
    const v = e.details[key];
    details[key] = typeof v === 'number' ? roundForLog(v) : v;
  }
  out.details = details;
  return JSON.stringify(out);
}
