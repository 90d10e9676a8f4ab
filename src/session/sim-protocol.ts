// The shapes passed between the viewer and workers/sim.worker.ts: world geometry, scenario meta, frames (types only).

import type { AircraftKind } from '../core/aircraft/aircraft-class';
import type { LocatedError } from '../core/document/located-error';
import type { TrafficFrame } from '../core/sim/traffic-frame';
import type { MonitoredState } from '../core/strategic/conformance-monitor';
import type { AltitudeSuggestion, ApprovalStatus, Replan } from '../core/strategic/strategic-planner';
import type { EventFilter, EventPage } from './event-filter';
import type { FlightAlert } from './frame-alerts';
import type { MarkSeverity } from './timeline-marks';

/** Land, coast, buildings and pads, ready to draw (terrain already in three.js coordinates). */
export interface WorldGeometry {
  terrain: {
    /** three.js positions (x, y up, z) of the land mesh vertices. */
    positions: Float32Array;
    normals: Float32Array;
    /** Linear RGB per vertex, coloured by height. */
    colors: Float32Array;
    indices: Uint32Array;
  };
  /** Coastline rings in local metres (x0, y0, x1, y1, …, closed). */
  coastlines: Float32Array[];
  buildings: { id: string; name: string; ring: Float64Array; base_m: number; top_m: number }[];
  pads: WorldPad[];
  /** The world box in local metres. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  maxGroundHeight: number;
  attribution: string;
}

export interface WorldPad {
  id: string;
  name: string;
  x: number;
  y: number;
  elevation_m: number;
  kind: string;
  evtol: boolean;
}

export interface ClassMeta {
  id: string;
  name: string;
  kind: AircraftKind;
  size_m: number;
  energy_wh: number;
  cad_category: string;
}

export interface FlightMeta {
  id: string;
  operator: string;
  classIndex: number;
  mission: string;
  departure_s: number;
  origin: string;
  destination: string;
  advanced: boolean;
}

/** A horizontal footprint in local metres (rings of x0, y0, x1, y1, …, not closed; outline first, then holes). */
export type FootprintMeta =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'polygon'; rings: Float64Array[] };

export interface GeozoneMeta {
  id: string;
  name: string;
  restriction: string;
  message: string;
  footprint: FootprintMeta;
  /** Drawn band, metres AMSL. */
  z_min: number;
  z_max: number;
  limits: string;
}

export interface ScenarioMeta {
  name: string;
  description: string;
  file: string;
  start_epoch_ms: number;
  utc_offset_min: number;
  duration_s: number;
  time_step_s: number;
  snapshot_interval_s: number;
  classes: ClassMeta[];
  flights: FlightMeta[];
  /**
   * Planned paths: flight i's points are points[4·offsets[i] … 4·offsets[i+1]) as x, y, z (AMSL) and the ground
   * height under the point, from the origin pad through the route to the destination pad.
   */
  routes: { offsets: Uint32Array; points: Float32Array };
  geozones: GeozoneMeta[];
  /** Altitudes (m AMSL) of the wind layers the scenario states. */
  windLayers: number[];
}

export type LoadReply =
  | {
      ok: true;
      meta: ScenarioMeta;
      generation: number;
      compileMs: number;
      /** The traffic at the opening time (the asked time, or a minute after the busiest ten minutes of departures). */
      opening: FrameReply;
    }
  | { ok: false; errors: LocatedError[] };

/** What the main thread learns when a full run ends; the event log itself stays in the worker (see events()). */
export interface RunSummary {
  generation: number;
  eventCount: number;
  /** Kinds present with their counts, in first-seen order. */
  kinds: [kind: string, count: number][];
  /** Timeline marks where conflicts (and losses of separation) begin: [column of 500, severity]. */
  marks: [column: number, severity: MarkSeverity][];
  /** The moment with the most aircraft airborne, or null when none takes off. */
  busiest_s: number | null;
  snapshots: number;
  runMs: number;
}

export interface WeatherSample {
  /** Wind per stated layer: the air moves towards east/north (m/s). */
  wind: { alt: number; east: number; north: number }[];
  gust_mps: number;
  rain_mmph: number;
  visibility_m: number;
  signals: string[];
}

