// Aircraft performance profiles: the fields every class has, and the power model that drains its battery.

export const AIRCRAFT_KINDS = ['multirotor', 'fixed-wing-vtol', 'evtol', 'racing'] as const;
export type AircraftKind = (typeof AIRCRAFT_KINDS)[number];

/** CAD categories of the Small Unmanned Aircraft Order (A1 ≤ 250 g, A2 250 g–7 kg, C 25–150 kg) and "special" above. */
export type CadCategory = 'A1' | 'A2' | 'B' | 'C' | 'special';

/** Weather signals of the Hong Kong Observatory that can be in force. */
export const HKO_SIGNALS = ['T1', 'T3', 'T8', 'T9', 'T10', 'AMBER', 'RED', 'BLACK', 'MONSOON'] as const;
export type HkoSignal = (typeof HKO_SIGNALS)[number];

export interface AircraftClass {
  id: string;
  name: string;
  kind: AircraftKind;
  cruise_speed_mps: number;
  max_speed_mps: number;
  climb_rate_mps: number;
  descent_rate_mps: number;
  accel_mps2: number;
  turn_rate_dps: number;
  /** Highest mean wind (m/s) the class may operate in. */
  max_wind_mps: number;
  /** Highest gust (mean plus gust, m/s). */
  max_gust_mps: number;
  /** Highest rain rate (mm/h). */
  max_rain_mmph: number;
  /** Lowest visibility (m). */
  min_visibility_m: number;
  /** HKO signals under which the class may not fly. */
  grounding_signals: HkoSignal[];
  mass_kg: number;
  energy_wh: number;
  /** Electrical power in the hover (multirotor) or vertical flight mode. */
  hover_power_w: number;
  /** Electrical power at cruise airspeed in level flight. */
  cruise_power_w: number;
  /** Fraction of capacity to keep at landing; falling below it triggers a diversion. */
  reserve_fraction: number;
  cad_category: CadCategory;
  /** Key into the scenario's separation table. */
  separation_class: string;
  /** Minimum height above ground or roofs outside take-off and landing. */
  min_clearance_m: number;
  /** Duration of the pre-flight check at the pad. */
  preflight_s: number;
  /** Span for drawing, metres. */
  size_m: number;
  /** Where the figures come from. */
  note: string;
}

const G = 9.80665;
/** Efficiency of turning electrical power into potential energy while climbing. */
const CLIMB_EFFICIENCY = 0.6;

/**
 * Electrical power (W) at a given true airspeed and climb rate. Below cruise speed the power moves from the
 * hover figure to the cruise figure with the square of the speed ratio (rotor-borne to wing-borne or translational
 * lift); above cruise it grows with the cube (parasitic drag). Climbing adds m·g·vs / efficiency.
 *
 * @example powerDraw(cls, cls.cruise_speed_mps, 0) === cls.cruise_power_w
 */
export function powerDraw(cls: AircraftClass, airspeed: number, climbRate: number): number {
  const r = airspeed / cls.cruise_speed_mps;
  const level =
    r <= 1 ? cls.hover_power_w + (cls.cruise_power_w - cls.hover_power_w) * r * r : cls.cruise_power_w * r * r * r;
  const climb = climbRate > 0 ? (cls.mass_kg * G * climbRate) / CLIMB_EFFICIENCY : 0;
  return level + climb;
}
