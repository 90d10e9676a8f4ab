// The broad phase: swept boxes binned into a uniform grid rebuilt each tick by counting sort, then the exact narrow phase.
import { CellGroups, GROUPS, REC } from './grid-cells';
import { GridLayout } from './grid-layout';
import { type PairList, PairSorter } from './pair-list';
import { BATCH, PairTester } from './pair-test';
import type { DetectInput } from './traffic-input';

/** Figures of the last detection tick. */
export interface GridStats {
  /** Aircraft taking part. */
  active: number;
  /** The axis along which each cell is swept (the one with the thinnest boxes relative to the cell). */
  sweepAxis: 'x' | 'z';
  cellWidth: number;
  cellHeight: number;
  cells: number;
  /** Box-cell entries (a box is in every cell it overlaps). */
  entries: number;
  /** Cell-mate pairs visited by the sweep (before the interval tests). */
  visited: number;
  /** Pairs whose boxes overlap in x, y and z, each tested once by the narrow phase. */
  candidates: number;
  /** Pairs flagged (conflict, LoS or NMAC). */
  pairs: number;
}

export interface GridOptions {
  /** Cell width (x) as a multiple of the mean swept-box extent (default 1). */
  cellWidthFactor?: number;
  /** Cell height (y) as a multiple of the mean swept-box extent (default 1). */
  cellHeightFactor?: number;
}

/** Sweep modes: pairs inside one group; across two groups, the second's keys ≥ the first's, or strictly greater. */
const WITHIN = 0;
const ACROSS = 1;
const ACROSS_STRICT = 2;

/**
 * A reusable grid detector. Every participating aircraft gets a swept box (see swept-boxes.ts); the cell size is the mean
 * box extent. The aircraft are numbered (slots) in the order of their home cell — the cell of their box's lower corner —
 * and, within it, of a coarse bin of their box's lower end along the sweep axis (z, or x when the traffic is flat), by
 * one counting sort; their box records and state records are written in slot order, so neighbours are near in memory.
 * Each box is then listed in every cell it overlaps, in one of four groups (see grid-cells.ts), each sorted along the
 * sweep axis. A pair's boxes overlap in a rectangle whose lower corner lies in exactly one cell, and in that cell the
 * pair is home × any group or left × below — so each cell only sweeps those group pairs (sweep and prune along the sweep
 * axis, then the y and third-axis intervals), and every pair is met exactly once. Then a division-free pre-test and the
 * narrow phase (pair-test.ts); the flagged pairs are sorted by (i, j) by a counting sort on i. Buffers are kept and grow
 * only with the number of aircraft, entries or flagged pairs: no allocation per tick once warm.
 */
export class GridDetector {
  readonly stats: GridStats = {
    active: 0,
    sweepAxis: 'x',
    cellWidth: 0,
    cellHeight: 0,
    cells: 0,
    entries: 0,
    visited: 0,
    candidates: 0,
    pairs: 0,
  };
  private readonly layout: GridLayout;
  private readonly cells = new CellGroups();
  private readonly tester = new PairTester();
  private readonly sorter = new PairSorter();
  /** Pairs of slots whose boxes overlap, waiting for the pair test. */
  private first = new Int32Array(BATCH);
  private second = new Int32Array(BATCH);
  private pending = 0;
  private visited = 0;

  constructor(options: GridOptions = {}) {
    this.layout = new GridLayout(options.cellWidthFactor ?? 1, options.cellHeightFactor ?? 1);
  }

