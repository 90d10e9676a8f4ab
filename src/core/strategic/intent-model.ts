// The parameters of Skylane's operational-intent model (buffers, margins, volume budget) and their defaults.

/** The forecast wind: the velocity of the air (m/s towards east and north) at scenario time t and altitude z AMSL. */
export interface WindForecast {
  windAt(t: number, z: number, out: { east: number; north: number }): { east: number; north: number };
}

export const CALM: WindForecast = {
  windAt: (_t, _z, out) => {
    out.east = 0;
    out.north = 0;
    return out;
  },
};

export interface IntentModelOptions {
  /** Lateral buffer around the planned track, metres (Flight Blender uses ~55 m around declared lines). */
  lateral_buffer_m: number;
  /** Vertical buffer above and below the planned altitudes, metres. */
  vertical_buffer_m: number;
  /** Most volumes per flight, including the take-off and landing columns. */
  max_volumes: number;
  /** Shortest en-route piece before legs are merged, metres. */
  min_piece_m: number;
  /** Take-off may happen this much earlier or later than planned, seconds. */
  departure_tolerance_s: number;
  /** Airspeed and vertical-rate tolerance as a fraction of the planned values. */
  speed_tolerance: number;
  /** Wind forecast error: an absolute part (m/s) and a fraction of the forecast speed (combined in quadrature). */
  wind_uncertainty_mps: number;
  wind_uncertainty_fraction: number;
  /** The slowest ground speed counted as a fraction of the forecast one (keeps late margins finite). */
  min_ground_speed_fraction: number;
  /** Time on the destination pad after touchdown kept in the landing column, seconds. */
  landing_settle_s: number;
  /** Heading changes above this add the class's turn radius to the buffer of the pieces around the turn, degrees. */
  turn_threshold_deg: number;
}

export const DEFAULT_INTENT_MODEL: Readonly<IntentModelOptions> = {
  lateral_buffer_m: 50,
  vertical_buffer_m: 15,
  max_volumes: 20,
  min_piece_m: 300,
  departure_tolerance_s: 30,
  speed_tolerance: 0.05,
  wind_uncertainty_mps: 1.5,
  wind_uncertainty_fraction: 0.2,
  min_ground_speed_fraction: 0.3,
  landing_settle_s: 30,
  turn_threshold_deg: 5,
};
