// Local east-north-up metric frame around an origin (spherical azimuthal equidistant projection, turf's earth radius).

/** Mean earth radius in metres, the same value turf uses, so distances agree with turf.distance. */
export const EARTH_RADIUS_M = 6371008.8;

const DEG = Math.PI / 180;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface LocalPoint {
  x: number; // metres east of the origin
  y: number; // metres north of the origin
}

/**
 * A local frame: x east, y north in metres, z is altitude above mean sea level in metres.
 * Distances from the origin are exact on the sphere; between two points within 30 km of the
 * origin they differ from great-circle distances by far less than 0.01 %.
 *
 * @example
 * const frame = createLocalFrame({ lat: 22.261806, lon: 114.130214 });
 * const p = frame.toLocal(22.2089, 114.0292); // Cheung Chau, ~ { x: -10400, y: -5860 }
 */
export interface LocalFrame {
  readonly origin: LatLon;
  toLocal(lat: number, lon: number): LocalPoint;
  toGeo(x: number, y: number): LatLon;
}

export function createLocalFrame(origin: LatLon): LocalFrame {
  const phi0 = origin.lat * DEG;
  const lambda0 = origin.lon * DEG;
  const sinPhi0 = Math.sin(phi0);
  const cosPhi0 = Math.cos(phi0);

  function toLocal(lat: number, lon: number): LocalPoint {
    const phi = lat * DEG;
    const dLambda = lon * DEG - lambda0;
    const sinPhi = Math.sin(phi);
    const cosPhi = Math.cos(phi);
    const cosDl = Math.cos(dLambda);
    const east = cosPhi * Math.sin(dLambda);
    const north = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDl;
    const cosC = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDl;
    const sinC = Math.hypot(east, north);
    const c = Math.atan2(sinC, cosC);
    const k = sinC < 1e-15 ? 1 : c / sinC;
    return { x: EARTH_RADIUS_M * k * east, y: EARTH_RADIUS_M * k * north };
  }

  function toGeo(x: number, y: number): LatLon {
    const rho = Math.hypot(x, y);
    if (rho < 1e-9) return { lat: origin.lat, lon: origin.lon };
    const c = rho / EARTH_RADIUS_M;
    const sinC = Math.sin(c);
    const cosC = Math.cos(c);
    const phi = Math.asin(cosC * sinPhi0 + (y * sinC * cosPhi0) / rho);
    const lambda = lambda0 + Math.atan2(x * sinC, rho * cosPhi0 * cosC - y * sinPhi0 * sinC);
    return { lat: phi / DEG, lon: lambda / DEG };
  }

  return { origin: { lat: origin.lat, lon: origin.lon }, toLocal, toGeo };
}
