// The one height rule set: the CAD height limit that applies to a flight, and the clearance below which it is too low.
import type { AircraftClass } from '../aircraft/aircraft-class';
import type { OperatingRules } from '../scenario/compiled';

/** The CAD height limit (m above ground) of the class's category, Infinity for Advanced operations or no limit. */
export function cadLimitM(rules: OperatingRules, cls: AircraftClass, advanced: boolean): number {
  const limit = rules.cad_height_limit_m[cls.cad_category];
  return advanced || limit === undefined ? Number.POSITIVE_INFINITY : limit;
}

/** How far (m) z is above the surface (the higher of ground and roof); negative when below it. */
export function heightAboveSurface(z: number, ground: number, roof: number): number {
  return z - Math.max(ground, roof);
}
