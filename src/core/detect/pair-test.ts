// The grid's pair test: a division-free pre-test on two aircraft whose boxes overlap, then the exact narrow phase.
import {
  DCPA,
  DH,
  DV,
  DVX,
  DVY,
  DVZ,
  DX,
  DY,
  DZ,
  evaluatePairOf,
  NMAC_H,
  NMAC_R,
  PAIR_ARGS,
  PAIR_FIELDS,
  TCPA,
  TIN,
  TOUT,
  ZONE_H,
  ZONE_R,
  ZONE_T,
} from './closest-approach';
import { PairRows, ROW } from './pair-list';

/**
 * Doubles per state record (one per aircraft, by slot): x, y, z, vx, vy, vz, flight index, zone offset — one cache line.
 */
export const STATE = 8;
/**
 * Doubles per zone record: R, H, T, NMAC R, NMAC H, then the pre-test's reach² and vertical reach for a pair of two
 * aircraft of this zone, then the swept boxes' horizontal and vertical margins (filled by the layout). Consecutive
 * aircraft with equal zones share one record.
 */
export const ZONE = 10;
export const MARGIN = 7;
export const MARGIN_Z = 8;

/** Pairs per batch handed to testBatch. */
export const BATCH = 4096;

const scratch = new Float64Array(PAIR_FIELDS);
const pairArgs = new Float64Array(PAIR_ARGS);
/** Two slots to pick one of without a branch. */
const pick = new Float64Array(2);

/**
 * Holds the state and zone records of one tick and tests pairs of slots. The pre-test can only reject pairs the narrow
 * phase would not flag: the pair's smallest horizontal distance over [0, T] must be within R (or the NMAC radius) and
 * its smallest vertical distance within H (or the NMAC half-height), with a relative slack far above rounding. Flagged
 * pairs are appended to `raw` as (lower flight index, higher), in the order they are found.
 */
export class PairTester {
  state = new Float64Array(0);
  zones = new Float64Array(0);
  zoneCount = 0;
  readonly raw = new PairRows();
  candidates = 0;
  /** Flagged pairs kept at most; `full` is set at the first flagged pair beyond. */
  limit = Number.POSITIVE_INFINITY;
  full = false;
  /** Batch positions of the pairs that pass the pre-test. */
  private kept = new Int32Array(BATCH);

  /** Makes room for n aircraft and forgets the previous tick. */
  reset(n: number): void {
    if (this.state.length < n * STATE)
      this.state = new Float64Array(Math.max(n, (this.state.length / STATE) * 2) * STATE);
    if (this.zones.length < n * ZONE) this.zones = new Float64Array(Math.max(n, (this.zones.length / ZONE) * 2) * ZONE);
    this.zoneCount = 0;
    this.raw.clear();
    this.candidates = 0;
    this.full = false;
  }

  /** The offset of the zone record for these figures: the last record when equal, else a new one. */
  zoneOf(R: number, H: number, T: number, nR: number, nH: number): number {
    const zt = this.zones;
    let q = (this.zoneCount - 1) * ZONE;
    if (q >= 0 && zt[q] === R && zt[q + 1] === H && zt[q + 2] === T && zt[q + 3] === nR && zt[q + 4] === nH) return q;
    q = this.zoneCount++ * ZONE;
    zt[q] = R;
    zt[q + 1] = H;
    zt[q + 2] = T;
    zt[q + 3] = nR;
    zt[q + 4] = nH;
    const reach = reachOf(R, nR);
    zt[q + 5] = reach * reach;
    zt[q + 6] = reachOf(H, nH);
    return q;
  }

  bufferBytes(): number {
    return this.state.byteLength + this.zones.byteLength + this.raw.bufferBytes();
  }

