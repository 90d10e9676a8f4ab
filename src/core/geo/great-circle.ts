// Great-circle distance and initial bearing on the sphere (the same model as turf.distance / turf.bearing).
import { EARTH_RADIUS_M, type LatLon } from './local-frame';

const DEG = Math.PI / 180;

/** Haversine distance in metres. @example greatCircleDistance({lat:22.26,lon:114.13},{lat:22.21,lon:114.03}) // ≈ 11 800 */
export function greatCircleDistance(a: LatLon, b: LatLon): number {
  const dPhi = (b.lat - a.lat) * DEG;
  const dLambda = (b.lon - a.lon) * DEG;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(a.lat * DEG) * Math.cos(b.lat * DEG) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** Initial true bearing from a to b in degrees, 0–360 clockwise from north. */
export function initialBearing(a: LatLon, b: LatLon): number {
  const phi1 = a.lat * DEG;
  const phi2 = b.lat * DEG;
  const dLambda = (b.lon - a.lon) * DEG;
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  return (Math.atan2(y, x) / DEG + 360) % 360;
}
