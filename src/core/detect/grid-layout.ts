// The grid's layout: participants, swept boxes per time slice, the cell size, and the aircraft numbered by home cell.
import { REC, type SweepBins } from './grid-cells';
import { MARGIN, MARGIN_Z, type PairTester, STATE, ZONE } from './pair-test';
import { boxMargin, lower, participates, RELATIVE_SLACK, upper } from './swept-boxes';
import { crowding, slicesFor } from './time-slices';
import type { DetectInput } from './traffic-input';

/** Box records of one time slice, by slot. */
export interface SliceBoxes {
  /** REC words per slot: float32 intervals on the sweep axis, y and the third axis (rounded outwards), home cell x, y. */
  records: Float32Array;
  ints: Int32Array;
  /** How many cells the box extends right of and above its home cell. */
  spanX: Int32Array;
  spanY: Int32Array;
  /** ⌊(v − origin)·scale⌋ of the box's lower and upper ends on the sweep axis (see SweepBins), before clamping. */
  rawLow: Int32Array;
  rawHigh: Int32Array;
}

/**
 * Lays out one tick. The participating aircraft (active, every figure finite) are copied in flight index order into
 * state records (x, y, z, vx, vy, vz, flight index, zone offset; see pair-test.ts). The look-ahead [0, T] is cut into
 * `slices` equal time slices, and in each an aircraft gets a swept box: its straight path over the slice grown by its
 * margins (see swept-boxes.ts, plus a 1 cm and a relative slack for rounding). A pair that is flagged is within reach
 * at some instant, which lies in some slice, where the two boxes overlap: so testing the pairs whose boxes overlap in
 * some slice misses none, and slices shorter than T make the boxes, hence the false candidates, fewer. Boxes are always
 * computed by the same expressions from the same record, so every pass sees the same box. The cell size is the mean
 * slice box extent; one grid serves all slices. One counting sort on the home cell of the whole path's box (the cell
 * of its lower corner) numbers the aircraft by slot and scatters the state records into slot order (the only random
 * access: one write per aircraft, which does not stall as a random read does), so that neighbours are near each other
 * in memory; the slices' box records are then written in slot order. The sweep axis is z, or x when the traffic is
 * flat. Buffers grow only.
 */
export class GridLayout {
  // The grid of the current tick.
  gx0 = 0;
  gy0 = 0;
  nx = 0;
  ny = 0;
  cellWidth = 0;
  cellHeight = 0;
  alongZ = false;
  /** Bins of the sweep axis within a cell (see grid-cells.ts). */
  readonly bins: SweepBins = { perCell: 1, origin: 0, scale: 0, columnOffset: 0 };
  readonly boxes: SliceBoxes[];
  /** State records in flight index order (k), before the scatter into slot order. */
  private source = new Float64Array(0);
  private cellOf = new Int32Array(0);
  private counts = new Int32Array(0);
  private lookahead = 0;
  /** The smallest reach (radius or NMAC radius) and vertical reach of the participants. */
  private smallestRadius = 0;
  private smallestHeight = 0;

  /** Participants in the grid (slots 0 … boxed − 1); the outliers follow them (see LIMIT). */
  boxed = 0;
  /** State records of the participants left out of the grid (outlierCount of them). */
  private outliers = new Float64Array(0);
  private outlierCount = 0;

  /** Time slices of the current tick (fixed, or chosen by the crowding). */
  slices = 1;
  /** The current tick's crowding (see chooseGrid). */
  crowding = 0;

  /** `fixedSlices`: the time slices of every tick, or null to choose 1 to 3 by the crowding of each tick. */
  constructor(
    private readonly fixedSlices: number | null,
    private readonly widthFactor: number,
    private readonly heightFactor: number,
  ) {
    this.boxes = Array.from({ length: fixedSlices ?? 3 }, () => sliceBoxes(0));
  }

  bufferBytes(): number {
    let sum = this.source.byteLength + this.cellOf.byteLength + this.counts.byteLength + this.outliers.byteLength;
    for (const b of this.boxes) sum += b.records.byteLength + 4 * b.spanX.byteLength;
    return sum;
  }