export interface FlightStatus {
  index: number;
  energy_wh: number;
  airspeed_mps: number;
  route_progress: number;
  target_pad: string;
  /** Ground height under the aircraft, m AMSL (approximate terrain model). */
  ground_m: number;
  /** Conflicts, losses of separation and infringements active now (empty until the run has ended). */
  alerts: FlightAlert[];
}

/** One instant of the traffic; the typed arrays are a copy (owned by the receiver). */
export interface FrameReply extends TrafficFrame {
  generation: number;
  airborne: number;
  /** Alert flags per flight (see frame-alerts.ts) and the (a, b, flag) pairs to join with lines. */
  alerts: Uint8Array;
  pairs: Int32Array;
  /** Wall time the worker spent producing the frame (restore + steps + copy), ms. */
  workerMs: number;
  /** Engine steps taken to reach t (0 when the frame was already there). */
  steps: number;
  weather: WeatherSample;
  selected: FlightStatus | null;
}

/** One 4D volume of an accepted operational intent, in the local frame. */
export interface IntentVolumeMeta {
  footprint: FootprintMeta;
  /** Altitude band, metres AMSL. */
  z0: number;
  z1: number;
  /** Time window, scenario seconds. */
  t0: number;
  t1: number;
}

/** A conformance transition of a flight's intent (an 'intent-state' event of the log). */
export interface IntentTransition {
  t: number;
  from: MonitoredState;
  to: MonitoredState;
}

/** One flight's strategic plan: its approval decision and, when accepted, its intent's volumes (sent on selection). */
export interface FlightStrategicView {
  generation: number;
  index: number;
  flight_id: string;
  /** The first decision; a rejected flight may then have been replanned (see `replan`). */
  status: ApprovalStatus;
  /** What a rejected flight became under on_rejection: replan (null otherwise). */
  replan: Replan | null;
  /** Whether the flight flies with an operational intent (accepted, or accepted when replanned). */
  has_intent: boolean;
  priority: number;
  intent_id: string;
  /** Blocking reasons (rejected) and warnings, as readable lines. */
  reasons: string[];
  warnings: string[];
  suggested_delay_s: number | null;
  suggested_altitude: AltitudeSuggestion | null;
  /** The planned window, scenario seconds. */
  time_start_s: number;
  time_end_s: number;
  /** The accepted intent's volumes (empty when rejected). */
  volumes: IntentVolumeMeta[];
  /** The intent's conformance transitions in time order; null while the full run is in progress. */
  transitions: IntentTransition[] | null;
}

export interface LoadOptions {
  /**
   * Run the standard monitors (tactical detection, conformance). Off only for rendering load tests: the traffic is
   * the same (monitors never steer flights) but the log has no conflict or infringement events.
   */
  monitors: boolean;
}

export interface SimWorkerApi {
  /** Fetches and builds the world; returns its drawable geometry (a copy). */
  init(): Promise<WorldGeometry>;
  /**
   * Compiles a scenario text and starts its full run in the background; errors leave the previous scenario loaded.
   * The reply carries the frame at `startAt` (or the opening time) so that the first picture needs no second request.
   */
  load(text: string, file: string, startAt?: number, options?: LoadOptions): Promise<LoadReply>;
  /** Resolves when the run of that generation ends (null when superseded by another load). */
  runResult(generation: number): Promise<RunSummary | null>;
  /** A page of the run's event log through a filter (empty when the generation is not current or not run). */
  events(generation: number, filter: EventFilter, offset: number, limit: number): Promise<EventPage>;
  /**
   * The strategic plan of one flight (planned once per scenario, the plan the run's conformance monitor uses); null
   * when the generation is not current or the flight does not exist.
   */
  strategicView(generation: number, flight: number): Promise<FlightStrategicView | null>;
  /** The traffic at scenario second t (restore the nearest snapshot, then step). */
  frameAt(t: number, selected: number): Promise<FrameReply>;
  /** Receives run progress (0..1) of the current generation. */
  onProgress(listener: (generation: number, fraction: number) => void): void;
}
