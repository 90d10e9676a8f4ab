// Episodes (conflicts, losses of separation, infringements…) paired from -start/-end events, indexed by time.
import type { SimEvent } from '../../core/sim/events';

export interface Episode {
  /** The kind without its -start/-end suffix, e.g. "conflict", "los", "zone-infringement". */
  kind: string;
  flights: string[];
  start: number;
  /** End time; the scenario end when the log never closed it. Instant events (nmac) last `instantSpan_s`. */
  end: number;
  x?: number;
  y?: number;
  z?: number;
  /** The zone (or other subject) of single-flight episodes, when the event names one. */
  subject?: string;
}

/** How long an instant event (e.g. a near mid-air collision) stays drawn, seconds. */
export const INSTANT_EPISODE_S = 10;
const INSTANT_KINDS = new Set(['nmac']);
const SUBJECT_KEYS = ['zone', 'zone_id', 'building', 'subject'];

function subjectOf(e: SimEvent): string | undefined {
  for (const key of SUBJECT_KEYS) {
    const v = e.details[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/** Pairs every "<kind>-start" with the next "<kind>-end" of the same flights (and zone); nmac events are instants. */
export function buildEpisodes(events: readonly SimEvent[], endOfScenario: number): Episode[] {
  const open = new Map<string, Episode[]>();
  const out: Episode[] = [];
  for (const e of events) {
    if (INSTANT_KINDS.has(e.kind)) {
      out.push({ kind: e.kind, flights: e.flights, start: e.t, end: e.t + INSTANT_EPISODE_S, x: e.x, y: e.y, z: e.z });
      continue;
    }
    const m = /^(.*)-(start|end)$/.exec(e.kind);
    if (!m) continue;
    const subject = subjectOf(e);
    const key = `${m[1]}|${e.flights.join('\u0000')}|${subject ?? ''}`;
    if (m[2] === 'start') {
      const ep: Episode = {
        kind: m[1],
        flights: e.flights,
        start: e.t,
        end: endOfScenario,
        x: e.x,
        y: e.y,
        z: e.z,
        subject,
      };
      out.push(ep);
      const list = open.get(key);
      if (list) list.push(ep);
      else open.set(key, [ep]);
    } else {
      const ep = open.get(key)?.shift();
      if (ep) ep.end = e.t;
    }
  }
  return out;
}

/** Finds the episodes active at a time (start ≤ t < end) by scanning one time bucket. */
export class EpisodeIndex {
  private readonly buckets: Episode[][];

  constructor(
    readonly episodes: readonly Episode[],
    private readonly bucket_s = 60,
  ) {
    const last = episodes.reduce((m, e) => Math.max(m, e.end), 0);
    this.buckets = Array.from({ length: Math.floor(last / bucket_s) + 1 }, () => []);
    for (const e of episodes) {
      const b1 = Math.min(this.buckets.length - 1, Math.floor(Math.max(e.start, e.end - 1e-9) / bucket_s));
      for (let b = Math.max(0, Math.floor(e.start / bucket_s)); b <= b1; b++) this.buckets[b].push(e);
    }
  }

  /** Calls visit for each episode active at t. */
  forEachActive(t: number, visit: (e: Episode) => void): void {
    const b = Math.floor(t / this.bucket_s);
    if (!(b >= 0 && b < this.buckets.length)) return;
    for (const e of this.buckets[b]) if (e.start <= t && t < e.end) visit(e);
  }

  activeAt(t: number): Episode[] {
    const out: Episode[] = [];
    this.forEachActive(t, (e) => out.push(e));
    return out;
  }
}
