// Episodes (conflicts, losses of separation, infringements…) paired from -start/-end events into typed arrays, indexed by time.
import type { SimEvent } from '../core/sim/events';

/** Episode kinds with a code each; kinds not listed get codes after these as they appear. */
export const KNOWN_EPISODE_KINDS = ['conflict', 'los', 'nmac', 'zone-infringement', 'clearance', 'cad-height'] as const;

/** How long an instant event (a near mid-air collision) stays drawn, seconds. */
export const INSTANT_EPISODE_S = 10;
const INSTANT_KINDS = new Set(['nmac']);
const SUBJECT_KEYS = ['zone', 'zone_id', 'building', 'subject'];

/**
 * Every episode as columns: kind code, the one or two flights (indices; b = −1 for single-flight episodes), start and
 * end (the scenario end when the log never closed it), and the subject (zone id) where the event names one.
 */
export interface EpisodeTable {
  count: number;
  kinds: string[];
  kind: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  start: Float64Array;
  end: Float64Array;
  subject: Map<number, string>;
}

function subjectOf(e: SimEvent): string | undefined {
  for (const key of SUBJECT_KEYS) {
    const v = e.details[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

/** Pairs every "<kind>-start" with the next "<kind>-end" of the same flights (and zone); nmac events are instants. */
export function buildEpisodes(
  events: readonly SimEvent[],
  indexOf: (id: string) => number,
  endOfScenario: number,
): EpisodeTable {
  const kinds: string[] = [...KNOWN_EPISODE_KINDS];
  const codeOf = new Map(kinds.map((k, i) => [k, i]));
  const kind: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const subject = new Map<number, string>();
  const open = new Map<string, number[]>();
  const add = (name: string, e: SimEvent, until: number) => {
    let code = codeOf.get(name);
    if (code === undefined) {
      code = kinds.push(name) - 1;
      codeOf.set(name, code);
    }
    kind.push(code);
    a.push(indexOf(e.flights[0] ?? ''));
    b.push(e.flights.length > 1 ? indexOf(e.flights[1]) : -1);
    start.push(e.t);
    end.push(until);
    return kind.length - 1;
  };
  for (const e of events) {
    if (INSTANT_KINDS.has(e.kind)) {
      add(e.kind, e, e.t + INSTANT_EPISODE_S);
      continue;
    }
    const suffix = e.kind.endsWith('-start') ? 6 : e.kind.endsWith('-end') ? 4 : 0;
    if (!suffix) continue;
    const name = e.kind.slice(0, -suffix);
    const about = subjectOf(e);
    const key = `${name}|${e.flights.join('\u0000')}|${about ?? ''}`;
    if (suffix === 6) {
      const k = add(name, e, endOfScenario);
      if (about !== undefined) subject.set(k, about);
      const list = open.get(key);
      if (list) list.push(k);
      else open.set(key, [k]);
    } else {
      const k = open.get(key)?.shift();
      if (k !== undefined) end[k] = e.t;
    }
  }
  return {
    count: kind.length,
    kinds,
    kind: Uint8Array.from(kind),
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    start: Float64Array.from(start),
    end: Float64Array.from(end),
    subject,
  };
}

/** Finds the episodes active at a time (start ≤ t < end) by scanning one time bucket (compressed rows). */
export class EpisodeIndex {
  private readonly bucketStart: Uint32Array;
  private readonly entries: Uint32Array;

  constructor(
    readonly table: EpisodeTable,
    private readonly bucket_s = 10,
  ) {
    let last = 0;
    for (let k = 0; k < table.count; k++) last = Math.max(last, table.end[k]);
    const n = Math.floor(last / bucket_s) + 1;
    const range = (k: number): [number, number] => [
      Math.max(0, Math.floor(table.start[k] / bucket_s)),
      Math.min(n - 1, Math.floor(Math.max(table.start[k], table.end[k] - 1e-9) / bucket_s)),
    ];
    const counts = new Uint32Array(n + 1);
    for (let k = 0; k < table.count; k++) {
      const [b0, b1] = range(k);
      for (let b = b0; b <= b1; b++) counts[b + 1]++;
    }
    for (let b = 0; b < n; b++) counts[b + 1] += counts[b];
    this.bucketStart = counts;
    this.entries = new Uint32Array(counts[n]);
    const fill = counts.slice(0, n);
    for (let k = 0; k < table.count; k++) {
      const [b0, b1] = range(k);
      for (let b = b0; b <= b1; b++) this.entries[fill[b]++] = k;
    }
  }

  /** Calls visit with the index of each episode active at t, in table order. */
  forEachActive(t: number, visit: (k: number) => void): void {
    const b = Math.floor(t / this.bucket_s);
    if (!(b >= 0 && b < this.bucketStart.length - 1)) return;
    const { start, end } = this.table;
    for (let e = this.bucketStart[b]; e < this.bucketStart[b + 1]; e++) {
      const k = this.entries[e];
      if (start[k] <= t && t < end[k]) visit(k);
    }
  }

  activeAt(t: number): number[] {
    const out: number[] = [];
    this.forEachActive(t, (k) => out.push(k));
    return out;
  }
}
