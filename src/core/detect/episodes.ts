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
  /** Free tag of the caller (e.g. a zone index). */
  tag: number;
  /** Tracker tick of the last observation. */
  seenTick: number;
}

/**
 * Tracks the open episodes of one condition. Each tick: begin(t), observe() every key for which the condition holds,
 * then end(): an open episode that was not observed counts one clear tick, and it closes once it has been clear for
 * `hysteresisTicks` consecutive ticks (1 = close at the first clear tick). A key observed again while clearing continues
 * its episode: no new start. Deterministic: closed episodes come out sorted by key.
 */
export class EpisodeTracker {
  private readonly open = new Map<number, Episode>();
  private readonly closedList: Episode[] = [];
  private readonly startedList: Episode[] = [];
  private t = 0;
  private tick = 0;

  constructor(readonly hysteresisTicks: number) {
    if (!(hysteresisTicks >= 1) || !Number.isInteger(hysteresisTicks)) {
      throw new RangeError(`hysteresis must be a whole number of ticks ≥ 1, got ${hysteresisTicks}`);
    }
  }

  begin(t: number): void {
    this.t = t;
    this.tick++;
    this.closedList.length = 0;
    this.startedList.length = 0;
  }

  /**
   * The condition holds for `key` this tick. Returns the episode; it is new when episode.ticks === 1 (also listed by
   * started()). predicted/actual/actual3d update the minima; x, y, z is where it happens.
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
  ): Episode {
    let e = this.open.get(key);
    if (e === undefined) {
      e = {
        key,
        a,
        b,
        start: this.t,
        lastSeen: this.t,
        ticks: 0,
        clear: 0,
        minPredicted: predicted,
        minActual: actual,
        minActual3d: actual3d,
        tWorst: this.t,
        xWorst: x,
        yWorst: y,
        zWorst: z,
        tag,
        seenTick: 0,
      };
      this.open.set(key, e);
      this.startedList.push(e);
    }
    if (e.seenTick === this.tick) return e;
    e.seenTick = this.tick;
    e.ticks++;
    e.clear = 0;
    e.lastSeen = this.t;
    if (predicted < e.minPredicted) e.minPredicted = predicted;
    if (actual3d < e.minActual3d) e.minActual3d = actual3d;
    if (actual < e.minActual) {
      e.minActual = actual;
      e.tWorst = this.t;
      e.xWorst = x;
      e.yWorst = y;
      e.zWorst = z;
    }
    return e;
  }

  /** Ends the tick: counts clear ticks, closes episodes clear for long enough; returns them sorted by key. */
  end(): readonly Episode[] {
    for (const e of this.open.values()) {
      if (e.seenTick === this.tick) continue;
      e.clear++;
      if (e.clear >= this.hysteresisTicks) this.closedList.push(e);
    }
    for (const e of this.closedList) this.open.delete(e.key);
    this.closedList.sort(byKey);
    this.startedList.sort(byKey);
    return this.closedList;
  }

  /** Episodes that started this tick, sorted by key (valid after end()). */
  started(): readonly Episode[] {
    return this.startedList;
  }

  /** Closes every open episode (end of the run), sorted by key. */
  closeAll(): readonly Episode[] {
    this.closedList.length = 0;
    for (const e of this.open.values()) this.closedList.push(e);
    this.open.clear();
    this.closedList.sort(byKey);
    return this.closedList;
  }

  get openCount(): number {
    return this.open.size;
  }
}

function byKey(p: Episode, q: Episode): number {
  return p.key - q.key;
}
