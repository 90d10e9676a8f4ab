// The grid's layout: participants, swept boxes, the cell size, and the aircraft numbered (slots) by home cell.
import { REC, SPAN_X, SPAN_Y } from './grid-cells';
import { MARGIN, MARGIN_Z, type PairTester, STATE, ZONE } from './pair-test';
import { participates } from './swept-boxes';
import type { DetectInput } from './traffic-input';

/**
 * Lays out one tick. The participating aircraft (active, every figure finite) are copied in flight index order into
 * state records (x, y, z, vx, vy, vz, flight index, zone offset; see pair-test.ts). Each gets a swept box (its straight
 * path over [0, T] grown by its margins, see swept-boxes.ts, plus a 1 cm and a relative slack for rounding), always
 * computed by the same expressions from the same record, so every pass sees the same box. The cell size is the mean box
 * extent. One counting sort on (home cell, a coarse bin of the box's lower end on the sweep axis) numbers the aircraft
 * by slot — the home cell is the cell of the box's lower corner — and scatters the state records into slot order (the
 * only random access: one write per aircraft, which does not stall as a random read does), so that neighbours are near
 * each other in memory; the box records (float32 intervals rounded outwards, so a box only grows, and the cell spans)
 * are then written in slot order. The sweep axis is z, or x when the traffic is flat. Buffers grow only.
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
  /** Slots of home cell c: [home[c], home[c + 1]). */
  home = new Int32Array(0);
  /** Box records by slot (REC words: float32 intervals on the sweep axis, y and the third axis; int32 cell spans). */
  records = new Float32Array(0);
  recordInts = new Int32Array(0);
  /** State records in flight index order (k), before the gather into slot order. */
  private source = new Float64Array(0);
  private bin = new Int32Array(0);
  private counts = new Int32Array(0);
  private lookahead = 0;
  private halfRadius = 0;
  private halfHeight = 0;
  private sweepOrigin = 0;
  private sweepSpan = 0;

  constructor(
    private readonly widthFactor: number,
    private readonly heightFactor: number,
  ) {}

  bufferBytes(): number {
    return [this.home, this.records, this.source, this.bin, this.counts].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /**
   * Lays out the participants of `input`; writes their state records into tester.state (by slot) and their zones into
   * its zone table. Returns the number of participants.
   */
  build(input: DetectInput, tester: PairTester): number {
    tester.reset(input.count);
    const n = this.collect(input, tester);
    if (n < 2) return n;
    this.margins(tester);
    this.chooseGrid(n, tester);
    this.sort(n, tester);
    this.gather(n, tester);
    return n;
  }

  /** Copies the participants' state records in flight index order; finds T and the smallest reaches. */
  private collect(input: DetectInput, tester: PairTester): number {
    const count = input.count;
    if (this.source.length < count * STATE) {
      const cap = Math.max(count, (this.source.length / STATE) * 2);
      this.source = new Float64Array(cap * STATE);
      this.bin = new Int32Array(cap);
    }
    const src = this.source;
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
      // A NaN or an infinity anywhere makes the sum NaN or infinite; a finite sum proves every figure finite.
      const sum = px + py + pz + ux + uy + uz + R + H + T + nR + nH;
      if (sum - sum !== 0 && !participates(input, i)) continue;
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
    this.halfRadius = n === 0 || r < 0 ? 0 : r / 2;
    this.halfHeight = n === 0 || h < 0 ? 0 : h / 2;
    return n;
  }

  /** Each zone's box margins: m = max(R − R_min/2, R_min/2) (R the larger of the radius and the NMAC radius) + 1 cm. */
  private margins(tester: PairTester): void {
    const zt = tester.zones;
    const halfR = this.halfRadius;
    const halfH = this.halfHeight;
    for (let q = 0, end = tester.zoneCount * ZONE; q < end; q += ZONE) {
      zt[q + MARGIN] = Math.max(Math.max(zt[q], zt[q + 3]) - halfR, halfR) + 0.01;
      zt[q + MARGIN_Z] = Math.max(Math.max(zt[q + 1], zt[q + 4]) - halfH, halfH) + 0.01;
    }
  }

  /** The bounds and mean extents of the boxes give the cell size, the grid and the sweep axis. */
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
    let extent = 0;
    let extentX = 0;
    let extentZ = 0;
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const q = src[o + 7];
      const m = marginH(zt, q, src[o], src[o + 1]);
      const mz = marginV(zt, q, src[o + 2]);
      const x0 = lower(src[o], src[o + 3] * T2, m);
      const x1 = upper(src[o], src[o + 3] * T2, m);
      const y0 = lower(src[o + 1], src[o + 4] * T2, m);
      const y1 = upper(src[o + 1], src[o + 4] * T2, m);
      const z0 = lower(src[o + 2], src[o + 5] * T2, mz);
      const z1 = upper(src[o + 2], src[o + 5] * T2, mz);
      if (x0 < gx0) gx0 = x0;
      if (x1 > gx1) gx1 = x1;
      if (y0 < gy0) gy0 = y0;
      if (y1 > gy1) gy1 = y1;
      if (z0 < gz0) gz0 = z0;
      if (z1 > gz1) gz1 = z1;
      const w = x1 - x0;
      const h = y1 - y0;
      extent += w + h + Math.abs(w - h); // twice the larger
      extentX += w;
      extentZ += z1 - z0;
    }
    const width = gx1 - gx0;
    const height = gy1 - gy0;
    const depth = gz1 - gz0;
    const mean = Math.max(extent / (2 * n), 1e-3);
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
    this.alongZ = (2 * ez) / (depth + ez) < (2 * ex) / (cw + ex);
    this.sweepOrigin = this.alongZ ? gz0 : gx0;
    this.sweepSpan = this.alongZ ? depth : width;
  }

  /**
   * A counting sort on (home cell, a coarse bin of the box's lower end on the sweep axis) numbers the aircraft (slots);
   * home[c] = the first slot of home cell c. Scatters the state records into slot order.
   */
  private sort(n: number, tester: PairTester): void {
    const src = this.source;
    const zt = tester.zones;
    const { gx0, gy0, nx, alongZ } = this;
    const invW = 1 / this.cellWidth;
    const invH = 1 / this.cellHeight;
    const T2 = this.lookahead * 0.5;
    const cells = nx * this.ny;
    // A few bins per cell, about two aircraft per bin, so each cell's run is nearly sorted along the sweep axis.
    const perCell = Math.max(1, Math.min(64, Math.floor((2 * n) / cells)));
    const bins = cells * perCell;
    const origin = this.sweepOrigin;
    const invBin = this.sweepSpan > 0 ? perCell / this.sweepSpan : 0;
    if (this.counts.length < bins + 1) this.counts = new Int32Array(Math.max(bins + 1, this.counts.length * 2));
    if (this.home.length < cells + 1) this.home = new Int32Array(Math.max(cells + 1, this.home.length * 2));
    const { counts, bin, home } = this;
    counts.fill(0, 0, bins + 1);
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const q = src[o + 7];
      const m = marginH(zt, q, src[o], src[o + 1]);
      const cx = Math.floor((lower(src[o], src[o + 3] * T2, m) - gx0) * invW);
      const cy = Math.floor((lower(src[o + 1], src[o + 4] * T2, m) - gy0) * invH);
      const s0 = alongZ
        ? lower(src[o + 2], src[o + 5] * T2, marginV(zt, q, src[o + 2]))
        : lower(src[o], src[o + 3] * T2, m);
      const sb = Math.floor((s0 - origin) * invBin);
      const b = (cy * nx + cx) * perCell + Math.min(sb, perCell - 1);
      bin[k] = b;
      counts[b + 1]++;
    }
    for (let b = 0; b < bins; b++) counts[b + 1] += counts[b];
    for (let c = 0; c < cells; c++) home[c] = counts[c * perCell];
    home[cells] = n;
    // Scatter the state records into slot order (random writes, which do not stall like random reads).
    const st = tester.state;
    for (let k = 0, o = 0; k < n; k++, o += STATE) {
      const d = counts[bin[k]]++ * STATE;
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

  /** Writes the box records in slot order. */
  private gather(n: number, tester: PairTester): void {
    if (this.records.length < n * REC) {
      this.records = new Float32Array(Math.max(n, (this.records.length / REC) * 2) * REC);
      this.recordInts = new Int32Array(this.records.buffer);
    }
    const st = tester.state;
    const zt = tester.zones;
    const { records: rec, recordInts: reci, gx0, gy0, nx, ny, alongZ } = this;
    const invW = 1 / this.cellWidth;
    const invH = 1 / this.cellHeight;
    const T2 = this.lookahead * 0.5;
    for (let s = 0, d = 0; s < n; s++, d += STATE) {
      const px = st[d];
      const py = st[d + 1];
      const pz = st[d + 2];
      const hx = st[d + 3] * T2;
      const hy = st[d + 4] * T2;
      const hz = st[d + 5] * T2;
      const q = st[d + 7];
      const m = marginH(zt, q, px, py);
      const mz = marginV(zt, q, pz);
      const x0 = lower(px, hx, m);
      const x1 = upper(px, hx, m);
      const y0 = lower(py, hy, m);
      const y1 = upper(py, hy, m);
      const z0 = lower(pz, hz, mz);
      const z1 = upper(pz, hz, mz);
      const cx = Math.floor((x0 - gx0) * invW);
      const cy = Math.floor((y0 - gy0) * invH);
      const r = s * REC;
      rec[r] = down32(alongZ ? z0 : x0);
      rec[r + 1] = up32(alongZ ? z1 : x1);
      rec[r + 2] = down32(y0);
      rec[r + 3] = up32(y1);
      rec[r + 4] = down32(alongZ ? x0 : z0);
      rec[r + 5] = up32(alongZ ? x1 : z1);
      reci[r + SPAN_X] = Math.min(Math.floor((x1 - gx0) * invW), nx - 1) - cx;
      reci[r + SPAN_Y] = Math.min(Math.floor((y1 - gy0) * invH), ny - 1) - cy;
    }
  }
}

