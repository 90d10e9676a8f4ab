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
 * The margin a swept box grows by, on one axis. A pair can only be flagged when, at some t in [0, T_pair], the two
 * aircraft are within R_pair horizontally and H_pair vertically, with R_pair = max(R_i, R_j) (R including the NMAC
 * radius; likewise H) and T_pair ≤ the largest look-ahead T. Each aircraft's box covers its straight path grown by a
 * margin m_i with m_i + m_j ≥ max(R_i, R_j) for every pair: m_i = max(R_i − R_min/2, R_min/2) (R/2 each when all zones
 * are equal), plus 1 cm. So two aircraft can only be flagged when their boxes overlap: the broad phase never misses a
 * pair. `reach` is R_i, `smallest` is R_min (never negative).
 */
export function boxMargin(reach: number, smallest: number): number {
  const half = smallest / 2;
  return Math.max(reach - half, half) + 0.01;
}

/**
 * The relative slack added to a box's margin per metre of |x| + |y| (or |z|) from the origin: far more than the
 * rounding of the narrow phase, so boundary pairs are never pruned.
 */
export const RELATIVE_SLACK = 1e-9;

/**
 * Lower end of a box along one axis: position p, path centre offset c = v·(t0 + t1)/2 and half-length h = v·(t1 −
 * t0)/2 of the time interval, margin m; p + c − |h| is p + min(v·t0, v·t1) to within rounding (which the slack
 * covers), without a data-dependent branch.
 */
export function lower(p: number, c: number, h: number, m: number): number {
  return p + (c - Math.abs(h)) - m;
}

/** Upper end of a box along one axis. */
export function upper(p: number, c: number, h: number, m: number): number {
  return p + (c + Math.abs(h)) + m;
}