  /**
   * Lays out the participants of `input`; writes their state records into tester.state (by slot) and their zones into
   * its zone table. Returns the number of participants.
   */
  build(input: DetectInput, tester: PairTester): number {
    tester.reset(input.count);
    const n = this.collect(input, tester);
    this.boxed = n;
    const total = n + this.outlierCount;
    if (n >= 2) {
      this.margins(tester);
      this.chooseGrid(n, tester);
      this.sort(n, tester);
      this.writeSlices(n, tester);
    } else if (n === 1) tester.state.set(this.source.subarray(0, STATE));
    tester.state.set(this.outliers.subarray(0, this.outlierCount * STATE), n * STATE);
    return total;
  }

  /**
   * Copies the participants' state records in flight index order, those with a figure beyond LIMIT into `outliers`;
   * finds T and the smallest reaches of the others. Returns how many are in the grid.
   */
  private collect(input: DetectInput, tester: PairTester): number {
    const count = input.count;
    if (this.source.length < count * STATE) {
      const cap = Math.max(count, (this.source.length / STATE) * 2);
      this.source = new Float64Array(cap * STATE);
      this.cellOf = new Int32Array(cap);
    }
    const src = this.source;
    this.outlierCount = 0;
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
      const px = x[i];
      const py = y[i];
      const pz = z[i];
      const ux = vx[i];
      const uy = vy[i];
      const uz = vz[i];
      // A NaN or an infinity anywhere makes the sum NaN or infinite; a sum below LIMIT proves every figure finite.
      const size =
        Math.abs(px) + Math.abs(py) + Math.abs(pz) + Math.abs(ux) + Math.abs(uy) + Math.abs(uz) + Math.abs(R);
      const sum = size + Math.abs(H) + Math.abs(T) + Math.abs(nR) + Math.abs(nH);
      if (!(sum < LIMIT)) {
        if (participates(input, i)) this.addOutlier(input, i, tester);
        continue;
      }
      const o = n++ * STATE;
      src[o] = px;
      src[o + 1] = py;
      src[o + 2] = pz;
      src[o + 3] = ux;
      src[o + 4] = uy;
      src[o + 5] = uz;
      src[o + 6] = i;
      src[o + 7] = tester.zoneOf(R, H, T, nR, nH);
      const ri = Math.max(R, nR);
      const hi = Math.max(H, nH);
      if (T > t) t = T;
      if (ri < r) r = ri;
      if (hi < h) h = hi;
    }
    this.lookahead = t;
    this.smallestRadius = n === 0 || r < 0 ? 0 : r;
    this.smallestHeight = n === 0 || h < 0 ? 0 : h;
    return n;
  }

  /** Appends aircraft i's state record to the outliers. */
  private addOutlier(input: DetectInput, i: number, tester: PairTester): void {
    const o = this.outlierCount++ * STATE;
    if (this.outliers.length < o + STATE) {
      const grown = new Float64Array(Math.max(o + STATE, 2 * this.outliers.length));
      grown.set(this.outliers);
      this.outliers = grown;
    }
    const d = this.outliers;
    d[o] = input.x[i];
    d[o + 1] = input.y[i];
    d[o + 2] = input.z[i];
    d[o + 3] = input.vx[i];
    d[o + 4] = input.vy[i];
    d[o + 5] = input.vz[i];
    d[o + 6] = i;
    d[o + 7] = tester.zoneOf(
      input.radius[i],
      input.halfHeight[i],
      input.lookahead[i],
      input.nmacRadius[i],
      input.nmacHalfHeight[i],
    );
  }

  /** Each zone's box margins (see boxMargin; R is the larger of the radius and the NMAC radius, likewise H). */
  private margins(tester: PairTester): void {
    const zt = tester.zones;
    for (let q = 0, end = tester.zoneCount * ZONE; q < end; q += ZONE) {
      zt[q + MARGIN] = boxMargin(Math.max(zt[q], zt[q + 3]), this.smallestRadius);
      zt[q + MARGIN_Z] = boxMargin(Math.max(zt[q + 1], zt[q + 4]), this.smallestHeight);
    }
  }

  /**
   * The bounds of the whole paths' boxes and the mean extents of the slice boxes give the cell size, the grid, the
   * sweep axis and its bins.
   */
  private chooseGrid(n: number, tester: PairTester): void {
    const src = this.source;
    const zt = tester.zones;
    const T2 = this.lookahead * 0.5;
    let gx0 = Number.POSITIVE_INFINITY;
    let gx1 = Number.NEGATIVE_INFINITY;
    let gy0 = Number.POSITIVE_INFINITY;
    let gy1 = Number.NEGATIVE_INFINITY;
    let gz0 = Number.POSITIVE_INFINITY;
    let gz1 = Number.NEGATIVE_INFINITY;
    // Sums over the aircraft of the larger half path (x or y), the half paths along x and z, and the margins: a slice
    // box of K slices spans 2·|half path|/K + 2·margin on each axis.
    let larger = 0;
    let pathX = 0;
    let pathZ = 0;
    let margin = 0;
    let marginZ = 0;
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const q = src[o + 7];
      const m = marginH(zt, q, src[o], src[o + 1]);
      const mz = marginV(zt, q, src[o + 2]);
      const hx = src[o + 3] * T2;
      const hy = src[o + 4] * T2;
      const hz = src[o + 5] * T2;
      const x0 = lower(src[o], hx, hx, m);
      const x1 = upper(src[o], hx, hx, m);
      const y0 = lower(src[o + 1], hy, hy, m);
      const y1 = upper(src[o + 1], hy, hy, m);
      const z0 = lower(src[o + 2], hz, hz, mz);
      const z1 = upper(src[o + 2], hz, hz, mz);
      if (x0 < gx0) gx0 = x0;
      if (x1 > gx1) gx1 = x1;
      if (y0 < gy0) gy0 = y0;
      if (y1 > gy1) gy1 = y1;
      if (z0 < gz0) gz0 = z0;
      if (z1 > gz1) gz1 = z1;
      larger += Math.max(Math.abs(hx), Math.abs(hy));
      pathX += Math.abs(hx);
      pathZ += Math.abs(hz);
      margin += m;
      marginZ += mz;
    }
    const width = gx1 - gx0;
    const height = gy1 - gy0;
    const depth = gz1 - gz0;
    // The crowding of the whole paths' boxes chooses the time slices (time-slices.ts).
    this.crowding = crowding(n, (2 * larger + 2 * margin) / n, (2 * pathZ + 2 * marginZ) / n, width, height, depth);
    const K = this.fixedSlices ?? slicesFor(this.crowding);
    this.slices = K;
    const mean = Math.max((2 * larger) / K + 2 * margin, 1e-3 * n) / n;
    const extentX = (2 * pathX) / K + 2 * margin;
    const extentZ = (2 * pathZ) / K + 2 * marginZ;
    let cw = mean * this.widthFactor;
    let ch = mean * this.heightFactor;
    // At most ~4 cells per aircraft: a sparser grid is no faster, only bigger.
    const maxCells = 4 * n + 64;
    while ((Math.floor(width / cw) + 1) * (Math.floor(height / ch) + 1) > maxCells) {
      cw *= 1.5;
      ch *= 1.5;
    }
    this.gx0 = gx0;
    this.gy0 = gy0;
    this.cellWidth = cw;
    this.cellHeight = ch;
    this.nx = Math.floor(width / cw) + 1;
    this.ny = Math.floor(height / ch) + 1;
    // The sweep axis: z when boxes are thinner relative to the altitude band than to a cell's width (the chance that
    // two cell mates overlap along the axis), else x.
    const ex = extentX / n;
    const ez = extentZ / n;
    const alongZ = (2 * ez) / (depth + ez) < (2 * ex) / (cw + ex);
    this.alongZ = alongZ;
    // Sweep bins about an eighth of a box long: along z, over the altitude band; along x, over each cell's width. At
    // most ~4 (cell, bin) counters per aircraft, and 64 bins.
    const bins = this.bins;
    const along = alongZ ? depth : cw;
    const perCell = Math.ceil((8 * along) / Math.max(alongZ ? ez : ex, 1e-9));
    bins.perCell = Math.max(1, Math.min(64, perCell, Math.floor((4 * n) / (this.nx * this.ny))));
    bins.origin = alongZ ? gz0 : gx0;
    bins.scale = alongZ ? (depth > 0 ? bins.perCell / depth : 0) : bins.perCell / cw;
    bins.columnOffset = alongZ ? 0 : bins.perCell;
  }

  /** A counting sort on the home cell of each whole path's box numbers the aircraft (slots); scatters the states. */
  private sort(n: number, tester: PairTester): void {
    const src = this.source;
    const zt = tester.zones;
    const { gx0, gy0, nx, ny } = this;
    const invW = 1 / this.cellWidth;
    const invH = 1 / this.cellHeight;
    const T2 = this.lookahead * 0.5;
    const cells = nx * ny;
    if (this.counts.length < cells + 1) this.counts = new Int32Array(Math.max(cells + 1, this.counts.length * 2));
    const { counts, cellOf } = this;
    counts.fill(0, 0, cells + 1);
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const q = src[o + 7];
      const m = marginH(zt, q, src[o], src[o + 1]);
      const hx = src[o + 3] * T2;
      const hy = src[o + 4] * T2;
      const cx = Math.floor((lower(src[o], hx, hx, m) - gx0) * invW);
      const cy = Math.floor((lower(src[o + 1], hy, hy, m) - gy0) * invH);
      const c = cy * nx + cx;
      cellOf[k] = c;
      counts[c + 1]++;
    }
    for (let c = 0; c < cells; c++) counts[c + 1] += counts[c];
    // Scatter the state records into slot order (random writes, which do not stall like random reads).
    const st = tester.state;
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const d = counts[cellOf[k]]++ * STATE;
      st[d] = src[o];
      st[d + 1] = src[o + 1];
      st[d + 2] = src[o + 2];
      st[d + 3] = src[o + 3];
      st[d + 4] = src[o + 4];
      st[d + 5] = src[o + 5];
      st[d + 6] = src[o + 6];
      st[d + 7] = src[o + 7];
    }
  }

  /** Writes the box records of every time slice in slot order. */
  private writeSlices(n: number, tester: PairTester): void {
    for (let k = 0; k < this.slices; k++) {
      const length = this.boxes[k].spanX.length;
      if (length < n) this.boxes[k] = sliceBoxes(Math.max(n, length * 2));
      this.writeSlice(n, tester, k);
    }
  }

  /**
   * Writes the box records of time slice `slice`, [t0, t1] = [kT/K, (k + 1)T/K]. (The box's ends are written out
   * rather than through lower()/upper(): one more call here would exceed what the optimising compiler inlines, and a
   * call that is not inlined boxes the number it returns.)
   */
  private writeSlice(n: number, tester: PairTester, slice: number): void {
    const { records: rec, ints, spanX, spanY, rawLow, rawHigh } = this.boxes[slice];
    const st = tester.state;
    const zt = tester.zones;
    const { gx0, gy0, nx, ny, alongZ } = this;
    const { origin, scale } = this.bins;
    const invW = 1 / this.cellWidth;
    const invH = 1 / this.cellHeight;
    // Centre (t0 + t1)/2 and half-length (t1 − t0)/2 of the slice.
    const T = this.lookahead;
    const centre = (T * (2 * slice + 1)) / (2 * this.slices);
    const half = T / (2 * this.slices);
    for (let s = 0, d = 0; s < n; s++, d += STATE) {
      const px = st[d];
      const py = st[d + 1];
      const pz = st[d + 2];
      const q = st[d + 7];
      const m = zt[q + MARGIN] + RELATIVE_SLACK * (Math.abs(px) + Math.abs(py));
      const mz = zt[q + MARGIN_Z] + RELATIVE_SLACK * Math.abs(pz);
      const cx = st[d + 3] * centre;
      const cy = st[d + 4] * centre;
      const cz = st[d + 5] * centre;
      const hx = Math.abs(st[d + 3] * half);
      const hy = Math.abs(st[d + 4] * half);
      const hz = Math.abs(st[d + 5] * half);
      // Float32 bounds rounded outwards (a box only grows); the cells come from these same values, so that two boxes
      // whose records overlap always share a cell (which an earlier slice's test of its pairs relies on).
      const x0 = down32(px + (cx - hx) - m);
      const x1 = up32(px + (cx + hx) + m);
      const y0 = down32(py + (cy - hy) - m);
      const y1 = up32(py + (cy + hy) + m);
      const z0 = down32(pz + (cz - hz) - mz);
      const z1 = up32(pz + (cz + hz) + mz);
      // Cells clamped to the grid (a slice box lies within the whole path's box, up to rounding).
      const ix = cellIndex(x0, gx0, invW, nx);
      const iy = cellIndex(y0, gy0, invH, ny);
      const s0 = alongZ ? z0 : x0;
      const s1 = alongZ ? z1 : x1;
      const r = s * REC;
      rec[r] = s0;
      rec[r + 1] = s1;
      rec[r + 2] = y0;
      rec[r + 3] = y1;
      rec[r + 4] = alongZ ? x0 : z0;
      rec[r + 5] = alongZ ? x1 : z1;
      ints[r + 6] = ix;
      ints[r + 7] = iy;
      spanX[s] = cellIndex(x1, gx0, invW, nx) - ix;
      spanY[s] = cellIndex(y1, gy0, invH, ny) - iy;
      rawLow[s] = rawBin(s0, origin, scale);
      rawHigh[s] = rawBin(s1, origin, scale);
    }
  }
}