  /**
   * Tests the pairs of slots (first[k], second[k]) for k < count (their boxes overlap). With `owned`, a pair of two
   * aircraft not owned is skipped. The pre-test has two branch-free stages (a mispredicted branch costs more than the
   * arithmetic; each pair is written to the survivors' list, whose end advances only when the pair passes): a cheap
   * horizontal test over all of [0, T], then, on its survivors, the vertical window and the horizontal test within it
   * (which implies the first: it only narrows the interval).
   */
  testBatch(first: Int32Array, second: Int32Array, count: number, owned: Uint8Array | null): void {
    const st = this.state;
    const zt = this.zones;
    this.candidates += count;
    if (this.kept.length < count) this.kept = new Int32Array(count);
    // Stage 1, horizontal over all of [0, T] with the pair's larger reach (cheap: no division). Stage 2 repeats these
    // lines over [s0, s1]: one function shared by both is inlined at one call site only (the method is long), which
    // costs 1.2–2.8 ms per 100k-aircraft tick (tried twice; last, tick by tick against this code in one process).
    let near1 = 0;
    const sel = this.kept;
    for (let k = 0; k < count; k++) {
      const a = first[k] * STATE;
      const b = second[k] * STATE;
      const za = st[a + 7] | 0;
      const zb = st[b + 7] | 0;
      const T = Math.max(zt[za + 2], zt[zb + 2]);
      const reach2 = Math.max(zt[za + 5], zt[zb + 5]);
      const dx = st[b] - st[a];
      const dy = st[b + 1] - st[a + 1];
      const dvx = st[b + 3] - st[a + 3];
      const dvy = st[b + 4] - st[a + 4];
      const dv = dx * dvx + dy * dvy;
      const v2 = dvx * dvx + dvy * dvy;
      const ex = dx + dvx * T;
      const ey = dy + dvy * T;
      const cross = dx * dvy - dy * dvx;
      sel[near1] = k;
      near1 +=
        +(dx * dx + dy * dy <= reach2) |
        +(ex * ex + ey * ey <= reach2) |
        (+(-dv > 0) & +(-dv < v2 * T) & +(cross * cross <= reach2 * v2));
    }
    let kept = 0;
    for (let r = 0; r < near1; r++) {
      const k = sel[r];
      const a = first[k] * STATE;
      const b = second[k] * STATE;
      const za = st[a + 7] | 0;
      const zb = st[b + 7] | 0;
      let T: number;
      let reachH: number;
      let reach2: number;
      if (za === zb) {
        T = zt[za + 2];
        reachH = zt[za + 6];
        reach2 = zt[za + 5];
      } else {
        T = Math.max(zt[za + 2], zt[zb + 2]);
        reachH = reachOf(Math.max(zt[za + 1], zt[zb + 1]), Math.max(zt[za + 4], zt[zb + 4]));
        const reach = reachOf(Math.max(zt[za], zt[zb]), Math.max(zt[za + 3], zt[zb + 3]));
        reach2 = reach * reach;
      }
      // Vertical: rejected when |dz + dvz·t| stays above the reach over [0, T] (both ends beyond it on one side).
      const dz = st[b + 2] - st[a + 2];
      const dvz = st[b + 5] - st[a + 5];
      const dzT = dz + dvz * T;
      const above = +(dz > reachH) & +(dzT > reachH);
      const below = +(dz < -reachH) & +(dzT < -reachH);
      // The times within [0, T] when the pair is within the vertical reach: [s0, s1], widened by a relative 1e-12
      // (far above the rounding of its ends), or all of [0, T] without vertical motion.
      let s0 = 0;
      let s1 = T;
      if (dvz !== 0) {
        const centre = -dz / dvz;
        const width = (reachH / Math.abs(dvz)) * (1 + 1e-12) + 1e-12 * Math.abs(centre);
        const t0 = centre - width;
        const t1 = centre + width;
        // max(t0, 0) and min(t1, T) without a branch (a NaN from an overflow picks 0 or T: the wider choice).
        pick[0] = 0;
        pick[1] = t0;
        s0 = pick[+(t0 > 0)];
        pick[0] = T;
        pick[1] = t1;
        s1 = pick[+(t1 < T)];
      }
      // Horizontal: the smallest |d + v·t|² over [s0, s1] — at an end, or at the closest approach when it lies inside
      // (compared without dividing). Passing more pairs than needed is safe: the narrow phase decides.
      const dx = st[b] - st[a];
      const dy = st[b + 1] - st[a + 1];
      const dvx = st[b + 3] - st[a + 3];
      const dvy = st[b + 4] - st[a + 4];
      const dv = dx * dvx + dy * dvy;
      const v2 = dvx * dvx + dvy * dvy;
      const ax = dx + dvx * s0;
      const ay = dy + dvy * s0;
      const ex = dx + dvx * s1;
      const ey = dy + dvy * s1;
      const cross = dx * dvy - dy * dvx;
      const near =
        +(s0 <= s1) &
        (+(ax * ax + ay * ay <= reach2) |
          +(ex * ex + ey * ey <= reach2) |
          (+(-dv > v2 * s0) & +(-dv < v2 * s1) & +(cross * cross <= reach2 * v2)));
      this.kept[kept] = k;
      kept += near & ~(above | below);
    }
    for (let r = 0; r < kept; r++) {
      const k = this.kept[r];
      this.narrow(first[k], second[k], owned);
    }
  }

