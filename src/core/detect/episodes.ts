// Episodes: a condition that holds over consecutive detection ticks, with hysteresis so that it does not flicker.
import { wholeCount } from './whole-count';

/** One episode of a condition for one key (a pair of flights, a flight, or a flight and a zone). */
export interface Episode {
  key: number;
  /** Flight indices: a < b for pairs; b = -1 for single-flight episodes. */
  a: number;
  b: number;
  /** Time of the first tick the condition held. */
  start: number;
  /** Time of the last tick the condition held. */
  lastSeen: number;
  /** Ticks the condition held. */
  ticks: number;
  /** Consecutive ticks the condition has not held (the episode ends when this reaches the hysteresis). */
  clear: number;
  /** Smallest predicted separation (d_cpa) seen, or another figure of merit for single-flight episodes. */
  minPredicted: number;
  /** Smallest actual separation (horizontal distance now). */
  minActual: number;
  /** Smallest actual 3D distance. */
  minActual3d: number;
  /** Time and place (midpoint for pairs) of the smallest actual separation. */
  tWorst: number;
  xWorst: number;
  yWorst: number;
  zWorst: number;
  /** Free tag of the caller (e.g. a zone index), from the first observation. */
  tag: number;
}

/** Doubles per open-episode record (the Episode fields, in this order). */
const F = 16;
const KEY = 0;
const A = 1;
const B = 2;
const START = 3;
const LAST = 4;
const TICKS = 5;
const CLEAR = 6;
const MIN_PREDICTED = 7;
const MIN_ACTUAL = 8;
const MIN_ACTUAL_3D = 9;
const T_WORST = 10;
const X_WORST = 11;
const Y_WORST = 12;
const Z_WORST = 13;
const TAG = 14;
/** Doubles per observation: predicted, actual, actual 3D, x, y, z. */
const OBS = 6;

/**
 * Tracks the open episodes of one condition. Each tick: begin(t), observe() every key for which the condition holds,
 * then end(): an open episode that was not observed counts one clear tick, and it closes once it has been clear for
 * `hysteresisTicks` consecutive ticks (1 = close at the first clear tick). A key observed again while clearing continues
 * its episode: no new start. Open episodes are flat records in a typed array sorted by key, and observations flat
 * arrays; once per tick the two are merged into a second record array (no hashing, no objects: a sequential pass over
 * O(open + observed) records), and already-sorted observations (the detector's pairs) are not sorted again. Episode
 * objects are made only for the episodes that start or close (snapshots, valid until the next tick). Deterministic:
 * started and closed episodes come out sorted by key.
 */
export class EpisodeTracker {
  private open = new Float64Array(16 * F);
  private next = new Float64Array(16 * F);
  private openN = 0;
  private readonly closedList: Episode[] = [];
  private readonly startedList: Episode[] = [];
  private t = 0;
  private n = 0;
  private keys = new Float64Array(16);
  private ab = new Int32Array(32);
  private figures = new Float64Array(16 * OBS);
  private tags = new Float64Array(16);
  private order = new Int32Array(16);
  /** Records (in `open`, after end()) of the episodes started this tick. */
  private startedAt = new Int32Array(16);
  private startedCount = 0;

  constructor(readonly hysteresisTicks: number) {
    wholeCount('hysteresis (ticks)', hysteresisTicks);
  }

  begin(t: number): void {
    this.t = t;
    this.n = 0;
    this.closedList.length = 0;
    this.startedList.length = 0;
    this.startedCount = 0;
  }

  /**
   * The condition holds for `key` this tick (a second observation of a key in the same tick is ignored).
   * predicted/actual/actual3d update the episode's minima; x, y, z is where it happens; tag is kept from the start.
   */
  observe(
    key: number,
    a: number,
    b: number,
    predicted: number,
    actual: number,
    actual3d: number,
    x: number,
    y: number,
    z: number,
    tag = 0,
  ): void {
    if (this.n === this.keys.length) this.grow();
    const k = this.n++;
    this.keys[k] = key;
    this.ab[2 * k] = a;
    this.ab[2 * k + 1] = b;
    const f = OBS * k;
    const figures = this.figures;
    figures[f] = predicted;
    figures[f + 1] = actual;
    figures[f + 2] = actual3d;
    figures[f + 3] = x;
    figures[f + 4] = y;
    figures[f + 5] = z;
    this.tags[k] = tag;
  }

