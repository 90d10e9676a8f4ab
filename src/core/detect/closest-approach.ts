// The state-based closest-point-of-approach narrow phase (BlueSky's method) for one pair of aircraft.

/** Pair flag: predicted conflict within the look-ahead. */
export const CONFLICT = 1;
/** Pair flag: loss of separation now (inside the protected zone). */
export const LOS = 2;
/** Pair flag: near mid-air collision now (inside the NMAC volume). */
export const NMAC = 4;

/** Slots of the scratch array that evaluatePair fills. */
export const TCPA = 0;
export const DCPA = 1;
export const TIN = 2;
export const TOUT = 3;
/** Current horizontal distance. */
export const DH = 4;
/** Current vertical distance |Δz|. */
export const DV = 5;
export const PAIR_FIELDS = 6;

/** The smallest normal double, 2^−1022: a squared relative speed below it counts as no relative motion. */
export const MIN_NORMAL = 2 ** -1022;

/**
 * Evaluates one pair with relative position (dx, dy, dz) = p_j − p_i and relative ground velocity (dvx, dvy, dvz) = v_j − v_i
 * against a protected zone of radius R and half-height H (the larger of the pair's), a look-ahead T (the larger of the pair's)
 * and an NMAC volume (nmacR, nmacH). Writes tcpa, dcpa, tin, tout, the horizontal and vertical distance now into `out` and
 * returns the flags (CONFLICT | LOS | NMAC), 0 when the pair is none of these.
 *
 * - t_cpa = −(d·v)/|v|², d_cpa² = |d|² − t_cpa²|v|² computed as (d × v)²/|v|² (the same quantity, without cancellation).
 * - Horizontal interval t_cpa ∓ √(R² − d_cpa²)/|v| when d_cpa < R; with v = 0 (or |v|² subnormal, |v| < 1.5e-154 m/s)
 *   all time when |d| < R, else never (t_cpa = 0).
 * - Vertical interval where |Δz + Δvz·t| ≤ H; with Δvz = 0 all time when |Δz| < H, else never.
 * - Conflict when t_in = max(entries) ≤ t_out = min(exits), t_out > 0 and t_in < T.
 * - Loss of separation when |d| < R and |Δz| < H now; NMAC likewise with the NMAC distances.
 * - Magnitudes where |d|²·|v|² overflows (speeds of 1e200 m/s, or 1e308 whose difference is infinite) take the same
 *   formulas on v scaled to its largest component (scaledApproach), and a vertical window whose ends overflow is taken
 *   on halved terms: tcpa, dcpa, tin and tout are never NaN (they may be ±∞ where the true value is beyond a double).
 * Swapping i and j negates every input and leaves every output bit-identical.
 *
 * @example
 * const out = new Float64Array(PAIR_FIELDS);
 * // head-on at 30 m/s closing, 300 m apart: CPA in 10 s, inside the 32 m zone from 8.93 s to 11.07 s
evaluatePair(300, 0, 0, -30, 0, 0, 32, 7.62, 20, 10, 3, out) === CONFLICT; // out[TCPA] === 10, out[TIN] ≈ 8.933
 */
export function evaluatePair(
  dx: number,
  dy: number,
  dz: number,
  dvx: number,
  dvy: number,
  dvz: number,
  R: number,
  H: number,
  T: number,
  nmacR: number,
  nmacH: number,
  out: Float64Array,
): number {
  const args = pairArgs;
  args[DX] = dx;
  args[DY] = dy;
  args[DZ] = dz;
  args[DVX] = dvx;
  args[DVY] = dvy;
  args[DVZ] = dvz;
  args[ZONE_R] = R;
  args[ZONE_H] = H;
  args[ZONE_T] = T;
  args[NMAC_R] = nmacR;
  args[NMAC_H] = nmacH;
  return evaluatePairOf(args, out);
}

/** Slots of the argument array of evaluatePairOf: the arguments of evaluatePair, in order. */
export const DX = 0;
export const DY = 1;
export const DZ = 2;
export const DVX = 3;
export const DVY = 4;
export const DVZ = 5;
export const ZONE_R = 6;
export const ZONE_H = 7;
export const ZONE_T = 8;
export const NMAC_R = 9;
export const NMAC_H = 10;
export const PAIR_ARGS = 11;

const pairArgs = new Float64Array(PAIR_ARGS);

/**
 * evaluatePair with its arguments in an array (slots DX … NMAC_H): the one implementation, which hot callers use
 * directly, since passing eleven numbers to a call that is not inlined boxes each of them.
 */
