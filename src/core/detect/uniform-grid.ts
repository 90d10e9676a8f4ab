// The broad phase: swept boxes binned into a uniform grid rebuilt each tick by counting sort, then the exact narrow phase.
import { CellLists, REC } from './grid-cells';
import { GridLayout, type SliceBoxes } from './grid-layout';
import { type PairList, PairSorter } from './pair-list';
import { BATCH, PairTester } from './pair-test';
import type { DetectInput } from './traffic-input';
import { wholeCount } from './whole-count';

/** Figures of the last detection tick. */
export interface GridStats {
  /** Aircraft taking part. */
  active: number;
  /** Time slices of the tick, and the crowding they were chosen by (other boxes a box overlaps, on average). */
  slices: number;
  crowding: number;
  /** The axis along which each cell is swept (the one with the thinnest boxes relative to the cell). */
  sweepAxis: 'x' | 'z';
  cellWidth: number;
  cellHeight: number;
  cells: number;
  /** Box-cell entries, all time slices together (a box is in every cell it overlaps). */
  entries: number;
  /** Cell-mate pairs visited by the sweep (before the interval tests). */
  visited: number;
  /** Pairs whose boxes overlap in x, y and z in some time slice, each tested once by the pre-test. */
  candidates: number;
  /** Pairs flagged (conflict, LoS or NMAC) and kept. */
  pairs: number;
  /** Participants outside the grid (a figure beyond LIMIT), tested against every other one. */
  outliers: number;
  /** True when more pairs were flagged than `maxPairs`: the tick stopped there, `pairs` holds the first maxPairs. */
  truncated: boolean;
}

export interface GridOptions {
  /** Cell width (x) as a multiple of the mean swept-box extent (default 1). */
  cellWidthFactor?: number;
  /** Cell height (y) as a multiple of the mean swept-box extent (default 1). */
  cellHeightFactor?: number;
  /** Time slices the look-ahead is cut into, each with its own boxes (default: 1 to 3, chosen each tick by crowding). */
  slices?: number;
  /** Pairs queued before they are tested as a batch (default 4,096; the queue grows for a longer run). */
  batch?: number;
  /**
   * Flagged pairs kept at most per tick (default: no limit). Beyond it the detection stops and stats.truncated is set,
   * so that a crowd (5,000 co-located aircraft make 12.5 million pairs) costs bounded time and memory.
   */
  maxPairs?: number;
}

/**
 * A reusable grid detector. The look-ahead is cut into time slices (1 to 3, by the crowding of the traffic; see
 * time-slices.ts) and every participating aircraft gets a swept box per slice (see grid-layout.ts); the cell size is
 * the mean box extent. Each slice's boxes are listed in every cell they overlap, each cell's list ordered by a bin of
 * the boxes' lower end along the sweep axis (z, or x when the traffic is flat; see grid-cells.ts). A pair's boxes
 * overlap in a rectangle whose lower corner lies in exactly one cell, told by the entries' tags, so each cell's list is
 * swept once (sweep and prune along the sweep axis, then the three intervals)
 * and every pair whose boxes overlap in a slice is met there exactly once; a pair met in a later slice is dropped when
 * its boxes overlap in an earlier one too. Then a division-free pre-test and the narrow phase (pair-test.ts); the
 * flagged pairs are sorted by (i, j) by a counting sort on i. Aircraft with a figure beyond LIMIT (grid-layout.ts)
 * stay out of the grid and meet every other participant in the narrow phase. Buffers are kept and grow only with the number of
 * aircraft, entries or flagged pairs: no allocation per tick once warm.
 */
export class GridDetector {
  readonly stats: GridStats = {
    active: 0,
    slices: 0,
    crowding: 0,
    sweepAxis: 'x',
    cellWidth: 0,
    cellHeight: 0,
    cells: 0,
    entries: 0,
    visited: 0,
    candidates: 0,
    pairs: 0,
    outliers: 0,
    truncated: false,
  };
  private readonly layout: GridLayout;
  private readonly cells = new CellLists();
  private readonly tester = new PairTester();
  private readonly sorter = new PairSorter();
  /** Pairs of slots whose boxes overlap, waiting for the pair test. */
  private first: Int32Array;
  private second: Int32Array;

  constructor(options: GridOptions = {}) {
    const slices = options.slices === undefined ? null : wholeCount('slices', options.slices);
    const batch = wholeCount('batch', options.batch ?? BATCH);
    this.first = new Int32Array(batch);
    this.second = new Int32Array(batch);
    this.layout = new GridLayout(slices, options.cellWidthFactor ?? 1, options.cellHeightFactor ?? 1);
    if (options.maxPairs !== undefined) this.tester.limit = wholeCount('maxPairs', options.maxPairs);
  }

  /**
   * Fills `out` with the flagged pairs, sorted by (i, j), i < j. With `owned`, a pair is kept only when at least one of
   * its aircraft is owned (the worker pool's strips: halo aircraft lie beyond the owned ones in x).
   */
  detect(input: DetectInput, out: PairList, owned: Uint8Array | null = null): GridStats {
    const layout = this.layout;
    const total = layout.build(input, this.tester);
    const n = layout.boxed;
    const stats = this.stats;
    stats.active = total;
    stats.outliers = total - n;
    stats.cells = 0;
    stats.entries = 0;
    stats.visited = 0;
    stats.candidates = 0;
    stats.pairs = 0;
    stats.truncated = false;
    out.clear();
    if (total < 2) return stats;
    if (n >= 2) {
      stats.slices = layout.slices;
      stats.crowding = layout.crowding;
      stats.sweepAxis = layout.alongZ ? 'z' : 'x';
      stats.cellWidth = layout.cellWidth;
      stats.cellHeight = layout.cellHeight;
      stats.cells = layout.nx * layout.ny;
      for (let k = 0; k < layout.slices && !this.tester.full; k++) {
        const boxes = layout.boxes[k];
        this.cells.build(boxes, n, layout.nx, layout.ny, layout.bins);
        stats.entries += this.cells.count;
        this.sweepCells(k, owned);
      }
    }
    this.testOutliers(n, total, owned);
    stats.candidates = this.tester.candidates;
    stats.truncated = this.tester.full;
    this.sorter.sort(this.tester.raw, input.count, out);
    stats.pairs = out.count;
    return stats;
  }