/**
 * The grid takes aircraft whose figures (|x| + |y| + |z| + |v|₁ + zone sizes and look-ahead) stay below 1e30: far
 * beyond any airspace, and small enough that no box, product or square of the pre-test overflows. Others (speeds of
 * 1e200 m/s, a 1e300 m zone) are outliers, tested against every participant by the narrow phase alone.
 */
export const LIMIT = 1e30;

/** Box records of one time slice with room for `capacity` slots. */
function sliceBoxes(capacity: number): SliceBoxes {
  const records = new Float32Array(capacity * REC);
  return {
    records,
    ints: new Int32Array(records.buffer),
    spanX: new Int32Array(capacity),
    spanY: new Int32Array(capacity),
    rawLow: new Int32Array(capacity),
    rawHigh: new Int32Array(capacity),
  };
}

/** ⌊(v − origin)·scale⌋ as an int32, saturated (any non-decreasing bin will do; see SweepBins). */
function rawBin(v: number, origin: number, scale: number): number {
  return Math.min(Math.max(Math.floor((v - origin) * scale), -(2 ** 30)), 2 ** 30) | 0;
}

/**
 * The cell of coordinate v, clamped to [0, cells − 1]: non-decreasing in v, which is all that listing a box in every cell
 * it overlaps, and counting a pair in one cell only, rely on.
 */
function cellIndex(v: number, origin: number, inverse: number, cells: number): number {
  return Math.min(Math.max(Math.floor((v - origin) * inverse), 0), cells - 1);
}

/** Horizontal margin of a box: its zone's, plus a relative slack for rounding far from the origin. */
function marginH(zt: Float64Array, q: number, x: number, y: number): number {
  return zt[q + MARGIN] + RELATIVE_SLACK * (Math.abs(x) + Math.abs(y));
}

/** Vertical margin of a box. */
function marginV(zt: Float64Array, q: number, z: number): number {
  return zt[q + MARGIN_Z] + RELATIVE_SLACK * Math.abs(z);
}

/** A float32 not above v (float32 rounding is to nearest: step down by more than half a float32 ulp first). */
function down32(v: number): number {
  return Math.fround(v - (Math.abs(v) * 2 ** -22 + 1e-30));
}

/** A float32 not below v. */
function up32(v: number): number {
  return Math.fround(v + (Math.abs(v) * 2 ** -22 + 1e-30));
}