  /** The narrow phase alone for the pairs of slots (first[k], second[k]), k < count: no pre-test (see LIMIT). */
  testAll(first: Int32Array, second: Int32Array, count: number, owned: Uint8Array | null): void {
    this.candidates += count;
    for (let k = 0; k < count; k++) this.narrow(first[k], second[k], owned);
  }

  /** The narrow phase for slots sa and sb; appends the pair to `raw` when flagged (while below the limit). */
  private narrow(sa: number, sb: number, owned: Uint8Array | null): void {
    const st = this.state;
    const zt = this.zones;
    const a = sa * STATE;
    const b = sb * STATE;
    let ia = st[a + 6] | 0;
    let ib = st[b + 6] | 0;
    if (owned !== null && owned[ia] === 0 && owned[ib] === 0) return;
    const za = st[a + 7];
    const zb = st[b + 7];
    const args = pairArgs;
    // evaluatePair is exactly antisymmetric in its differences: orienting it a → b changes no bit of the result.
    args[DX] = st[b] - st[a];
    args[DY] = st[b + 1] - st[a + 1];
    args[DZ] = st[b + 2] - st[a + 2];
    args[DVX] = st[b + 3] - st[a + 3];
    args[DVY] = st[b + 4] - st[a + 4];
    args[DVZ] = st[b + 5] - st[a + 5];
    // The zone of the pair as the brute force computes it (Math.max, so that even a −0 comes out the same).
    args[ZONE_R] = Math.max(zt[za], zt[zb]);
    args[ZONE_H] = Math.max(zt[za + 1], zt[zb + 1]);
    args[ZONE_T] = Math.max(zt[za + 2], zt[zb + 2]);
    args[NMAC_R] = Math.max(zt[za + 3], zt[zb + 3]);
    args[NMAC_H] = Math.max(zt[za + 4], zt[zb + 4]);
    const flags = evaluatePairOf(args, scratch);
    if (flags === 0) return;
    if (this.raw.count >= this.limit) {
      this.full = true;
      return;
    }
    if (ia > ib) {
      const t = ia;
      ia = ib;
      ib = t;
    }
    // The row, written here rather than through a call (which would box its numbers).
    const raw = this.raw;
    if ((raw.count + 1) * ROW > raw.data.length) raw.reserve(raw.count + 1);
    const d = raw.data;
    const o = raw.count++ * ROW;
    d[o] = ia;
    d[o + 1] = ib;
    d[o + 2] = flags;
    d[o + 3] = scratch[TCPA];
    d[o + 4] = scratch[DCPA];
    d[o + 5] = scratch[TIN];
    d[o + 6] = scratch[TOUT];
    d[o + 7] = scratch[DH];
    d[o + 8] = scratch[DV];
    d[o + 9] = (st[a] + st[b]) / 2;
    d[o + 10] = (st[a + 1] + st[b + 1]) / 2;
    d[o + 11] = (st[a + 2] + st[b + 2]) / 2;
  }
}

/**
 * The pre-test's reach for a radius (or half-height) and its NMAC counterpart: the larger, with a relative slack (and
 * never negative, which the vertical test relies on).
 */
function reachOf(r: number, nmac: number): number {
  return Math.max(Math.max(r, nmac) * (1 + 1e-9) + 1e-9, 0);
}
