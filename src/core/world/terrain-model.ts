// The approximate terrain model: smooth hills at known summits, limited by a steep soft ramp up from the coast.
import type { LocalFrame } from '../geo';
import type { TerrainModelParams, TerrainSummit } from './world-data';

/** A summit in local metres. */
export interface LocalSummit {
  x: number;
  y: number;
  height_m: number;
  radius_m: number;
}

export function projectSummits(summits: readonly TerrainSummit[], frame: LocalFrame): LocalSummit[] {
  return summits.map((s) => ({ ...frame.toLocal(s.lat, s.lon), height_m: s.height_m, radius_m: s.radius_m }));
}

/**
 * The hill field, ignoring the coast: the highest of a base level and one bump per summit,
 * h_s · (1 − smoothstep(r / R_s)), which is flat at the top, steepest (1.5 h_s / R_s) half-way and reaches 0 at
 * R_s. It equals each summit's height at that summit (unless another hill is higher there) and never exceeds the
 * highest summit.
 */
export function hillField(x: number, y: number, summits: readonly LocalSummit[], base_m: number): number {
  let h = base_m;
  for (const s of summits) {
    const r2 = (x - s.x) ** 2 + (y - s.y) ** 2;
    if (r2 >= s.radius_m * s.radius_m) continue;
    const t = Math.sqrt(r2) / s.radius_m;
    const v = s.height_m * (1 - t * t * (3 - 2 * t));
    if (v > h) h = v;
  }
  return h;
}

/**
 * Land height at a point `coastDistance` metres from the coast where the hill field is `hill`: the soft minimum
 * (hill^−p + ramp^−p)^(−1/p) of the hill and the coastal ramp slope·d. It is 0 at the coast, positive inland,
 * never above either term, and within a few per cent of the hill once the ramp is well above it.
 *
 * @example landHeight(552, 1600, { coastSlope: 0.8, softMinPower: 4, … }) // ≈ 545
 */
export function landHeight(hill: number, coastDistance: number, params: TerrainModelParams): number {
  const d = Math.min(coastDistance, params.maxCoastDistance_m);
  const ramp = params.coastSlope * d;
  if (ramp <= 0 || hill <= 0) return 0;
  const p = params.softMinPower;
  return (hill ** -p + ramp ** -p) ** (-1 / p);
}

/** The (negative) value stored at a sea node: the coastal ramp continued below 0 and capped at the sea floor. */
export function seaNodeValue(coastDistance: number, params: TerrainModelParams): number {
  return -Math.min(params.coastSlope * coastDistance, params.seaFloor_m);
}

/**
 * The stored integer for a grid node. Land nodes keep at least +1 and sea nodes at most −1, so the sign of every
 * node says land or sea and bilinear interpolation crosses 0 between them.
 */
export function quantiseNode(value_m: number, isLand: boolean, unit_m: number): number {
  const q = Math.round(value_m / unit_m);
  return isLand ? Math.max(1, Math.min(32767, q)) : Math.min(-1, Math.max(-32768, q));
}

/** The full model at a grid node: what build-terrain writes and what the tests re-evaluate. */
export function nodeModelValue(
  isLand: boolean,
  x: number,
  y: number,
  coastDistance: number,
  summits: readonly LocalSummit[],
  params: TerrainModelParams,
): number {
  return isLand
    ? landHeight(hillField(x, y, summits, params.base_m), coastDistance, params)
    : seaNodeValue(coastDistance, params);
}
