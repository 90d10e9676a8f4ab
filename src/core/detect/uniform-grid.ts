// The broad phase: swept boxes binned into a uniform grid rebuilt each tick by counting sort, then the exact narrow phase.
import { evaluatePair, MIN_NORMAL, PAIR_FIELDS } from './closest-approach';
import { PairList, PairSorter } from './pair-list';
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
  /** Cell width (x) as a multiple of the mean swept-box extent (default 1). */
  cellWidthFactor?: number;
  /** Cell height (y) as a multiple of the mean swept-box extent (default 1). */
  cellHeightFactor?: number;
}

const scratch = new Float64Array(PAIR_FIELDS);
/**
 * 32-bit words per grid entry record: the box's interval on the sweep axis, on y and on the third axis as float32
 * rounded outwards (so the box only grows), then its state slot and its compact index as int32: 32 bytes, two per
 * cache line, and everything the sweep reads before the narrow phase.
 */
const STRIDE = 8;
/**
 * Doubles per state record, one per aircraft in the order of its home cell (the cell of its box's lower corner), so that
 * the narrow phase reads neighbours from nearby memory: x, y, z, vx, vy, vz, flight index, zone number (one cache line).
 */
const STATE = 8;
/** Doubles per zone: R, H, T, NMAC R, NMAC H (aircraft with equal zones in a row share one). */
const ZONE = 8;
/** Groups per cell, by where a box's lower corner lies: in the cell, left of it, below it, below left. */
const GROUPS = 4;
const LEFT = 1;
const BELOW = 2;

