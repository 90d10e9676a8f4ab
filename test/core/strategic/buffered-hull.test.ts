// The buffered hull of a track piece: the convex hull of the discs' 12-gons, built by a Minkowski sum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointInRings } from '../../../src/core/airspace/footprint';
import { bufferedHull, circumscribedPolygon, convexHull } from '../../../src/core/strategic/buffered-hull';

const area = (ring: Float64Array) => {
  let a = 0;
  for (let i = 0; i < ring.length; i += 2) {
    const j = (i + 2) % ring.length;
    a += ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
  }
  return a / 2;
};

describe('bufferedHull', () => {
  const pointsArb = fc.array(
    fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
    { minLength: 1, maxLength: 8 },
  );

  it('equals the convex hull of every disc polygon (same area, counter-clockwise, no repeated vertex)', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: 1, max: 300 }), (points, r) => {
        const ring = bufferedHull(points, r).rings[0];
        const all = Float64Array.from(points.flatMap((p) => [...circumscribedPolygon(p.x, p.y, r)]));
        const reference = convexHull(all);
        expect(area(ring)).toBeCloseTo(area(reference), 3);
        expect(area(ring)).toBeGreaterThan(0);
        for (let i = 0; i < ring.length; i += 2) {
          const j = (i + 2) % ring.length;
          expect(ring[i] === ring[j] && ring[i + 1] === ring[j + 1]).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('contains every disc around the points', () => {
    fc.assert(
      fc.property(
        pointsArb,
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (points, r, a) => {
          const ring = bufferedHull(points, r).rings;
          for (const p of points)
            expect(pointInRings(ring, p.x + 0.999 * r * Math.cos(a), p.y + 0.999 * r * Math.sin(a))).toBe(true);
        },
      ),
    );
  });
});
