// The broad phase: swept boxes binned into a uniform grid rebuilt each tick by counting sort, then the exact narrow phase.
import { CellGroups, GROUPS, REC, SPAN_X, SPAN_Y } from './grid-cells';
import { type PairList, PairSorter } from './pair-list';
import { BATCH, PairTester, STATE } from './pair-test';
import { participates } from './swept-boxes';
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
  private readonly widthFactor: number;
  private readonly heightFactor: number;
  // Per participating aircraft k, in flight index order.
  private ids = new Int32Array(0);
  private bx0 = new Float64Array(0);
  private bx1 = new Float64Array(0);
  private by0 = new Float64Array(0);
  private by1 = new Float64Array(0);
  private bz0 = new Float64Array(0);
  private bz1 = new Float64Array(0);
  private bin = new Int32Array(0);
  private spanX = new Int32Array(0);
  private spanY = new Int32Array(0);
  /** Counting-sort counters (home cell × sweep bin), then the first slot of each home cell. */
  private counts = new Int32Array(0);
  private home = new Int32Array(0);
  /** Box records by slot: REC words, float32 intervals rounded outwards (so the box only grows), int32 cell spans. */
  private records = new Float32Array(0);
  private recordInts = new Int32Array(0);
  private readonly cells = new CellGroups();
  private readonly tester = new PairTester();
  /** Pairs of slots whose boxes overlap, waiting for the pair test. */
  private first = new Int32Array(BATCH);
  private second = new Int32Array(BATCH);
  private pending = 0;
  private readonly sorter = new PairSorter();
  // The grid of the current tick.
  private lookahead = 0;
  private minRadius = 0;
  private minHalfHeight = 0;
  private gx0 = 0;
  private gx1 = 0;
  private gy0 = 0;
  private gy1 = 0;
  private gz0 = 0;
  private gz1 = 0;
  private meanExtent = 0;
  private meanExtentX = 0;
  private meanExtentZ = 0;
  private visited = 0;

  constructor(options: GridOptions = {}) {
    this.widthFactor = options.cellWidthFactor ?? 1;
    this.heightFactor = options.cellHeightFactor ?? 1;
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
    this.boxes(input, n);
    this.layout(input, n);
    this.sweepCells(owned);
    this.sorter.sort(this.tester.raw, input.count, out);
    stats.pairs = out.count;
    return stats;
  }

  /** Bytes held by the detector's buffers (they grow with the aircraft, the grid entries and the flagged pairs). */
  bufferBytes(): number {
    const arrays = [
      this.ids,
      this.bx0,
      this.bx1,
      this.by0,
      this.by1,
      this.bz0,
      this.bz1,
      this.bin,
      this.spanX,
      this.spanY,
      this.counts,
      this.home,
      this.records,
      this.first,
      this.second,
    ];
    return arrays.reduce(
      (sum, a) => sum + a.byteLength,
      this.cells.bufferBytes() + this.tester.bufferBytes() + this.sorter.bufferBytes(),
    );
  }

  /**
   * Lists the participating aircraft (active, every figure finite) and the global sizes of their boxes: the largest
   * look-ahead T, the smallest reach (radius or NMAC radius) and half-height (see swept-boxes.ts).
   */
  private collect(input: DetectInput): number {
    const count = input.count;
    if (this.ids.length < count) this.allocate(count);
    const ids = this.ids;
    const { active, x, y, z, vx, vy, vz, radius, halfHeight, lookahead, nmacRadius, nmacHalfHeight } = input;
    let t = 0;
    let r = Number.POSITIVE_INFINITY;
    let h = Number.POSITIVE_INFINITY;
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (active[i] === 0) continue;
      const R = radius[i];
      const H = halfHeight[i];
      const T = lookahead[i];
      const nR = nmacRadius[i];
      const nH = nmacHalfHeight[i];
      // A NaN or an infinity anywhere makes the sum NaN or infinite; a finite sum proves every figure finite.
      const sum = x[i] + y[i] + z[i] + vx[i] + vy[i] + vz[i] + R + H + T + nR + nH;
      if (sum - sum !== 0 && !participates(input, i)) continue;
      ids[n++] = i;
      const ri = Math.max(R, nR);
      const hi = Math.max(H, nH);
      if (T > t) t = T;
      if (ri < r) r = ri;
      if (hi < h) h = hi;
    }
    this.lookahead = t;
    this.minRadius = n === 0 || r < 0 ? 0 : r;
    this.minHalfHeight = n === 0 || h < 0 ? 0 : h;
    return n;
  }

  /**
   * Computes each aircraft's swept box: its straight path over [0, T] grown by its margins (see swept-boxes.ts, plus a
   * slack of 1 cm and a relative term for rounding), and the bounds and mean extents of all boxes.
   */
  private boxes(input: DetectInput, n: number): void {
    const T = this.lookahead;
    const halfR = this.minRadius / 2;
    const halfH = this.minHalfHeight / 2;
    const { ids, bx0, bx1, by0, by1, bz0, bz1 } = this;
    const { x, y, z, vx, vy, vz, radius, halfHeight, nmacRadius, nmacHalfHeight } = input;
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
      const i = ids[k];
      const R = radius[i];
      const nR = nmacRadius[i];
      const H = halfHeight[i];
      const nH = nmacHalfHeight[i];
      const x0 = x[i];
      const y0 = y[i];
      const z0 = z[i];
      const m = Math.max(Math.max(R, nR) - halfR, halfR) + 0.01 + 1e-9 * (Math.abs(x0) + Math.abs(y0));
      const mz = Math.max(Math.max(H, nH) - halfH, halfH) + 0.01 + 1e-9 * Math.abs(z0);
      // The path's ends without a data-dependent branch: x0 + (d ∓ |d|)/2 is x0 + min(d, 0) and x0 + max(d, 0) (to
      // within rounding, which the 1 cm slack covers).
      const hx = vx[i] * T * 0.5;
      const hy = vy[i] * T * 0.5;
      const hz = vz[i] * T * 0.5;
      const ax = Math.abs(hx);
      const ay = Math.abs(hy);
      const az = Math.abs(hz);
      const ax0 = x0 + (hx - ax) - m;
      const ax1 = x0 + (hx + ax) + m;
      const ay0 = y0 + (hy - ay) - m;
      const ay1 = y0 + (hy + ay) + m;
      const az0 = z0 + (hz - az) - mz;
      const az1 = z0 + (hz + az) + mz;
      bx0[k] = ax0;
      bx1[k] = ax1;
      by0[k] = ay0;
      by1[k] = ay1;
      bz0[k] = az0;
      bz1[k] = az1;
      if (ax0 < gx0) gx0 = ax0;
      if (ax1 > gx1) gx1 = ax1;
      if (ay0 < gy0) gy0 = ay0;
      if (ay1 > gy1) gy1 = ay1;
      if (az0 < gz0) gz0 = az0;
      if (az1 > gz1) gz1 = az1;
      const w = ax1 - ax0;
      const hgt = ay1 - ay0;
      extent += w + hgt + Math.abs(w - hgt); // twice the larger
      extentX += w;
      extentZ += az1 - az0;
    }
    this.gx0 = gx0;
    this.gx1 = gx1;
    this.gy0 = gy0;
    this.gy1 = gy1;
    this.gz0 = gz0;
    this.gz1 = gz1;
    this.meanExtent = extent / (2 * n);
    this.meanExtentX = extentX / n;
    this.meanExtentZ = extentZ / n;
  }

  /**
   * Chooses the grid, numbers the aircraft by (home cell, sweep bin) with one counting sort, writes their box and state
   * records in that order, and lists the boxes in the cells.
   */
  private layout(input: DetectInput, n: number): void {
    const { gx0, gy0, gz0 } = this;
    const width = this.gx1 - gx0;
    const height = this.gy1 - gy0;
    const depth = this.gz1 - gz0;
    const extent = Math.max(this.meanExtent, 1e-3);
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
    // The sweep axis: x, or z when boxes are thinner relative to the altitude band than to a cell's width (the chance
    // that two cell mates overlap along the axis).
    const ex = this.meanExtentX;
    const ez = this.meanExtentZ;
    const alongZ = (2 * ez) / (depth + ez) < (2 * ex) / (cw + ex);
    const { bx0, bx1, by0, by1, bz0, bz1, bin, spanX, spanY } = this;
    const s0 = alongZ ? bz0 : bx0;
    const s1 = alongZ ? bz1 : bx1;
    const p0 = alongZ ? bx0 : bz0;
    const p1 = alongZ ? bx1 : bz1;
    const origin = alongZ ? gz0 : gx0;
    const span = alongZ ? depth : width;

    // 1. Counting sort on (home cell, sweep bin): a few bins per cell, about two aircraft per bin.
    const perCell = Math.max(1, Math.min(64, Math.floor((2 * n) / cells)));
    const bins = cells * perCell;
    const invBin = span > 0 ? perCell / span : 0;
    if (this.counts.length < bins + 1) this.counts = new Int32Array(Math.max(bins + 1, this.counts.length * 2));
    if (this.home.length < cells + 1) this.home = new Int32Array(Math.max(cells + 1, this.home.length * 2));
    const counts = this.counts;
    counts.fill(0, 0, bins + 1);
    for (let k = 0; k < n; k++) {
      const cx0 = Math.floor((bx0[k] - gx0) * invW);
      const cy0 = Math.floor((by0[k] - gy0) * invH);
      const cx1 = Math.floor((bx1[k] - gx0) * invW);
      const cy1 = Math.floor((by1[k] - gy0) * invH);
      const sb = Math.floor((s0[k] - origin) * invBin);
      const b = (cy0 * nx + cx0) * perCell + (sb < perCell ? sb : perCell - 1);
      bin[k] = b;
      spanX[k] = (cx1 < nx ? cx1 : nx - 1) - cx0;
      spanY[k] = (cy1 < ny ? cy1 : ny - 1) - cy0;
      counts[b + 1]++;
    }
    for (let b = 0; b < bins; b++) counts[b + 1] += counts[b];
    const home = this.home;
    for (let c = 0; c < cells; c++) home[c] = counts[c * perCell];
    home[cells] = n;

    // 2. Box and state records in slot order.
    if (this.records.length < n * REC) {
      this.records = new Float32Array(Math.max(n, (this.records.length / REC) * 2) * REC);
      this.recordInts = new Int32Array(this.records.buffer);
    }
    const rec = this.records;
    const reci = this.recordInts;
    const tester = this.tester;
    tester.reset(n);
    const st = tester.state;
    const { ids } = this;
    const { x, y, z, vx, vy, vz } = input;
    for (let k = 0; k < n; k++) {
      const s = counts[bin[k]]++;
      const o = s * REC;
      rec[o] = down32(s0[k]);
      rec[o + 1] = up32(s1[k]);
      rec[o + 2] = down32(by0[k]);
      rec[o + 3] = up32(by1[k]);
      rec[o + 4] = down32(p0[k]);
      rec[o + 5] = up32(p1[k]);
      reci[o + SPAN_X] = spanX[k];
      reci[o + SPAN_Y] = spanY[k];
      const i = ids[k];
      const q = s * STATE;
      st[q] = x[i];
      st[q + 1] = y[i];
      st[q + 2] = z[i];
      st[q + 3] = vx[i];
      st[q + 4] = vy[i];
      st[q + 5] = vz[i];
      st[q + 6] = i;
      st[q + 7] = tester.zoneOf(input, i);
    }

    // 3. The cell lists.
    this.cells.build(rec, reci, home, nx, ny);
    const stats = this.stats;
    stats.sweepAxis = alongZ ? 'z' : 'x';
    stats.cellWidth = cw;
    stats.cellHeight = ch;
    stats.cells = cells;
    stats.entries = this.cells.entries;
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
    const rec = this.records;
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

  private allocate(count: number): void {
    const cap = Math.max(count, this.ids.length * 2, 16);
    this.ids = new Int32Array(cap);
    this.bx0 = new Float64Array(cap);
    this.bx1 = new Float64Array(cap);
    this.by0 = new Float64Array(cap);
    this.by1 = new Float64Array(cap);
    this.bz0 = new Float64Array(cap);
    this.bz1 = new Float64Array(cap);
    this.bin = new Int32Array(cap);
    this.spanX = new Int32Array(cap);
    this.spanY = new Int32Array(cap);
  }
}

/** A float32 not above v (float32 rounding is to nearest: step down by more than half a float32 ulp first). */
function down32(v: number): number {
  return Math.fround(v - (Math.abs(v) * 2 ** -22 + 1e-30));
}

/** A float32 not below v. */
function up32(v: number): number {
  return Math.fround(v + (Math.abs(v) * 2 ** -22 + 1e-30));
}