  /** Ends the tick: merges the observations into the open episodes; returns the episodes that closed, by key. */
  end(): readonly Episode[] {
    const { keys, n, t, figures } = this;
    const order = this.sortedObservations();
    const open = this.open;
    const openN = this.openN;
    if (this.next.length < (openN + n) * F)
      this.next = new Float64Array(Math.max(openN + n, 2 * (this.next.length / F)) * F);
    if (this.startedAt.length < n) this.startedAt = new Int32Array(Math.max(n, 2 * this.startedAt.length));
    const next = this.next;
    const startedAt = this.startedAt;
    const hysteresis = this.hysteresisTicks;
    let started = 0;
    let p = 0;
    let q = 0;
    let w = 0;
    let lastKey = Number.NaN;
    while (p < openN || q < n) {
      const k = q < n ? order[q] : -1;
      const key = k >= 0 ? keys[k] : Number.POSITIVE_INFINITY;
      if (key === lastKey) {
        q++;
        continue;
      }
      const r = p * F;
      const openKey = p < openN ? open[r] : Number.POSITIVE_INFINITY;
      if (openKey < key) {
        // Open but not observed: one more clear tick.
        p++;
        const clear = (open[r + CLEAR] | 0) + 1;
        if (clear >= hysteresis) {
          const e = toEpisode(open, r);
          e.clear = clear;
          this.closedList.push(e);
        } else {
          copyRecord(open, r, next, w * F);
          next[w * F + CLEAR] = clear;
          w++;
        }
        continue;
      }
      const o = w * F;
      const f = OBS * k;
      if (openKey === key) {
        p++;
        copyRecord(open, r, next, o);
        next[o + TICKS] += 1;
        next[o + CLEAR] = 0;
        next[o + LAST] = t;
        if (figures[f] < next[o + MIN_PREDICTED]) next[o + MIN_PREDICTED] = figures[f];
        if (figures[f + 2] < next[o + MIN_ACTUAL_3D]) next[o + MIN_ACTUAL_3D] = figures[f + 2];
        if (figures[f + 1] < next[o + MIN_ACTUAL]) {
          next[o + MIN_ACTUAL] = figures[f + 1];
          next[o + T_WORST] = t;
          next[o + X_WORST] = figures[f + 3];
          next[o + Y_WORST] = figures[f + 4];
          next[o + Z_WORST] = figures[f + 5];
        }
      } else {
        next[o + KEY] = key;
        next[o + A] = this.ab[2 * k];
        next[o + B] = this.ab[2 * k + 1];
        next[o + START] = t;
        next[o + LAST] = t;
        next[o + TICKS] = 1;
        next[o + CLEAR] = 0;
        next[o + MIN_PREDICTED] = figures[f];
        next[o + MIN_ACTUAL] = figures[f + 1];
        next[o + MIN_ACTUAL_3D] = figures[f + 2];
        next[o + T_WORST] = t;
        next[o + X_WORST] = figures[f + 3];
        next[o + Y_WORST] = figures[f + 4];
        next[o + Z_WORST] = figures[f + 5];
        next[o + TAG] = this.tags[k];
        startedAt[started++] = o;
      }
      w++;
      lastKey = key;
      q++;
    }
    this.next = open;
    this.open = next;
    this.openN = w;
    this.startedCount = started;
    return this.closedList;
  }

  /** Episodes that started this tick, sorted by key (valid after end(); made on the first call). */
  started(): readonly Episode[] {
    if (this.startedList.length < this.startedCount) {
      for (let s = this.startedList.length; s < this.startedCount; s++) {
        this.startedList.push(toEpisode(this.open, this.startedAt[s]));
      }
    }
    return this.startedList;
  }

  /** Closes every open episode (end of the run), sorted by key. */
  closeAll(): readonly Episode[] {
    this.started(); // made before the records go
    this.closedList.length = 0;
    for (let p = 0; p < this.openN; p++) this.closedList.push(toEpisode(this.open, p * F));
    this.openN = 0;
    return this.closedList;
  }

  get openCount(): number {
    return this.openN;
  }

  /** Observation indices in key order (stable): the identity when they came sorted. */
  private sortedObservations(): Int32Array {
    const { keys, n } = this;
    if (this.order.length < n) this.order = new Int32Array(this.keys.length);
    const order = this.order;
    let sorted = true;
    for (let k = 0; k < n; k++) {
      order[k] = k;
      if (k > 0 && keys[k] < keys[k - 1]) sorted = false;
    }
    if (!sorted) order.subarray(0, n).sort((u, v) => keys[u] - keys[v] || u - v);
    return order;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    this.keys = keys;
    const ab = new Int32Array(2 * cap);
    ab.set(this.ab);
    this.ab = ab;
    const figures = new Float64Array(OBS * cap);
    figures.set(this.figures);
    this.figures = figures;
    const tags = new Float64Array(cap);
    tags.set(this.tags);
    this.tags = tags;
  }
}

function copyRecord(from: Float64Array, r: number, to: Float64Array, o: number): void {
  to[o] = from[r];
  to[o + 1] = from[r + 1];
  to[o + 2] = from[r + 2];
  to[o + 3] = from[r + 3];
  to[o + 4] = from[r + 4];
  to[o + 5] = from[r + 5];
  to[o + 6] = from[r + 6];
  to[o + 7] = from[r + 7];
  to[o + 8] = from[r + 8];
  to[o + 9] = from[r + 9];
  to[o + 10] = from[r + 10];
  to[o + 11] = from[r + 11];
  to[o + 12] = from[r + 12];
  to[o + 13] = from[r + 13];
  to[o + 14] = from[r + 14];
}

/** A snapshot of the record at r. */
function toEpisode(rec: Float64Array, r: number): Episode {
  return {
    key: rec[r + KEY],
    // Flight indices and counts as small integers (no boxed number).
    a: rec[r + A] | 0,
    b: rec[r + B] | 0,
    start: rec[r + START],
    lastSeen: rec[r + LAST],
    ticks: rec[r + TICKS] | 0,
    clear: rec[r + CLEAR] | 0,
    minPredicted: rec[r + MIN_PREDICTED],
    minActual: rec[r + MIN_ACTUAL],
    minActual3d: rec[r + MIN_ACTUAL_3D],
    tWorst: rec[r + T_WORST],
    xWorst: rec[r + X_WORST],
    yWorst: rec[r + Y_WORST],
    zWorst: rec[r + Z_WORST],
    tag: rec[r + TAG],
  };
}
