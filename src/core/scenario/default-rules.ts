// Default separation minima per separation class and CAD height limits (sources in shared/facts/standards.md).
import type { OperatingRules, SeparationMinima } from './compiled';

export const DEFAULT_SEPARATION: Readonly<Record<string, SeparationMinima>> = {
  // Urban drones: BlueSky Metropolis 2 settings (32 m, 25 ft, 20 s). NMAC distances illustrative.
  drone: { radius_m: 32, half_height_m: 7.62, lookahead_s: 20, nmac_radius_m: 10, nmac_half_height_m: 5 },
  // eVTOL-like: DO-365B well clear as configured in NASA DAIDALUS (0.66 NM, 450 ft, 180 s); NMAC 500 ft / 100 ft.
  evtol: { radius_m: 1220, half_height_m: 137, lookahead_s: 180, nmac_radius_m: 152.4, nmac_half_height_m: 30.48 },
  // Racing quads inside a course: illustrative.
  racing: { radius_m: 5, half_height_m: 3, lookahead_s: 5, nmac_radius_m: 1.5, nmac_half_height_m: 1 },
};

/** CAD Small Unmanned Aircraft Order: A1 100 ft (30 m), A2 300 ft (91 m) above ground. */
export const DEFAULT_RULES: OperatingRules = { cad_height_limit_m: { A1: 30, A2: 91 } };