  /** Each outlier (slots n … total − 1) against every slot before it, through the narrow phase alone. */
  private testOutliers(n: number, total: number, owned: Uint8Array | null): void {
    for (let o = n; o < total && !this.tester.full; o++) {
      if (this.first.length < o) this.grow(o);
      for (let s = 0; s < o; s++) {
        this.first[s] = s;
        this.second[s] = o;
      }
      this.tester.testAll(this.first, this.second, o, owned);
    }
  }

  /** Bytes held by the detector's buffers (they grow with the aircraft, the grid entries and the flagged pairs). */
  bufferBytes(): number {
    return (
      this.layout.bufferBytes() +
      this.cells.bufferBytes() +
      this.tester.bufferBytes() +
      this.sorter.bufferBytes() +
      this.first.byteLength +
      this.second.byteLength
    );
  }

  /**
   * Sweep and prune in each cell of one slice: each entry a meets the following entries of its cell up to its run's end
   * (those whose sweep bin is at most the bin of a's upper end, so every pair whose intervals overlap on the sweep axis
   * is met once, from the one listed first; the end is read from the counting sort's counters, so the loop reads no
   * bins and, since no run passes its cell's last entry, needs no loop over cells); the pair is
   * queued for the pair test when this cell is the one that counts it (tags) and its intervals overlap on all three
   * axes. Branch-free inside: every pair is written, and the queue's end advances when it holds. (A single flat loop
   * over all (a, b) steps of a slice, stepping by arithmetic instead of ending each short run on a mispredicted branch,
   * was slower: it reloads a's box at every step.)
   */
  private sweepCells(slice: number, owned: Uint8Array | null): void {
    const { entries, ends, groupEnd, count } = this.cells;
    const rec = this.layout.boxes[slice].records;
    let first = this.first;
    let second = this.second;
    let c = 0;
    let visited = 0;
    // One loop over all entries: a run never passes its cell's last entry, whose run is empty.
    for (let a = 0; a < count; a++) {
      const end = groupEnd[ends[a]];
      if (c + end - a > first.length) {
        this.flush(slice, c, owned);
        c = 0;
        if (this.tester.full) break;
        if (end - a > first.length) this.grow(end - a);
        first = this.first;
        second = this.second;
      }
      const ea = entries[a];
      const sa = ea >> 2;
      const ta = ea & 3;
      const o = sa * REC;
      const lo = rec[o];
      const hi = rec[o + 1];
      const y0 = rec[o + 2];
      const y1 = rec[o + 3];
      const z0 = rec[o + 4];
      const z1 = rec[o + 5];
      for (let b = a + 1; b < end; b++) {
        const eb = entries[b];
        const ob = (eb >> 2) * REC;
        first[c] = sa;
        second[c] = eb >> 2;
        c +=
          +((ta & eb & 3) === 0) &
          +(rec[ob] <= hi) &
          +(rec[ob + 1] >= lo) &
          +(rec[ob + 2] <= y1) &
          +(rec[ob + 3] >= y0) &
          +(rec[ob + 4] <= z1) &
          +(rec[ob + 5] >= z0);
      }
      visited += end - a - 1;
    }
    this.flush(slice, c, owned);
    this.stats.visited += visited;
  }

  /** Tests the queued pairs of a slice, without those whose boxes overlap in an earlier slice (met there already). */
  private flush(slice: number, count: number, owned: Uint8Array | null): void {
    let c = count;
    for (let k = 0; k < slice && c > 0; k++) c = dropOverlapping(this.layout.boxes[k], this.first, this.second, c);
    if (c > 0) this.tester.testBatch(this.first, this.second, c, owned);
  }

  /** Makes the pair queue hold at least n pairs (one run's worth; a cell lists at most every aircraft). */
  private grow(n: number): void {
    this.first = new Int32Array(n);
    this.second = new Int32Array(n);
  }
}

/** Keeps the pairs (first[p], second[p]) whose boxes do not overlap in `boxes`, in order; returns how many. */
function dropOverlapping(boxes: SliceBoxes, first: Int32Array, second: Int32Array, count: number): number {
  const rec = boxes.records;
  let kept = 0;
  for (let p = 0; p < count; p++) {
    const sa = first[p];
    const sb = second[p];
    const oa = sa * REC;
    const ob = sb * REC;
    first[kept] = sa;
    second[kept] = sb;
    kept +=
      1 -
      (+(rec[ob] <= rec[oa + 1]) &
        +(rec[ob + 1] >= rec[oa]) &
        +(rec[ob + 2] <= rec[oa + 3]) &
        +(rec[ob + 3] >= rec[oa + 2]) &
        +(rec[ob + 4] <= rec[oa + 5]) &
        +(rec[ob + 5] >= rec[oa + 4]));
  }
  return kept;
}
