// Turns clipped land polygons into the committed coast: variable-tolerance simplification, islet removal, rounding.
import { createLocalFrame, type LatLon } from '../../geo';
import { ringArea, simplifyRing } from './simplify-ring';

/** A polygon as flat lon, lat rings (open), outer ring first. */
export type FlatPolygon = number[][];

export interface SimplifyCoastOptions {
  /** The point around which the coast is kept finest (Cyberport). */
  focus: LatLon;
  /** Tolerance in metres as a function of distance from the focus in metres. */
  toleranceAt(distanceFromFocus: number): number;
  /** Smallest ring area (m²) kept, as a function of the distance of the ring's first point from the focus. */
  minAreaAt(distanceFromFocus: number): number;
  /** Decimal places of the written degrees (6 → 1e-6°, about 0.1 m). */
  decimals: number;
}

export interface SimplifiedCoast {
  /** Closed rings of [lon, lat], outer ring counter-clockwise first, holes clockwise after it. */
  polygons: [number, number][][][];
  stats: { pointsIn: number; pointsOut: number; polygonsIn: number; polygonsOut: number; dropped: number };
}

/** @example simplifyCoast(clipped, { focus: CYBERPORT_ORIGIN, toleranceAt: () => 10, minAreaAt: () => 1e4, decimals: 6 }) */
export function simplifyCoast(polygons: FlatPolygon[], options: SimplifyCoastOptions): SimplifiedCoast {
  const frame = createLocalFrame(options.focus);
  const scale = 10 ** options.decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const stats = { pointsIn: 0, pointsOut: 0, polygonsIn: polygons.length, polygonsOut: 0, dropped: 0 };
  const out: [number, number][][][] = [];

  for (const polygon of polygons) {
    const rings: [number, number][][] = [];
    for (let r = 0; r < polygon.length; r++) {
      const lonLat = polygon[r];
      const n = lonLat.length >> 1;
      stats.pointsIn += n;
      const xy = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const p = frame.toLocal(lonLat[2 * i + 1], lonLat[2 * i]);
        xy[2 * i] = p.x;
        xy[2 * i + 1] = p.y;
      }
      const distance = Math.hypot(xy[0], xy[1]);
      if (Math.abs(ringArea(xy)) < options.minAreaAt(distance)) {
        if (r === 0) break; // an islet: drop the whole polygon
        continue; // a small hole: fill it
      }
      const kept = simplifyRing(xy, (x, y) => options.toleranceAt(Math.hypot(x, y)));
      const ring: [number, number][] = [];
      const keptXy: number[] = [];
      for (const i of kept) {
        const p: [number, number] = [round(lonLat[2 * i]), round(lonLat[2 * i + 1])];
        const last = ring[ring.length - 1];
        if (last && last[0] === p[0] && last[1] === p[1]) continue;
        ring.push(p);
        keptXy.push(xy[2 * i], xy[2 * i + 1]);
      }
      if (ring.length < 3 || Math.abs(ringArea(keptXy)) < options.minAreaAt(distance)) {
        if (r === 0) break;
        continue;
      }
      // RFC 7946 winding: outer rings counter-clockwise, holes clockwise.
      const ccw = ringArea(keptXy) > 0;
      if (ccw !== (r === 0)) ring.reverse();
      ring.push([ring[0][0], ring[0][1]]);
      stats.pointsOut += ring.length;
      rings.push(ring);
    }
    if (rings.length === 0) stats.dropped++;
    else out.push(rings);
  }
  stats.polygonsOut = out.length;
  return { polygons: out, stats };
}
