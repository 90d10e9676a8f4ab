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

/** The signed smallest angle from a to b, radians in (-π, π]. */
export function angleDifference(a: number, b: number): number {
  let d = (b - a) % (2 * Math.PI);
  if (d > Math.PI) d -= 2 * Math.PI;
  else if (d <= -Math.PI) d += 2 * Math.PI;
  return d;
}
