// The compiled scenario: everything in the local metric frame, ready for the engine, detection and planning.

import type { AircraftClass } from '../aircraft/aircraft-class';
import type { Geozone } from '../airspace/geozone';
import type { LocalFrame } from '../geo';
import type { OperationalIntent } from '../strategic/f3548-types';
import type { WeatherModel } from '../weather/weather-model';
import type { PadRule } from '../world/pad-rules';
import type { LocalPad, World } from '../world/world';
import type { Scenario } from './schema';

export type Mission = 'delivery' | 'passenger' | 'inspection' | 'training';

/** Tactical separation minima for one separation class (a pair uses the larger radius and the larger half-height). */
export interface SeparationMinima {
  radius_m: number;
  half_height_m: number;
  lookahead_s: number;
  nmac_radius_m: number;
  nmac_half_height_m: number;
}

/** Rules for height checks (each class carries its own minimum clearance above ground and roofs). */
export interface OperatingRules {
  /** Height limits above ground in metres by CAD category (A1 30 m, A2 91 m); categories not listed have none. */
  cad_height_limit_m: Partial<Record<string, number>>;
}

/** A route point in the local frame: z is AMSL metres; speed is the commanded airspeed to this point (0 = class cruise). */
export interface RoutePoint {
  x: number;
  y: number;
  z: number;
  speed_mps: number;
}

export interface CompiledFlight {
  index: number;
  id: string;
  operator: string;
  classIndex: number;
  priority: number;
  /** Planned departure, seconds since scenario start. */
  departure_s: number;
  origin: LocalPad;
  destination: LocalPad;
  /** En-route points between origin and destination (take-off climbs to the first one's altitude). */
  route: RoutePoint[];
  mission: Mission;
  advanced: boolean;
  /** Ids of geozones this flight is authorised to enter. */
  authorisations: string[];
  /** How long a weather hold may last before the flight is cancelled. */
  hold_window_s: number;
  /** Set when the flight must not launch (why, e.g. the strategic planner's rejection): cancelled at departure. */
  grounded?: string;
}

export interface CompiledScenario {
  source: Scenario;
  /** The file the scenario came from, for messages. */
  file: string;
  name: string;
  /** Scenario start as an ISO 8601 string with offset, and as epoch milliseconds. */
  start_iso: string;
  start_epoch_ms: number;
  /** Minutes east of UTC of the start time's offset, for showing local clock time. */
  utc_offset_min: number;
  duration_s: number;
  time_step_s: number;
  detect_interval_s: number;
  snapshot_interval_s: number;
  seed: number;
  frame: LocalFrame;
  world: World;
  classes: AircraftClass[];
  flights: CompiledFlight[];
  weather: WeatherModel;
  /** Minima by separation class name (a class's `separation_class`). */
  separation: Record<string, SeparationMinima>;
  rules: OperatingRules;
  geozones: Geozone[];
  /** Sequencing rules of world.pads[k], same order: capacity and minimum interval (pad data + scenario `pads:`). */
  pad_rules: PadRule[];
  /** Strategic settings: whether equal-priority intents may conflict. */
  equal_priority_conflicts_permitted: boolean;
  /** What the UTM does with a rejected flight: re-submit it later or higher (replan), keep it down, or let it fly. */
  on_rejection: 'replan' | 'ground' | 'fly';
  /** Other USSs' operational intents (validated), planned around: the scenario's inline list or its file's. */
  external_intents: OperationalIntent[];
  /** The `external_intents` file (relative to the scenario file) the file-reading loader still has to read, or null. */
  external_intents_file: string | null;
}
