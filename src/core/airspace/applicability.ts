// When a zone applies: ED-269 applicability (permanent, start/end windows, weekly schedules in UTC) in scenario seconds.
import type { Ed269Applicability } from './ed269-normalise';
import type { Ed269Day } from './ed269-schema';

const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;
const DAY_INDEX: Record<Exclude<Ed269Day, 'ANY'>, number> = { MON: 0, TUE: 1, WED: 2, THU: 3, FRI: 4, SAT: 5, SUN: 6 };

/** One weekly window: seconds since Monday 00:00 UTC (start may be negative or end beyond a week: it wraps). */
export interface WeeklyWindow {
  start_s: number;
  end_s: number;
}

/** One applicability period in scenario seconds; `weekly` null means "all the time within start..end". */
export interface ApplicabilityPeriod {
  start_s: number; // -Infinity when open
  end_s: number; // +Infinity when open
  weekly: WeeklyWindow[] | null;
}

export interface ZoneApplicability {
  /** Permanent zones (ED-269 `permanent: YES`, or no applicability given) apply at every instant. */
  always: boolean;
  periods: ApplicabilityPeriod[];
  /** Epoch milliseconds of scenario time 0, to place weekly windows (which are in UTC). */
  epoch0_ms: number;
}

/** Seconds after midnight UTC of a clock time such as "17:00:00.00Z" or "01:00+08:00" (may fall outside 0..86400). */
export function clockTimeToUtcSeconds(time: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|([+-])(\d{2}):?(\d{2}))$/.exec(time);
  if (!m) throw new Error(`not an ED-269 time: ${time}`);
  const local = Number(m[1]) * 3600 + Number(m[2]) * 60 + (m[3] ? Number(m[3]) : 0);
  if (m[4] === 'Z') return local;
  const offset = (Number(m[6]) * 3600 + Number(m[7]) * 60) * (m[5] === '-' ? -1 : 1);
  return local - offset;
}

/** Seconds since Monday 00:00 UTC of the week containing the epoch instant. */
function weekSecond(epochMs: number): number {
  // 1970-01-01 was a Thursday (Monday-based index 3).
  const s = epochMs / 1000 + 3 * DAY_S;
  return ((s % WEEK_S) + WEEK_S) % WEEK_S;
}

function compileSchedule(schedule: NonNullable<Ed269Applicability['schedule']>): WeeklyWindow[] {
  const windows: WeeklyWindow[] = [];
  for (const w of schedule) {
    const start = clockTimeToUtcSeconds(w.startTime);
    let end = clockTimeToUtcSeconds(w.endTime);
    if (end <= start) end += DAY_S; // overnight window: ends the next day
    const days = w.day.includes('ANY')
      ? [0, 1, 2, 3, 4, 5, 6]
      : w.day.map((d) => DAY_INDEX[d as keyof typeof DAY_INDEX]);
    for (const d of [...new Set(days)].sort()) windows.push({ start_s: d * DAY_S + start, end_s: d * DAY_S + end });
  }
  return windows;
}

/** Compiles ED-269 applicability entries; no entries means permanent. */
export function compileApplicability(
  entries: readonly Ed269Applicability[] | undefined,
  epoch0Ms: number,
): ZoneApplicability {
  if (!entries || entries.length === 0) return { always: true, periods: [], epoch0_ms: epoch0Ms };
  const periods: ApplicabilityPeriod[] = [];
  let always = false;
  for (const a of entries) {
    const start = a.startDateTime ? (Date.parse(a.startDateTime) - epoch0Ms) / 1000 : -Infinity;
    const end = a.endDateTime ? (Date.parse(a.endDateTime) - epoch0Ms) / 1000 : Infinity;
    const weekly = a.schedule ? compileSchedule(a.schedule) : null;
    if (a.permanent === 'YES' || (start === -Infinity && end === Infinity && weekly === null)) always = true;
    periods.push({ start_s: start, end_s: end, weekly });
  }
  return { always, periods, epoch0_ms: epoch0Ms };
}

function inWeekly(windows: readonly WeeklyWindow[], ws: number): boolean {
  for (const w of windows) {
    // A window may extend before Monday 00:00 or past Sunday 24:00: test the instant and its neighbours a week apart.
    if ((ws >= w.start_s && ws < w.end_s) || (ws + WEEK_S >= w.start_s && ws + WEEK_S < w.end_s)) return true;
    if (ws - WEEK_S >= w.start_s && ws - WEEK_S < w.end_s) return true;
  }
  return false;
}

/** True when the zone applies at scenario time t (seconds). Windows are half-open: [start, end). */
export function isApplicableAt(app: ZoneApplicability, t: number): boolean {
  if (app.always) return true;
  for (const p of app.periods) {
    if (t < p.start_s || t >= p.end_s) continue;
    if (p.weekly === null || inWeekly(p.weekly, weekSecond(app.epoch0_ms + t * 1000))) return true;
  }
  return false;
}

/** Appends the part of the half-open [s, e) that meets the closed [t0, t1], if any. */
function pushClipped(out: [number, number][], s: number, e: number, t0: number, t1: number): void {
  if (s < e && s <= t1 && e > t0) out.push([Math.max(s, t0), Math.min(e, t1)]);
}

/**
 * The parts of [t0, t1] (scenario seconds) during which the zone applies, sorted and merged. Each part is reported
 * closed, [from, to]; a part reduced to one instant means the zone starts applying exactly at t1.
 */
export function applicableIntervals(app: ZoneApplicability, t0: number, t1: number): [number, number][] {
  if (t1 < t0) return [];
  if (app.always) return [[t0, t1]];
  const raw: [number, number][] = [];
  for (const p of app.periods) {
    if (p.weekly === null) {
      pushClipped(raw, p.start_s, p.end_s, t0, t1);
      continue;
    }
    const from = Math.max(t0, p.start_s);
    const to = Math.min(t1, p.end_s);
    if (from > to) continue;
    // Scenario time of the Monday 00:00 UTC at or before `from`; windows may reach a week either side.
    const monday = from - weekSecond(app.epoch0_ms + from * 1000);
    for (let w = monday - WEEK_S; w <= to + WEEK_S; w += WEEK_S) {
      for (const win of p.weekly) {
        pushClipped(raw, Math.max(w + win.start_s, p.start_s), Math.min(w + win.end_s, p.end_s), t0, t1);
      }
    }
  }
  raw.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const iv of raw) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return merged;
}

/** True when the zone applies at some instant of [t0, t1]. */
export function isApplicableDuring(app: ZoneApplicability, t0: number, t1: number): boolean {
  if (app.always) return true;
  return applicableIntervals(app, t0, t1).length > 0;
}