/**
 * A reusable grid detector. Every participating aircraft gets a swept box (see swept-boxes.ts); the cell size is the mean
 * box extent. Boxes are ordered by a fine bin of their lower end along the sweep axis (z, or x when the traffic is flat;
 * a counting sort), then a second counting sort writes each box into every cell it overlaps, in one of four groups by
 * where the box's lower corner lies (in the cell, left of it, below it, below left), keeping that order; an insertion
 * sort makes each group exactly sorted. A pair's boxes overlap in a rectangle whose lower corner lies in exactly one
 * cell, and in that cell the pair is home × any group or left × below — so each cell only sweeps those group pairs
 * (sweep and prune along the sweep axis, then the y and third-axis intervals), and every pair is met exactly once.
 * Then a division-free pre-test and the narrow phase; the flagged pairs are sorted by (i, j) by a counting sort on i.
 * Buffers are kept and grow only with the number of aircraft, entries or flagged pairs: no allocation per tick once warm.
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
  /** The record of each compact aircraft, written in k order, then copied into every cell its box overlaps. */
  private boxRecords = new Float32Array(0);
  private boxRecordInts = new Int32Array(0);
  private records = new Float32Array(0);
  private recordInts = new Int32Array(0);
  private state = new Float64Array(0);
  private zones = new Float64Array(0);
  private slot = new Int32Array(0);
  /** Flagged pairs in the order the sweep finds them, then sorted into the caller's list. */
  private readonly raw = new PairList();
  private candidates = 0;
  private visited = 0;
  private readonly sorter = new PairSorter();
  // The grid of the current tick.

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
    this.bin(input, n);
    this.sweepCells(owned);
    this.sorter.sort(this.raw, input.count, out);
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
      this.cx0,
      this.cx1,
      this.cy0,
      this.cy1,
      this.sbin,
      this.order,
      this.slot,
      this.binStart,
      this.cellStart,
      this.boxRecords,
      this.records,
      this.state,
      this.zones,
    ];
    return arrays.reduce((sum, a) => sum + a.byteLength, this.raw.bufferBytes() + this.sorter.bufferBytes());
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

  /** Chooses the grid and counting-sorts the boxes into it. */
  private bin(input: DetectInput, n: number): void {
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
    //    axis (2 bins per box, at most 65,536 bins: a small counter array that stays in cache).
    extentX /= n;
    extentZ /= n;
    const depth = gz1 - gz0;
    const alongZ = (2 * extentZ) / (depth + extentZ) < (2 * extentX) / (cw + extentX);
    const s0 = alongZ ? bz0 : bx0;
    const origin = alongZ ? gz0 : gx0;
    const span = alongZ ? depth : width;
    const bins = Math.min(2 * n, 1 << 16);
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
    this.stats.sweepAxis = alongZ ? 'z' : 'x';

    // 2. Count the boxes into the cells they overlap, in 4 groups per cell: boxes whose lower corner is in the cell
    //    (home), that come from the left, from below, from the lower left (GROUPS slots per cell).
    const groups = cells * GROUPS;
    if (this.cellStart.length < groups + 1)
      this.cellStart = new Int32Array(Math.max(groups + 1, this.cellStart.length * 2));
    const start = this.cellStart;
    start.fill(0, 0, groups + 1);
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
        const row = cy * nx * GROUPS + (cy > ay0 ? BELOW : 0);
        start[row + ax0 * GROUPS + 1]++;
        for (let cx = ax0 + 1; cx <= ax1; cx++) start[row + cx * GROUPS + LEFT + 1]++;
      }
      total += (ax1 - ax0 + 1) * (ay1 - ay0 + 1);
    }
    // 3. State records in home-cell order (a counting sort on the cell of each box's lower corner).
    this.writeState(input, n, nx, cells);
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];

    // 4. Write the records cell by cell, from the back so that each cell keeps the x order.
    if (this.records.length < total * STRIDE) {
      this.records = new Float32Array(Math.max(total, (this.records.length / STRIDE) * 2) * STRIDE);
      this.recordInts = new Int32Array(this.records.buffer);
    }
    const reci = this.recordInts;
    const slot = this.slot;
    // Record layout: the sweep axis's interval first, then y, then the third axis.
    const s1 = alongZ ? bz1 : bx1;
    const p0 = alongZ ? bx0 : bz0;
    const p1 = alongZ ? bx1 : bz1;
    const box = this.boxRecords;
    const boxi = this.boxRecordInts;
    for (let k = 0; k < n; k++) {
      const o = k * STRIDE;
      box[o] = down32(s0[k]);
      box[o + 1] = up32(s1[k]);
      box[o + 2] = down32(by0[k]);
      box[o + 3] = up32(by1[k]);
      box[o + 4] = down32(p0[k]);
      box[o + 5] = up32(p1[k]);
      boxi[o + 6] = slot[k];
      boxi[o + 7] = k;
    }
    for (let r = n - 1; r >= 0; r--) {
      const k = order[r];
      const src = k * STRIDE;
      const x0 = cx0[k];
      const x1 = cx1[k];
      for (let cy = cy0[k], y1 = cy1[k]; cy <= y1; cy++) {
        const row = cy * nx * GROUPS + (cy > cy0[k] ? BELOW : 0);
        for (let cx = x0; cx <= x1; cx++) {
          const o = --start[row + cx * GROUPS + (cx > x0 ? LEFT : 0) + 1] * STRIDE;
          reci[o] = boxi[src];
          reci[o + 1] = boxi[src + 1];
          reci[o + 2] = boxi[src + 2];
          reci[o + 3] = boxi[src + 3];
          reci[o + 4] = boxi[src + 4];
          reci[o + 5] = boxi[src + 5];
          reci[o + 6] = boxi[src + 6];
          reci[o + 7] = boxi[src + 7];
        }
      }
    }
    // start[g + 1] now holds the first slot of group g; shift so that group g spans [start[g], start[g + 1]).
    for (let g = 0; g < groups; g++) start[g] = start[g + 1];
    start[groups] = total;
    // 5. Each group is in bin order: an insertion sort (nearly sorted input, so about linear) makes it exact.
    for (let g = 0; g < groups; g++)
      if (start[g + 1] - start[g] > 1) sortGroup(this.records, reci, start[g], start[g + 1]);
    const stats = this.stats;
    stats.cellWidth = cw;
    stats.cellHeight = ch;
    stats.cells = cells;
    stats.entries = total;
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
    if (this.zones.length < n * ZONE) this.zones = new Float64Array(Math.max(n, (this.zones.length / ZONE) * 2) * ZONE);
    const st = this.state;
    const zt = this.zones;
    const { x, y, z, vx, vy, vz, radius, halfHeight, lookahead, nmacRadius, nmacHalfHeight } = input;
    let zone = -1;
    for (let k = 0; k < n; k++) {
      const i = ids[k];
      let q = zone * ZONE;
      if (
        zone < 0 ||
        zt[q] !== radius[i] ||
        zt[q + 1] !== halfHeight[i] ||
        zt[q + 2] !== lookahead[i] ||
        zt[q + 3] !== nmacRadius[i] ||
        zt[q + 4] !== nmacHalfHeight[i]
      ) {
        q = ++zone * ZONE;
        zt[q] = radius[i];
        zt[q + 1] = halfHeight[i];
        zt[q + 2] = lookahead[i];
        zt[q + 3] = nmacRadius[i];
        zt[q + 4] = nmacHalfHeight[i];
      }
      const o = slot[k] * STATE;
      st[o] = x[i];
      st[o + 1] = y[i];
      st[o + 2] = z[i];
      st[o + 3] = vx[i];
      st[o + 4] = vy[i];
      st[o + 5] = vz[i];
      st[o + 6] = i;
      st[o + 7] = q;
    }
  }

  /**
   * Visits the pairs that can be new in each cell — home × home, home × (left, below, lower left), left × below: exactly
   * the pairs whose boxes' overlap has its lower corner in the cell, so each pair is met once — by sweeping the groups
   * along the sweep axis, and hands those whose boxes overlap to candidate().
   */
  private sweepCells(owned: Uint8Array | null): void {
    const start = this.cellStart;
    const cells = this.stats.cells;
    this.raw.clear();
    this.candidates = 0;
    this.visited = 0;
    for (let cell = 0; cell < cells; cell++) {
      const g = cell * GROUPS;
      const home0 = start[g];
      const home1 = start[g + 1];
      const left1 = start[g + 2];
      const below1 = start[g + 3];
      const diag1 = start[g + 4];
      if (home1 > home0) {
        this.within(home0, home1, owned);
        this.cross(home0, home1, home1, left1, owned);
        this.cross(home0, home1, left1, below1, owned);
        this.cross(home0, home1, below1, diag1, owned);
      }
      this.cross(home1, left1, left1, below1, owned);
    }
    this.stats.candidates = this.candidates;
    this.stats.visited = this.visited;
  }

  /** Pairs inside one group [r0, r1), sorted by lower end: each record meets the following ones that start before it ends. */
  private within(r0: number, r1: number, owned: Uint8Array | null): void {
    const rec = this.records;
    const e = r1 * STRIDE;
    let visited = 0;
    for (let a = r0 * STRIDE; a < e - STRIDE; a += STRIDE) {
      const s1 = rec[a + 1];
      const y0 = rec[a + 2];
      const y1 = rec[a + 3];
      const z0 = rec[a + 4];
      const z1 = rec[a + 5];
      let b = a + STRIDE;
      for (; b < e && rec[b] <= s1; b += STRIDE) {
        if (rec[b + 2] > y1 || rec[b + 3] < y0 || rec[b + 4] > z1 || rec[b + 5] < z0) continue;
        this.candidate(a, b, owned);
      }
      visited += (b - a) / STRIDE - 1;
    }
    this.visited += visited;
  }

  /**
   * Pairs between two groups [p0, p1) and [q0, q1), each sorted by lower end: a p record meets the q records starting
   * at or after its own start and before its end; a q record meets the p records starting strictly after its start and
   * before its end. So every overlapping pair is met once.
   */
  private cross(p0: number, p1: number, q0: number, q1: number, owned: Uint8Array | null): void {
    if (p1 <= p0 || q1 <= q0) return;
    this.crossOneWay(p0, p1, q0, q1, false, owned);
    this.crossOneWay(q0, q1, p0, p1, true, owned);
  }

  private crossOneWay(p0: number, p1: number, q0: number, q1: number, strict: boolean, owned: Uint8Array | null): void {
    const rec = this.records;
    const qe = q1 * STRIDE;
    let q = q0 * STRIDE;
    let visited = 0;
    for (let a = p0 * STRIDE, pe = p1 * STRIDE; a < pe; a += STRIDE) {
      const s0 = rec[a];
      const s1 = rec[a + 1];
      const y0 = rec[a + 2];
      const y1 = rec[a + 3];
      const z0 = rec[a + 4];
      const z1 = rec[a + 5];
      if (strict) while (q < qe && rec[q] <= s0) q += STRIDE;
      else while (q < qe && rec[q] < s0) q += STRIDE;
      let b = q;
      for (; b < qe && rec[b] <= s1; b += STRIDE) {
        if (rec[b + 2] > y1 || rec[b + 3] < y0 || rec[b + 4] > z1 || rec[b + 5] < z0) continue;
        this.candidate(a, b, owned);
      }
      visited += (b - q) / STRIDE;
    }
    this.visited += visited;
  }

  /**
   * A pair whose boxes overlap (records a and b). Before the narrow phase, a division-free test that can only reject
   * pairs the narrow phase would not flag: the pair's smallest horizontal distance over [0, T] must be within R (or the
   * NMAC radius) and its smallest vertical distance within H (or the NMAC half-height), with a relative slack far above
   * rounding.
   */
  private candidate(a: number, b: number, owned: Uint8Array | null): void {
    const reci = this.recordInts;
    const st = this.state;
    const zt = this.zones;
    const sa = reci[a + 6] * STATE;
    const sb = reci[b + 6] * STATE;
    this.candidates++;
    const dx = st[sb] - st[sa];
    const dy = st[sb + 1] - st[sa + 1];
    const dz = st[sb + 2] - st[sa + 2];
    const dvx = st[sb + 3] - st[sa + 3];
    const dvy = st[sb + 4] - st[sa + 4];
    const dvz = st[sb + 5] - st[sa + 5];
    const za = st[sa + 7];
    const zb = st[sb + 7];
    const R = Math.max(zt[za], zt[zb]);
    const H = Math.max(zt[za + 1], zt[zb + 1]);
    const T = Math.max(zt[za + 2], zt[zb + 2]);
    const nR = Math.max(zt[za + 3], zt[zb + 3]);
    const nH = Math.max(zt[za + 4], zt[zb + 4]);
    // Vertical: the smallest |dz + dvz·t| over [0, T].
    const dzT = dz + dvz * T;
    const reachH = Math.max(H, nH) * (1 + 1e-9) + 1e-9;
    if (dz * dzT > 0 && Math.min(Math.abs(dz), Math.abs(dzT)) > reachH) return;
    // Horizontal: the smallest |d + v·t|² over [0, T], compared without dividing.
    const reach = Math.max(R, nR) * (1 + 1e-9) + 1e-9;
    const reach2 = reach * reach;
    const dv = dx * dvx + dy * dvy;
    const v2 = dvx * dvx + dvy * dvy;
    if (dv >= 0 || v2 < MIN_NORMAL) {
      // Diverging, or no relative motion as evaluatePair counts it: the distance now.
      if (dx * dx + dy * dy > reach2) return;
    } else if (-dv >= v2 * T) {
      const ex = dx + dvx * T;
      const ey = dy + dvy * T;
      if (ex * ex + ey * ey > reach2) return;
    } else {
      const cross = dx * dvy - dy * dvx;
      if (cross * cross > reach2 * v2) return;
    }
    let ia = st[sa + 6];
    let ib = st[sb + 6];
    if (owned !== null && owned[ia] === 0 && owned[ib] === 0) return;
    // evaluatePair is exactly antisymmetric in its differences: orienting it i → j changes no bit of the result.
    const flags = evaluatePair(dx, dy, dz, dvx, dvy, dvz, R, H, T, nR, nH, scratch);
    if (flags === 0) return;
    if (ia > ib) {
      const t = ia;
      ia = ib;
      ib = t;
    }
    this.raw.push(ia, ib, flags, scratch);
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
    this.binStart = new Int32Array((1 << 16) + 1);
    this.boxRecords = new Float32Array(cap * STRIDE);
    this.boxRecordInts = new Int32Array(this.boxRecords.buffer);
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

/** Sorts records [r0, r1) by their lower end on the sweep axis (insertion sort: the input is already in bin order). */
function sortGroup(rec: Float32Array, reci: Int32Array, r0: number, r1: number): void {
  for (let r = r0 + 1; r < r1; r++) {
    const o = r * STRIDE;
    const key = rec[o];
    if (rec[o - STRIDE] <= key) continue;
    const w0 = reci[o];
    const w1 = reci[o + 1];
    const w2 = reci[o + 2];
    const w3 = reci[o + 3];
    const w4 = reci[o + 4];
    const w5 = reci[o + 5];
    const w6 = reci[o + 6];
    const w7 = reci[o + 7];
    let p = o - STRIDE;
    while (p >= r0 * STRIDE && rec[p] > key) {
      reci.copyWithin(p + STRIDE, p, p + STRIDE);
      p -= STRIDE;
    }
    p += STRIDE;
    reci[p] = w0;
    reci[p + 1] = w1;
    reci[p + 2] = w2;
    reci[p + 3] = w3;
    reci[p + 4] = w4;
    reci[p + 5] = w5;
    reci[p + 6] = w6;
    reci[p + 7] = w7;
  }
}
