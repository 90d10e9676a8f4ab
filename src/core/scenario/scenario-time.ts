// Scenario time: ISO 8601 instants or seconds after the start, converted to seconds since the start.
import type { TimeValue } from './schema';

/** Epoch milliseconds of an ISO 8601 date-time with offset. */
export function isoToEpochMs(iso: string): number {
  return Date.parse(iso);
}

/** Minutes east of UTC of an ISO 8601 offset ("Z" → 0, "+08:00" → 480). */
export function isoUtcOffsetMinutes(iso: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Seconds since the scenario start for a time value. */
export function toScenarioSeconds(value: TimeValue, startEpochMs: number): number {
  return typeof value === 'number' ? value : (isoToEpochMs(value) - startEpochMs) / 1000;
}

/** The wall-clock time of scenario second t in the start's offset, e.g. "07:42:05". */
export function formatClock(t: number, startEpochMs: number, utcOffsetMin: number): string {
  const ms = startEpochMs + t * 1000 + utcOffsetMin * 60_000;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** "+08:00" for 480 minutes east of UTC. */
export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** ISO 8601 local time with offset, to a tenth of a second: "2026-06-01T09:00:12.3+08:00". */
export function formatLocalIso(t: number, startEpochMs: number, utcOffsetMin: number): string {
  const tenths = Math.round((startEpochMs + t * 1000 + utcOffsetMin * 60_000) / 100);
  const iso = new Date(tenths * 100).toISOString(); // "YYYY-MM-DDTHH:MM:SS.mmmZ" of the shifted instant
  return `${iso.slice(0, 21)}${offsetLabel(utcOffsetMin)}`;
}
