// ASTM F3548-21 operational intent types with the standard's field names (as in the InterUSS OpenAPI), and its constants.

export interface LatLngPoint {
  lat: number;
  lng: number;
}

export interface Polygon {
  /** At least 3 vertices; the last does NOT repeat the first. */
  vertices: LatLngPoint[];
}

export interface Radius {
  value: number;
  units: 'M';
}

export interface Circle {
  center: LatLngPoint;
  radius: Radius;
}

export interface Altitude {
  value: number;
  reference: 'W84';
  units: 'M';
}

export interface Time {
  value: string;
  format: 'RFC3339';
}

/** Exactly one of outline_polygon and outline_circle. */
export interface Volume3D {
  outline_polygon?: Polygon;
  outline_circle?: Circle;
  altitude_lower?: Altitude;
  altitude_upper?: Altitude;
}

export interface Volume4D {
  volume: Volume3D;
  time_start?: Time;
  time_end?: Time;
}

export const OPERATIONAL_INTENT_STATES = ['Accepted', 'Activated', 'Nonconforming', 'Contingent'] as const;
export type OperationalIntentState = (typeof OPERATIONAL_INTENT_STATES)[number];

export type UssAvailability = 'Unknown' | 'Normal' | 'Down';

export interface OperationalIntentReference {
  id: string;
  manager: string;
  uss_availability: UssAvailability;
  version: number;
  state: OperationalIntentState;
  /** Absent on another USS's intent: a USS never sends its ovn to others. */
  ovn?: string;
  time_start: Time;
  time_end: Time;
  uss_base_url: string;
  subscription_id: string;
}

export interface OperationalIntentDetails {
  volumes: Volume4D[];
  off_nominal_volumes: Volume4D[];
  priority: number;
}

export interface OperationalIntent {
  reference: OperationalIntentReference;
  details: OperationalIntentDetails;
}

/** Conformance and limit constants of F3548-21 (names as in the standard). */
export const F3548 = {
  OiMinConformancePercent: 95,
  OiMaxExcursionsPerFlightHour: 18,
  OiMaxDurationPerExcursionSeconds: 10,
  MaxRecoverableTimeInNonconformingStateSeconds: 60,
  IntersectionMinimumPrecisionCm: 1,
  OiMaxVertices: 10_000,
  OiMaxPlanHorizonDays: 30,
} as const;
