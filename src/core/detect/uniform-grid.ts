// The broad phase: swept boxes binned into a uniform grid rebuilt each tick by counting sort, then the exact narrow phase.
import { evaluatePair, PAIR_FIELDS } from './closest-approach';
import { type PairList, rowsFromKeys } from './pair-list';
import { horizontalMargin, participates, type SweepSizes, sweepSizes, verticalMargin } from './swept-boxes';
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
  /** Cell width (x) as a multiple of the mean swept-box extent (default 2). */
  cellWidthFactor?: number;
  /** Cell height (y) as a multiple of the mean swept-box extent (default 0.5). */
  cellHeightFactor?: number;
}

const scratch = new Float64Array(PAIR_FIELDS);
/** Doubles per grid entry record: the box's interval on the sweep axis, on y, on the third axis, its state slot, its sweep bin. */
const STRIDE = 8;
/**
 * Doubles per state record, one per aircraft in the order of its home cell (the cell of its box's lower corner), so that
 * the narrow phase reads neighbours from nearby memory: home column, home row, x, y, z, vx, vy, vz | R, H, T, NMAC R,
 * NMAC H, flight index.
 */
const STATE = 16;

/**
 * A reusable grid detector. Every participating aircraft gets a swept box (see swept-boxes.ts). Boxes are ordered by a fine
 * bin of their lower end along the sweep axis (x or z) (a counting sort), then counted into the grid cells they overlap, the counts prefix-summed and the
 * boxes written cell by cell in that x order (a second counting sort). In each cell a box meets only the following boxes
 * whose bin does not pass its upper end (sweep and prune); a pair that passes the x, y and z interval tests is taken only in
 * the cell holding the lower corner of the boxes' overlap, so a pair shared by several cells is tested once; then the
 * narrow phase. The flagged pairs come out sorted by (i, j). Buffers are kept and grow only with the number of aircraft,
 * entries or flagged pairs: no allocation per tick once warm.
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
  private readonly widthFactor: number;
  private readonly heightFactor: number;
  private readonly sizes: SweepSizes = { lookahead: 0, minRadius: 0, minHalfHeight: 0 };
  private ids = new Int32Array(0);
  private bx0 = new Float64Array(0);
  private bx1 = new Float64Array(0);
  private by0 = new Float64Array(0);
  private by1 = new Float64Array(0);
  private bz0 = new Float64Array(0);
  private bz1 = new Float64Array(0);
  private cx0 = new Int32Array(0);
  private cx1 = new Int32Array(0);
  private cy0 = new Int32Array(0);
  private cy1 = new Int32Array(0);
  private sbin = new Int32Array(0);
  private order = new Int32Array(0);
  private binStart = new Int32Array(0);
  private cellStart = new Int32Array(0);
  private records = new Float64Array(0);
  private state = new Float64Array(0);
  private slot = new Int32Array(0);
  private keys = new Float64Array(64);
  // The grid of the current tick.
  private sweepOrigin = 0;
  private invBin = 0;
  private lastBin = 0;

  constructor(options: GridOptions = {}) {
    this.widthFactor = options.cellWidthFactor ?? 2;
    this.heightFactor = options.cellHeightFactor ?? 0.5;
  }

  /**
   * Fills `out` with the flagged pairs, sorted by (i, j), i < j. With `owned`, a pair is kept only when at least one of
   * its aircraft is owned (the worker pool's strips: halo aircraft lie beyond the owned ones in x).
   */
  detect(input: DetectInput, out: PairList, owned: Uint8Array | null = null): GridStats {
    const n = this.collect(input);
    const stats = this.stats;
    stats.active = n;
    stats.cells = 0;
    stats.entries = 0;
    stats.visited = 0;
    stats.candidates = 0;
    stats.pairs = 0;
    out.clear();
    if (n < 2) return stats;
    const nx = this.bin(input, n);
    const nk = this.sweepCells(input, nx, owned);
    rowsFromKeys(input, this.keys, nk, out);
    stats.pairs = out.count;
    return stats;
  }

  /** Lists the participating aircraft and computes their boxes. */
  private collect(input: DetectInput): number {
    const count = input.count;
    if (this.ids.length < count) this.allocate(count);
    const ids = this.ids;
    let n = 0;
    for (let i = 0; i < count; i++) if (participates(input, i)) ids[n++] = i;
    const sizes = sweepSizes(input, ids, n, this.sizes);
    const T = sizes.lookahead;
    const { x, y, z, vx, vy, vz } = input;
    const { bx0, bx1, by0, by1, bz0, bz1 } = this;
    for (let k = 0; k < n; k++) {
      const i = ids[k];
      const m = horizontalMargin(input, i, sizes.minRadius);
      const mz = verticalMargin(input, i, sizes.minHalfHeight);
      const x0 = x[i];
      const x1 = x0 + vx[i] * T;
      const y0 = y[i];
      const y1 = y0 + vy[i] * T;
      const z0 = z[i];
      const z1 = z0 + vz[i] * T;
      bx0[k] = Math.min(x0, x1) - m;
      bx1[k] = Math.max(x0, x1) + m;
      by0[k] = Math.min(y0, y1) - m;
      by1[k] = Math.max(y0, y1) + m;
      bz0[k] = Math.min(z0, z1) - mz;
      bz1[k] = Math.max(z0, z1) + mz;
    }
    return n;
  }

  /** Chooses the grid and counting-sorts the boxes into it; returns the number of columns. */
  private bin(input: DetectInput, n: number): number {
    const { bx0, bx1, by0, by1, bz0, bz1, cx0, cx1, cy0, cy1, sbin } = this;
    let gx0 = Number.POSITIVE_INFINITY;
    let gx1 = Number.NEGATIVE_INFINITY;
    let gy0 = Number.POSITIVE_INFINITY;
    let gy1 = Number.NEGATIVE_INFINITY;
    let gz0 = Number.POSITIVE_INFINITY;
    let gz1 = Number.NEGATIVE_INFINITY;
    let extent = 0;
    let extentX = 0;
    let extentZ = 0;
    for (let k = 0; k < n; k++) {
      if (bz0[k] < gz0) gz0 = bz0[k];
      if (bz1[k] > gz1) gz1 = bz1[k];
      extentX += bx1[k] - bx0[k];
      extentZ += bz1[k] - bz0[k];
      if (bx0[k] < gx0) gx0 = bx0[k];
      if (bx1[k] > gx1) gx1 = bx1[k];
      if (by0[k] < gy0) gy0 = by0[k];
      if (by1[k] > gy1) gy1 = by1[k];
      const w = bx1[k] - bx0[k];
      const h = by1[k] - by0[k];
      extent += Math.max(w, h);
    }
    const width = gx1 - gx0;
    const height = gy1 - gy0;
    extent = Math.max(extent / n, 1e-3);
    let cw = extent * this.widthFactor;
    let ch = extent * this.heightFactor;
    // At most ~4 cells per aircraft: a sparser grid is no faster, only bigger.
    const maxCells = 4 * n + 64;
    while ((Math.floor(width / cw) + 1) * (Math.floor(height / ch) + 1) > maxCells) {
      cw *= 1.5;
      ch *= 1.5;
    }
    const invW = 1 / cw;
    const invH = 1 / ch;
    const nx = Math.floor(width * invW) + 1;
    const ny = Math.floor(height * invH) + 1;
    const cells = nx * ny;

    // 1. The sweep axis: x, or z when boxes are thinner relative to the altitude band than to a cell's width (the
    //    chance that two cell mates overlap along the axis). Order the boxes by a fine bin of their lower end on that
    //    axis (2 bins per box on average).
    extentX /= n;
    extentZ /= n;
    const depth = gz1 - gz0;
    const alongZ = (2 * extentZ) / (depth + extentZ) < (2 * extentX) / (cw + extentX);
    const s0 = alongZ ? bz0 : bx0;
    const origin = alongZ ? gz0 : gx0;
    const span = alongZ ? depth : width;
    const bins = 2 * n;
    const invBin = span > 0 ? bins / span : 0;
    const binStart = this.binStart;
    binStart.fill(0, 0, bins + 1);
    for (let k = 0; k < n; k++) {
      const b = Math.min(Math.floor((s0[k] - origin) * invBin), bins - 1);
      sbin[k] = b;
      binStart[b + 1]++;
    }
    for (let b = 0; b < bins; b++) binStart[b + 1] += binStart[b];
    const order = this.order;
    for (let k = 0; k < n; k++) order[binStart[sbin[k]]++] = k;
    this.sweepOrigin = origin;
    this.invBin = invBin;
    this.lastBin = bins - 1;
    this.stats.sweepAxis = alongZ ? 'z' : 'x';

    // 2. Count the boxes into the cells they overlap.
    if (this.cellStart.length < cells + 1)
      this.cellStart = new Int32Array(Math.max(cells + 1, this.cellStart.length * 2));
    const start = this.cellStart;
    start.fill(0, 0, cells + 1);
    let total = 0;
    for (let k = 0; k < n; k++) {
      const ax0 = Math.floor((bx0[k] - gx0) * invW);
      const ax1 = Math.min(Math.floor((bx1[k] - gx0) * invW), nx - 1);
      const ay0 = Math.floor((by0[k] - gy0) * invH);
      const ay1 = Math.min(Math.floor((by1[k] - gy0) * invH), ny - 1);
      cx0[k] = ax0;
      cx1[k] = ax1;
      cy0[k] = ay0;
      cy1[k] = ay1;
      for (let cy = ay0; cy <= ay1; cy++) {
        const row = cy * nx;
        for (let cx = ax0; cx <= ax1; cx++) start[row + cx + 1]++;
      }
      total += (ax1 - ax0 + 1) * (ay1 - ay0 + 1);
    }
    // 3. State records in home-cell order (a counting sort on the cell of each box's lower corner).
    this.writeState(input, n, nx, cells);
    for (let c = 0; c < cells; c++) start[c + 1] += start[c];

    // 4. Write the records cell by cell, from the back so that each cell keeps the x order.
    if (this.records.length < total * STRIDE) {
      this.records = new Float64Array(Math.max(total, (this.records.length / STRIDE) * 2) * STRIDE);
    }
    const rec = this.records;
    const slot = this.slot;
    // Record layout: the sweep axis's interval first, then the other two.
    const s1 = alongZ ? bz1 : bx1;
    const p0 = alongZ ? bx0 : bz0;
    const p1 = alongZ ? bx1 : bz1;
    for (let r = n - 1; r >= 0; r--) {
      const k = order[r];
      for (let cy = cy0[k]; cy <= cy1[k]; cy++) {
        const row = cy * nx;
        for (let cx = cx0[k]; cx <= cx1[k]; cx++) {
          const o = --start[row + cx + 1] * STRIDE;
          rec[o] = s0[k];
          rec[o + 1] = s1[k];
          rec[o + 2] = by0[k];
          rec[o + 3] = by1[k];
          rec[o + 4] = p0[k];
          rec[o + 5] = p1[k];
          rec[o + 6] = slot[k];
          rec[o + 7] = sbin[k];
        }
      }
    }
    // start[c + 1] now holds the first slot of cell c; shift so that cell c spans [start[c], start[c + 1]).
    for (let c = 0; c < cells; c++) start[c] = start[c + 1];
    start[cells] = total;
    const stats = this.stats;
    stats.cellWidth = cw;
    stats.cellHeight = ch;
    stats.cells = cells;
    stats.entries = total;
    return nx;
  }

  /** Fills the state records in home-cell order; slot[k] is the record of compact aircraft k. */
  private writeState(input: DetectInput, n: number, nx: number, cells: number): void {
    const { ids, cx0, cy0, slot } = this;
    // Reuse the fine-bin counters as home-cell counters when they are big enough, else grow them.
    if (this.binStart.length < cells + 1) this.binStart = new Int32Array(cells + 1);
    const home = this.binStart;
    home.fill(0, 0, cells + 1);
    for (let k = 0; k < n; k++) home[cy0[k] * nx + cx0[k] + 1]++;
    for (let c = 0; c < cells; c++) home[c + 1] += home[c];
    for (let k = 0; k < n; k++) slot[k] = home[cy0[k] * nx + cx0[k]]++;
    if (this.state.length < n * STATE)
      this.state = new Float64Array(Math.max(n, (this.state.length / STATE) * 2) * STATE);
    const st = this.state;
    const { x, y, z, vx, vy, vz, radius, halfHeight, lookahead, nmacRadius, nmacHalfHeight } = input;
    for (let k = 0; k < n; k++) {
      const i = ids[k];
      const o = slot[k] * STATE;
      st[o] = cx0[k];
      st[o + 1] = cy0[k];
      st[o + 2] = x[i];
      st[o + 3] = y[i];
      st[o + 4] = z[i];
      st[o + 5] = vx[i];
      st[o + 6] = vy[i];
      st[o + 7] = vz[i];
      st[o + 8] = radius[i];
      st[o + 9] = halfHeight[i];
      st[o + 10] = lookahead[i];
      st[o + 11] = nmacRadius[i];
      st[o + 12] = nmacHalfHeight[i];
      st[o + 13] = i;
    }
  }

  /** Tests the pairs of every cell; returns the number of flagged pair keys written. */
  private sweepCells(input: DetectInput, nx: number, owned: Uint8Array | null): number {
    const { sweepOrigin, invBin, lastBin } = this;
    const rec = this.records;
    const st = this.state;
    const start = this.cellStart;
    const cells = this.stats.cells;
    const count = input.count;
    let keys = this.keys;
    let nk = 0;
    let candidates = 0;
    let visited = 0;
    for (let cell = 0; cell < cells; cell++) {
      const e = start[cell + 1] * STRIDE;
      const cy = Math.floor(cell / nx);
      const cx = cell - cy * nx;
      for (let a = start[cell] * STRIDE; a < e - STRIDE; a += STRIDE) {
        const ax0 = rec[a];
        const ax1 = rec[a + 1];
        const ay0 = rec[a + 2];
        const ay1 = rec[a + 3];
        const az0 = rec[a + 4];
        const az1 = rec[a + 5];
        const sa = rec[a + 6] * STATE;
        // Boxes after this one start at a bin ≥ its own; past the bin of its upper end they cannot overlap it.
        const stop = Math.min(Math.floor((ax1 - sweepOrigin) * invBin), lastBin);
        let b = a + STRIDE;
        for (; b < e && rec[b + 7] <= stop; b += STRIDE) {
          if (rec[b] > ax1 || rec[b + 1] < ax0 || rec[b + 2] > ay1 || rec[b + 3] < ay0) continue;
          if (rec[b + 4] > az1 || rec[b + 5] < az0) continue;
          const sb = rec[b + 6] * STATE;
          // Take the pair only in the cell of the lower corner of the boxes' overlap.
          const ca = st[sa];
          const cb = st[sb];
          const ra = st[sa + 1];
          const rb = st[sb + 1];
          if (Math.max(ca, cb) !== cx || Math.max(ra, rb) !== cy) continue;
          const ia = st[sa + 13];
          const ib = st[sb + 13];
          if (owned !== null && owned[ia] === 0 && owned[ib] === 0) continue;
          candidates++;
          // evaluatePair is exactly antisymmetric in its differences, so the orientation does not change the flags.
          const flags = evaluatePair(
            st[sb + 2] - st[sa + 2],
            st[sb + 3] - st[sa + 3],
            st[sb + 4] - st[sa + 4],
            st[sb + 5] - st[sa + 5],
            st[sb + 6] - st[sa + 6],
            st[sb + 7] - st[sa + 7],
            Math.max(st[sa + 8], st[sb + 8]),
            Math.max(st[sa + 9], st[sb + 9]),
            Math.max(st[sa + 10], st[sb + 10]),
            Math.max(st[sa + 11], st[sb + 11]),
            Math.max(st[sa + 12], st[sb + 12]),
            scratch,
          );
          if (flags !== 0) {
            if (nk === keys.length) {
              const grown = new Float64Array(keys.length * 2);
              grown.set(keys);
              this.keys = keys = grown;
            }
            keys[nk++] = ia < ib ? ia * count + ib : ib * count + ia;
          }
        }
        visited += (b - a) / STRIDE - 1;
      }
    }
    this.stats.candidates = candidates;
    this.stats.visited = visited;
    return nk;
  }

  private allocate(count: number): void {
    const cap = Math.max(count, this.ids.length * 2, 16);
    this.ids = new Int32Array(cap);
    this.bx0 = new Float64Array(cap);
    this.bx1 = new Float64Array(cap);
    this.by0 = new Float64Array(cap);
    this.by1 = new Float64Array(cap);
    this.bz0 = new Float64Array(cap);
    this.bz1 = new Float64Array(cap);
    this.cx0 = new Int32Array(cap);
    this.cx1 = new Int32Array(cap);
    this.cy0 = new Int32Array(cap);
    this.cy1 = new Int32Array(cap);
    this.sbin = new Int32Array(cap);
    this.order = new Int32Array(cap);
    this.slot = new Int32Array(cap);
    this.binStart = new Int32Array(2 * cap + 1);
  }
}