/** Horizontal margin of a box: its zone's, plus a relative slack for rounding far from the origin. */
function marginH(zt: Float64Array, q: number, x: number, y: number): number {
  return zt[q + MARGIN] + 1e-9 * (Math.abs(x) + Math.abs(y));
}

/** Vertical margin of a box. */
function marginV(zt: Float64Array, q: number, z: number): number {
  return zt[q + MARGIN_Z] + 1e-9 * Math.abs(z);
}

/**
 * Lower end of a box along one axis: position p, half the path h = v·T/2, margin m. p + (h − |h|) is p + min(v·T, 0)
 * to within rounding (which the slack covers), without a data-dependent branch.
 */
function lower(p: number, h: number, m: number): number {
  return p + (h - Math.abs(h)) - m;
}

/** Upper end of a box along one axis. */
function upper(p: number, h: number, m: number): number {
  return p + (h + Math.abs(h)) + m;
}

/** A float32 not above v (float32 rounding is to nearest: step down by more than half a float32 ulp first). */
function down32(v: number): number {
  return Math.fround(v - (Math.abs(v) * 2 ** -22 + 1e-30));
}

/** A float32 not below v. */
function up32(v: number): number {
  return Math.fround(v + (Math.abs(v) * 2 ** -22 + 1e-30));
}
