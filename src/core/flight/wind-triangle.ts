// The wind triangle: the air velocity that keeps a desired ground track in a given wind.

export interface AirVector {
  /** Air heading in radians clockwise from north. */
  heading: number;
  /** True airspeed, m/s. */
  airspeed: number;
  /** Resulting ground speed along the track, m/s (negative when the wind wins). */
  groundSpeed: number;
}

/**
 * The heading that holds the track (ux, uy) (a unit vector, east/north) at airspeed `airspeed` in wind (we, wn).
 * When the crosswind exceeds the airspeed the aircraft points straight into it and drifts.
 *
 * @example solveWindTriangle(1, 0, 0, -5, 15, out) // track east, wind towards south: heading a bit north of east
 */
export function solveWindTriangle(
  ux: number,
  uy: number,
  we: number,
  wn: number,
  airspeed: number,
  out: AirVector,
): AirVector {
  const along = we * ux + wn * uy;
  const cross = -we * uy + wn * ux; // component along the left normal (-uy, ux)
  let au: number;
  let an: number;
  if (Math.abs(cross) < airspeed) {
    an = -cross;
    au = Math.sqrt(airspeed * airspeed - cross * cross);
  } else {
    an = cross > 0 ? -airspeed : airspeed;
    au = 0;
  }
  const ae = au * ux - an * uy;
  const aN = au * uy + an * ux;
  out.heading = Math.atan2(ae, aN);
  out.airspeed = airspeed;
  out.groundSpeed = au + along;
  return out;
}

/**
 * The air velocity for a desired ground velocity (gx, gy) in wind (we, wn), capped at `maxAirspeed` (then the
 * track is held by the wind triangle at the cap and the ground speed is what it gives).
 */
export function airForGroundVelocity(
  ux: number,
  uy: number,
  groundSpeed: number,
  we: number,
  wn: number,
  maxAirspeed: number,
  out: AirVector,
): AirVector {
  const ae = groundSpeed * ux - we;
  const an = groundSpeed * uy - wn;
  const needed = Math.hypot(ae, an);
  if (needed <= maxAirspeed) {
    out.heading = needed > 1e-9 ? Math.atan2(ae, an) : out.heading;
    out.airspeed = needed;
    out.groundSpeed = groundSpeed;
    return out;
  }
  return solveWindTriangle(ux, uy, we, wn, maxAirspeed, out);
}

/** The signed smallest angle from a to b, radians in (-π, π]. */
export function angleDifference(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  else if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}
