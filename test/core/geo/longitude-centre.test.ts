// The middle of the shortest arc holding a set of longitudes, against a brute-force scan of candidate centres.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longitudeCentre } from '../../../src/core/geo/longitude-centre';

/** The largest angular distance from `c` to any of the longitudes. */
const spread = (c: number, lons: number[]) =>
  Math.max(...lons.map((l) => Math.abs(((((l - c) % 360) + 540) % 360) - 180)));

describe('longitudeCentre', () => {
  it('centres a pair astride the antimeridian on it, and an ordinary range on its middle', () => {
    expect(Math.abs(longitudeCentre([179.99, -179.99]))).toBeCloseTo(180, 9);
    expect(longitudeCentre([114, 114.2])).toBeCloseTo(114.1, 9);
    expect(longitudeCentre([])).toBe(0);
  });

  it('no centre sees all the longitudes within a smaller half-arc (scan of 3,600 candidates)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -180, max: 180, noNaN: true }), { minLength: 1, maxLength: 8 }), (lons) => {
        const best = Math.min(...Array.from({ length: 3600 }, (_, k) => spread(-180 + k / 10, lons)));
        expect(spread(longitudeCentre(lons), lons)).toBeLessThanOrEqual(best + 1e-9);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
