// Swept boxes: the space each aircraft can reach within the look-ahead plus its share of the protected zone.
import type { DetectInput } from './traffic-input';

/** True when aircraft i is active and every figure the narrow phase reads is finite (others are never in a pair). */
export function participates(input: DetectInput, i: number): boolean {
  return (
    input.active[i] !== 0 &&
    Number.isFinite(input.x[i]) &&
    Number.isFinite(input.y[i]) &&
    Number.isFinite(input.z[i]) &&
    Number.isFinite(input.vx[i]) &&
    Number.isFinite(input.vy[i]) &&
    Number.isFinite(input.vz[i]) &&
    Number.isFinite(input.radius[i]) &&
    Number.isFinite(input.halfHeight[i]) &&
    Number.isFinite(input.lookahead[i]) &&
    Number.isFinite(input.nmacRadius[i]) &&
    Number.isFinite(input.nmacHalfHeight[i])
  );
}

/**
 * Global sizes of the swept boxes of a set of aircraft. A pair can only be flagged when, at some t in [0, T_pair], the two
 * aircraft are within R_pair horizontally and H_pair vertically, with R_pair = max(R_i, R_j) (R including the NMAC radius)
 * and T_pair ≤ the largest look-ahead T. Each aircraft's box covers its straight path over [0, T] grown by a margin m_i with
 * m_i + m_j ≥ max(R_i, R_j) for every pair: m_i = max(R_i − R_min/2, R_min/2) (R/2 each when all zones are equal). So two
 * aircraft can only be flagged when their boxes overlap: the broad phase never misses a pair.
 */
export interface SweepSizes {
  lookahead: number;
  minRadius: number;
  minHalfHeight: number;
}

/** Largest look-ahead and smallest reach of the participating aircraft listed in ids[0..n). */
export function sweepSizes(input: DetectInput, ids: Int32Array, n: number, out: SweepSizes): SweepSizes {
  let t = 0;
  let r = Number.POSITIVE_INFINITY;
  let h = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const i = ids[k];
    const ti = input.lookahead[i];
    const ri = Math.max(input.radius[i], input.nmacRadius[i]);
    const hi = Math.max(input.halfHeight[i], input.nmacHalfHeight[i]);
    if (ti > t) t = ti;
    if (ri < r) r = ri;
    if (hi < h) h = hi;
  }
  out.lookahead = Math.max(0, t);
  out.minRadius = n === 0 ? 0 : Math.max(0, r);
  out.minHalfHeight = n === 0 ? 0 : Math.max(0, h);
  return out;
}

/** 1 cm plus a relative term (for |x| + |y| = `distance`): far more than the rounding of the narrow phase. */
export function slack(distance: number): number {
  return 0.01 + 1e-9 * distance;
}