  /**
   * Fills `out` with the flagged pairs, sorted by (i, j), i < j. With `owned`, a pair is kept only when at least one of
   * its aircraft is owned (the worker pool's strips: halo aircraft lie beyond the owned ones in x).
   */
  detect(input: DetectInput, out: PairList, owned: Uint8Array | null = null): GridStats {
    const layout = this.layout;
    const n = layout.build(input, this.tester);
    const stats = this.stats;
    stats.active = n;
    stats.cells = 0;
    stats.entries = 0;
    stats.visited = 0;
    stats.candidates = 0;
    stats.pairs = 0;
    out.clear();
    if (n < 2) return stats;
    this.cells.build(layout.records, layout.recordInts, layout.home, layout.nx, layout.ny);
    stats.sweepAxis = layout.alongZ ? 'z' : 'x';
    stats.cellWidth = layout.cellWidth;
    stats.cellHeight = layout.cellHeight;
    stats.cells = layout.nx * layout.ny;
    stats.entries = this.cells.entries;
    this.sweepCells(owned);
    this.sorter.sort(this.tester.raw, input.count, out);
    stats.pairs = out.count;
    return stats;
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
   * Visits the pairs that can be new in each cell — home × home, home × (left, below, lower left), left × below: exactly
   * the pairs whose boxes' overlap has its lower corner in the cell, so each pair is met once.
   */
  private sweepCells(owned: Uint8Array | null): void {
    const start = this.cells.start;
    const cells = this.stats.cells;
    this.visited = 0;
    this.pending = 0;
    for (let cell = 0; cell < cells; cell++) {
      const g = cell * GROUPS;
      const home0 = start[g];
      const home1 = start[g + 1];
      const left1 = start[g + 2];
      const below1 = start[g + 3];
      const diag1 = start[g + 4];
      if (home1 > home0) {
        this.sweep(home0, home1, home0, home1, WITHIN, owned);
        this.cross(home0, home1, home1, left1, owned);
        this.cross(home0, home1, left1, below1, owned);
        this.cross(home0, home1, below1, diag1, owned);
      }
      this.cross(home1, left1, left1, below1, owned);
    }
    this.flush(owned);
    this.stats.candidates = this.tester.candidates;
    this.stats.visited = this.visited;
  }

  /**
   * Pairs between two groups [p0, p1) and [q0, q1), each sorted by lower end: a p entry meets the q entries starting
   * at or after its own start and before its end; a q entry meets the p entries starting strictly after its start and
   * before its end. So every overlapping pair is met once.
   */
  private cross(p0: number, p1: number, q0: number, q1: number, owned: Uint8Array | null): void {
    if (p1 <= p0 || q1 <= q0) return;
    this.sweep(p0, p1, q0, q1, ACROSS, owned);
    this.sweep(q0, q1, p0, p1, ACROSS_STRICT, owned);
  }

  /**
   * Sweep and prune: each entry a of [p0, p1) meets the entries b of [q0, q1) whose lower end lies in a's interval
   * (from a + 1 within one group, from a's lower end across groups); the pairs whose other two intervals overlap too are
   * queued for the pair test. Branch-free inside: every pair is written, and the queue's end advances when it overlaps.
   */
  private sweep(p0: number, p1: number, q0: number, q1: number, mode: number, owned: Uint8Array | null): void {
    const { slots, keys } = this.cells;
    const rec = this.layout.records;
    let q = q0;
    let visited = 0;
    let first = this.first;
    let second = this.second;
    let c = this.pending;
    for (let a = p0; a < p1; a++) {
      const sa = slots[a];
      const o = sa * REC;
      const lo = keys[a];
      const hi = rec[o + 1];
      const y0 = rec[o + 2];
      const y1 = rec[o + 3];
      const z0 = rec[o + 4];
      const z1 = rec[o + 5];
      let b: number;
      if (mode === WITHIN) b = a + 1;
      else {
        if (mode === ACROSS_STRICT) while (q < q1 && keys[q] <= lo) q++;
        else while (q < q1 && keys[q] < lo) q++;
        b = q;
      }
      if (c + q1 - b > first.length) {
        this.pending = c;
        this.flush(owned);
        c = 0;
        if (q1 - b > first.length) this.grow(q1 - b);
        first = this.first;
        second = this.second;
      }
      const from = b;
      for (; b < q1 && keys[b] <= hi; b++) {
        const sb = slots[b];
        const ob = sb * REC;
        first[c] = sa;
        second[c] = sb;
        c += +(rec[ob + 2] <= y1) & +(rec[ob + 3] >= y0) & +(rec[ob + 4] <= z1) & +(rec[ob + 5] >= z0);
      }
      visited += b - from;
    }
    this.pending = c;
    this.visited += visited;
  }

  /** Runs the pair test on the queued pairs. */
  private flush(owned: Uint8Array | null): void {
    if (this.pending > 0) this.tester.testBatch(this.first, this.second, this.pending, owned);
    this.pending = 0;
  }

  /** Makes the pair queue hold at least n pairs (one group's worth; a group holds at most every aircraft). */
  private grow(n: number): void {
    this.first = new Int32Array(n);
    this.second = new Int32Array(n);
  }
}
