// Episodes: a condition that holds over consecutive detection ticks, with hysteresis so that it does not flicker.

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

/**
 * Tracks the open episodes of one condition. Each tick: begin(t), observe() every key for which the condition holds,
 * then end(): an open episode that was not observed counts one clear tick, and it closes once it has been clear for
 * `hysteresisTicks` consecutive ticks (1 = close at the first clear tick). A key observed again while clearing continues
 * its episode: no new start. Observations are kept in flat arrays and merged with the open episodes (kept sorted by
 * key) once per tick, without hashing: O(open + observed) per tick, and already-sorted observations (the detector's
 * pairs) are not sorted again. Deterministic: started and closed episodes come out sorted by key.
 */
export class EpisodeTracker {
  private open: Episode[] = [];
  private next: Episode[] = [];
  private readonly closedList: Episode[] = [];
  private readonly startedList: Episode[] = [];
  private t = 0;
  private n = 0;
  private keys = new Float64Array(16);
  private ab = new Int32Array(32);
  private figures = new Float64Array(16 * 6);
  private tags = new Float64Array(16);
  private order = new Int32Array(16);

  constructor(readonly hysteresisTicks: number) {
    if (!(hysteresisTicks >= 1) || !Number.isInteger(hysteresisTicks)) {
      throw new RangeError(`hysteresis must be a whole number of ticks ≥ 1, got ${hysteresisTicks}`);
    }
  }

  begin(t: number): void {
    this.t = t;
    this.n = 0;
    this.closedList.length = 0;
    this.startedList.length = 0;
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
    const f = 6 * k;
    this.figures[f] = predicted;
    this.figures[f + 1] = actual;
    this.figures[f + 2] = actual3d;
    this.figures[f + 3] = x;
    this.figures[f + 4] = y;
    this.figures[f + 5] = z;
    this.tags[k] = tag;
  }

  /** Ends the tick: merges the observations into the open episodes; returns the episodes that closed, by key. */
  end(): readonly Episode[] {
    const { keys, n } = this;
    const order = this.sortedObservations();
    const open = this.open;
    const next = this.next;
    next.length = 0;
    let p = 0;
    let q = 0;
    let lastKey = Number.NaN;
    while (p < open.length || q < n) {
      const k = q < n ? order[q] : -1;
      const key = k >= 0 ? keys[k] : Number.POSITIVE_INFINITY;
      if (key === lastKey) {
        q++;
        continue;
      }
      const e = p < open.length ? open[p] : null;
      if (e !== null && e.key < key) {
        p++;
        if (++e.clear >= this.hysteresisTicks) this.closedList.push(e);
        else next.push(e);
        continue;
      }
      let episode: Episode;
      if (e !== null && e.key === key) {
        p++;
        episode = e;
      } else {
        episode = this.create(k);
        this.startedList.push(episode);
      }
      this.apply(episode, k);
      next.push(episode);
      lastKey = key;
      q++;
    }
    this.next = open;
    this.open = next;
    return this.closedList;
  }

  /** Episodes that started this tick, sorted by key (valid after end()). */
  started(): readonly Episode[] {
    return this.startedList;
  }

  /** Closes every open episode (end of the run), sorted by key. */
  closeAll(): readonly Episode[] {
    this.closedList.length = 0;
    for (const e of this.open) this.closedList.push(e);
    this.open.length = 0;
    return this.closedList;
  }

  get openCount(): number {
    return this.open.length;
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

  private create(k: number): Episode {
    const f = 6 * k;
    return {
      key: this.keys[k],
      a: this.ab[2 * k],
      b: this.ab[2 * k + 1],
      start: this.t,
      lastSeen: this.t,
      ticks: 0,
      clear: 0,
      minPredicted: this.figures[f],
      minActual: this.figures[f + 1],
      minActual3d: this.figures[f + 2],
      tWorst: this.t,
      xWorst: this.figures[f + 3],
      yWorst: this.figures[f + 4],
      zWorst: this.figures[f + 5],
      tag: this.tags[k],
    };
  }

  private apply(e: Episode, k: number): void {
    const f = 6 * k;
    const figures = this.figures;
    e.ticks++;
    e.clear = 0;
    e.lastSeen = this.t;
    if (figures[f] < e.minPredicted) e.minPredicted = figures[f];
    if (figures[f + 2] < e.minActual3d) e.minActual3d = figures[f + 2];
    if (figures[f + 1] < e.minActual) {
      e.minActual = figures[f + 1];
      e.tWorst = this.t;
      e.xWorst = figures[f + 3];
      e.yWorst = figures[f + 4];
      e.zWorst = figures[f + 5];
    }
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    this.keys = keys;
    const ab = new Int32Array(2 * cap);
    ab.set(this.ab);
    this.ab = ab;
    const figures = new Float64Array(6 * cap);
    figures.set(this.figures);
    this.figures = figures;
    const tags = new Float64Array(cap);
    tags.set(this.tags);
    this.tags = tags;
  }
}
