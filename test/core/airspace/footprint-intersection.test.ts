// Footprint intersection: circles and polygons, touching shapes, holes, 1 cm precision, and agreement with turf.
import { booleanIntersects, polygon as turfPolygon } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CircleFootprint, PolygonFootprint } from '../../../src/core/airspace/footprint';
import { footprintsIntersect } from '../../../src/core/airspace/footprint-intersection';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../../src/core/geo';
import { convexHull } from '../../../src/core/strategic/buffered-hull';

const poly = (...rings: number[][]): PolygonFootprint => ({
  kind: 'polygon',
  rings: rings.map((r) => Float64Array.from(r)),
});
const circle = (cx: number, cy: number, r: number): CircleFootprint => ({ kind: 'circle', cx, cy, r });
const square = (x: number, y: number, s: number) => poly([x, y, x + s, y, x + s, y + s, x, y + s]);

describe('footprintsIntersect', () => {
  it('circle against circle, including touching', () => {
    expect(footprintsIntersect(circle(0, 0, 5), circle(10, 0, 5))).toBe(true);
    expect(footprintsIntersect(circle(0, 0, 5), circle(10.02, 0, 5))).toBe(false);
  });

  it('circle against polygon: overlapping an edge, inside, containing, apart', () => {
    const sq = square(0, 0, 100);
    expect(footprintsIntersect(circle(-5, 50, 10), sq)).toBe(true); // crosses the west edge
    expect(footprintsIntersect(circle(50, 50, 10), sq)).toBe(true); // inside
    expect(footprintsIntersect(circle(50, 50, 500), sq)).toBe(true); // contains the square
    expect(footprintsIntersect(sq, circle(-11, -11, 15))).toBe(false); // near the corner, apart
    expect(footprintsIntersect(sq, circle(-10, -10, Math.SQRT2 * 10))).toBe(true); // touches the corner
  });

  it('polygon against polygon: crossing, containment, touching, apart', () => {
    expect(footprintsIntersect(square(0, 0, 10), square(5, 5, 10))).toBe(true);
    expect(footprintsIntersect(square(0, 0, 10), square(2, 2, 2))).toBe(true);
    expect(footprintsIntersect(square(2, 2, 2), square(0, 0, 10))).toBe(true);
    expect(footprintsIntersect(square(0, 0, 10), square(10, 0, 10))).toBe(true); // shared edge
    expect(footprintsIntersect(square(0, 0, 10), square(10.01, 0, 10))).toBe(false);
  });

  it('respects holes: a shape inside a hole does not meet the polygon', () => {
    const donut = poly([0, 0, 100, 0, 100, 100, 0, 100], [30, 30, 70, 30, 70, 70, 30, 70]);
    expect(footprintsIntersect(donut, circle(50, 50, 10))).toBe(false);
    expect(footprintsIntersect(donut, square(40, 40, 10))).toBe(false);
    expect(footprintsIntersect(donut, circle(50, 50, 25))).toBe(true);
    expect(footprintsIntersect(donut, square(20, 40, 20))).toBe(true);
  });

  it('resolves 1 cm (IntersectionMinimumPrecisionCm) for shapes 20 km from the frame origin', () => {
    const frame = createLocalFrame(CYBERPORT_ORIGIN);
    // Two 50 m squares given in lat/lng 20 km west of the origin, 2 cm apart, then overlapping by 5 mm.
    const base = frame.toGeo(-20_000, 0);
    const squareAt = (east: number): PolygonFootprint => {
      const corners = [
        [0, 0],
        [50, 0],
        [50, 50],
        [0, 50],
      ].map(([dx, dy]) => {
        const mPerDegLat = 111_195;
        const mPerDegLon = mPerDegLat * Math.cos((base.lat * Math.PI) / 180);
        const g = { lat: base.lat + dy / mPerDegLat, lon: base.lon + (east + dx) / mPerDegLon };
        const p = frame.toLocal(g.lat, g.lon);
        return [p.x, p.y];
      });
      return poly(corners.flat());
    };
    expect(footprintsIntersect(squareAt(0), squareAt(50.02))).toBe(false);
    expect(footprintsIntersect(squareAt(0), squareAt(49.995))).toBe(true);
  });

  it('agrees with turf.booleanIntersects on random convex polygons (property)', () => {
    const pointsArb = fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
      minLength: 3,
      maxLength: 12,
    });
    const hullOf = (pts: [number, number][]) => convexHull(Float64Array.from(pts.flat()));
    const toTurf = (ring: Float64Array) => {
      const coords: [number, number][] = [];
      for (let i = 0; i < ring.length; i += 2) coords.push([ring[i] / 1000, ring[i + 1] / 1000]);
      return turfPolygon([[...coords, coords[0]]]);
    };
    fc.assert(
      fc.property(pointsArb, pointsArb, (a, b) => {
        const ha = hullOf(a);
        const hb = hullOf(b);
        fc.pre(ha.length >= 6 && hb.length >= 6);
        const mine = footprintsIntersect(poly([...ha]), poly([...hb]));
        expect(mine).toBe(booleanIntersects(toTurf(ha), toTurf(hb)));
      }),
      { numRuns: 500 },
    );
  });
});