export function evaluatePairOf(args: Float64Array, out: Float64Array): number {
  const dx = args[DX];
  const dy = args[DY];
  const dz = args[DZ];
  const dvx = args[DVX];
  const dvy = args[DVY];
  const dvz = args[DVZ];
  const R = args[ZONE_R];
  const H = args[ZONE_H];
  const T = args[ZONE_T];
  const nmacR = args[NMAC_R];
  const nmacH = args[NMAC_H];
  const dh2 = dx * dx + dy * dy;
  const adz = Math.abs(dz);
  const R2 = R * R;
  let flags = 0;
  if (dh2 < R2 && adz < H) flags |= LOS;
  if (dh2 < nmacR * nmacR && adz < nmacH) flags |= NMAC;

  const v2 = dvx * dvx + dvy * dvy;
  // Below the smallest normal double, |v|² has lost its precision (subnormal): the relative speed is under 1.5e-154 m/s
  // and is taken as zero, so that t_cpa and the window stay meaningful.
  const moving = v2 >= MIN_NORMAL;
  let tcpa: number;
  let tinH: number;
  let toutH: number;
  let dcpa: number;
  if (moving && dh2 * v2 < Number.POSITIVE_INFINITY) {
    tcpa = -(dx * dvx + dy * dvy) / v2;
    const cross = dx * dvy - dy * dvx;
    const dcpa2 = (cross * cross) / v2;
    dcpa = Math.sqrt(dcpa2);
    if (dcpa2 < R2) {
      const half = Math.sqrt(R2 - dcpa2) / Math.sqrt(v2);
      tinH = tcpa - half;
      toutH = tcpa + half;
    } else {
      tinH = Number.POSITIVE_INFINITY;
      toutH = Number.NEGATIVE_INFINITY;
    }
  } else if (moving) {
    const s = scaled;
    scaledApproach(dx, dy, dvx, dvy, R, s);
    tcpa = s[0];
    dcpa = s[1];
    const inside = !Number.isNaN(s[2]);
    tinH = inside ? s[0] - s[2] : Number.POSITIVE_INFINITY;
    toutH = inside ? s[0] + s[2] : Number.NEGATIVE_INFINITY;
  } else {
    tcpa = 0;
    dcpa = Math.sqrt(dh2);
    if (dh2 < R2) {
      tinH = Number.NEGATIVE_INFINITY;
      toutH = Number.POSITIVE_INFINITY;
    } else {
      tinH = Number.POSITIVE_INFINITY;
      toutH = Number.NEGATIVE_INFINITY;
    }
  }

  let tinV: number;
  let toutV: number;
  if (!(adz < Number.POSITIVE_INFINITY)) {
    // |Δz| beyond a double: never within any band.
    tinV = Number.POSITIVE_INFINITY;
    toutV = Number.NEGATIVE_INFINITY;
  } else if (dvz !== 0) {
    let a = (-H - dz) / dvz;
    let b = (H - dz) / dvz;
    // ∞/∞ (a numerator beyond a double over an infinite Δvz): the same on halved terms, which stay finite.
    if (Number.isNaN(a) || Number.isNaN(b)) {
      a = ((-0.5 * H - 0.5 * dz) / dvz) * 2;
      b = ((0.5 * H - 0.5 * dz) / dvz) * 2;
    }
    tinV = Math.min(a, b);
    toutV = Math.max(a, b);
  } else if (adz < H) {
    tinV = Number.NEGATIVE_INFINITY;
    toutV = Number.POSITIVE_INFINITY;
  } else {
    tinV = Number.POSITIVE_INFINITY;
    toutV = Number.NEGATIVE_INFINITY;
  }

  let tin = Math.max(tinH, tinV);
  let tout = Math.min(toutH, toutV);
  // ∞ − ∞ from a closest approach beyond a double's range: no conflict interval.
  if (Number.isNaN(tin) || Number.isNaN(tout)) {
    tin = Number.POSITIVE_INFINITY;
    tout = Number.NEGATIVE_INFINITY;
  }
  if (tin <= tout && tout > 0 && tin < T) flags |= CONFLICT;

  // + 0 turns −0 into +0, so that swapping i and j changes no bit (zeros can come out with either sign).
  out[TCPA] = tcpa + 0;
  out[DCPA] = dcpa;
  out[TIN] = tin + 0;
  out[TOUT] = tout + 0;
  out[DH] = dh2 < Number.POSITIVE_INFINITY ? Math.sqrt(dh2) : Math.hypot(dx, dy);
  out[DV] = adz;
  return flags;
}

const scaled = new Float64Array(3);

/**
 * t_cpa, d_cpa and the half-length of the horizontal window (NaN when d_cpa ≥ R) into `into`, for a pair whose
 * |d|²·|v|² overflows: the formulas of evaluatePairOf on u = v / s, s the largest |component| (so |u| lies in
 * [1, √2] and nothing is squared beyond it); an infinite component (the difference of two speeds near ±1.8e308) gives
 * u its sign, and s = ∞ makes t_cpa 0 and the window an instant. A position difference beyond a double is never close.
 */
function scaledApproach(dx: number, dy: number, dvx: number, dvy: number, R: number, into: Float64Array): void {
  if (!(Math.abs(dx) < Number.POSITIVE_INFINITY && Math.abs(dy) < Number.POSITIVE_INFINITY)) {
    into[0] = 0;
    into[1] = Number.POSITIVE_INFINITY;
    into[2] = Number.NaN;
    return;
  }
  const s = Math.max(Math.abs(dvx), Math.abs(dvy));
  const infinite = s === Number.POSITIVE_INFINITY;
  const ux = infinite ? (Math.abs(dvx) === s ? Math.sign(dvx) : 0) : dvx / s;
  const uy = infinite ? (Math.abs(dvy) === s ? Math.sign(dvy) : 0) : dvy / s;
  const u2 = ux * ux + uy * uy;
  const u = Math.sqrt(u2);
  into[0] = -((dx * ux + dy * uy) / u2) / s;
  const dcpa = Math.abs(dx * uy - dy * ux) / u;
  into[1] = dcpa;
  into[2] = dcpa < R ? Math.sqrt((R - dcpa) * (R + dcpa)) / u / s : Number.NaN;
}
