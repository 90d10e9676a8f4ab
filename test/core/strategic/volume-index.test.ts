// The rbush-indexed 4D intersection equals a brute-force all-pairs check on random volumes (property test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Footprint } from '../../../src/core/airspace/footprint';
import { footprintsIntersect } from '../../../src/core/airspace/footprint-intersection';
import { bufferedHull } from '../../../src/core/strategic/buffered-hull';
import { type LocalVolume, localVolume, volumesIntersect } from '../../../src/core/strategic/local-volume';
import { VolumeIndex } from '../../../src/core/strategic/volume-index';

const footprintArb: fc.Arbitrary<Footprint> = fc.oneof(
  fc
    .record({
      cx: fc.integer({ min: -3000, max: 3000 }),
      cy: fc.integer({ min: -3000, max: 3000 }),
      r: fc.integer({ min: 1, max: 400 }),
    })
    .map((c) => ({ kind: 'circle' as const, ...c })),
  fc
    .record({
      a: fc.tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 })),
      b: fc.tuple(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -800, max: 800 })),
      w: fc.integer({ min: 5, max: 120 }),
    })
    .map(({ a, b, w }) =>
      bufferedHull(
        [
          { x: a[0], y: a[1] },
          { x: a[0] + b[0], y: a[1] + b[1] },
        ],
        w,
      ),
    ),
);

const volumeArb: fc.Arbitrary<LocalVolume> = fc
  .record({
    footprint: footprintArb,
    z0: fc.integer({ min: 0, max: 200 }),
    dz: fc.integer({ min: 1, max: 80 }),
    t0: fc.integer({ min: 0, max: 5000 }),
    dt: fc.integer({ min: 1, max: 1200 }),
  })
  .map((v) => localVolume(v.footprint, v.z0, v.z0 + v.dz, v.t0, v.t0 + v.dt));

/** Pair indices (query, stored) found through the index. */
function indexedPairs(stored: LocalVolume[], queries: LocalVolume[], bucketS: number): string[] {
  const index = new VolumeIndex(bucketS);
  stored.forEach((v, i) => {
    index.insert(v, i, 0);
  });
  const pairs: string[] = [];
  queries.forEach((q, qi) => {
    index.forEachCandidate(q, (hit) => {
      if (footprintsIntersect(q.footprint, hit.volume.footprint)) pairs.push(`${qi}:${hit.owner}`);
    });
  });
  return pairs.sort();
}

function brutePairs(stored: LocalVolume[], queries: LocalVolume[]): string[] {
  const pairs: string[] = [];
  queries.forEach((q, qi) => {
    stored.forEach((v, i) => {
      if (volumesIntersect(q, v)) pairs.push(`${qi}:${i}`);
    });
  });
  return pairs.sort();
}

describe('volume index', () => {
  it('finds exactly the intersecting pairs that a brute-force all-pairs check finds', () => {
    fc.assert(
      fc.property(
        fc.array(volumeArb, { minLength: 0, maxLength: 60 }),
        fc.array(volumeArb, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(60, 300, 3600),
        (stored, queries, bucket) => {
          expect(indexedPairs(stored, queries, bucket)).toEqual(brutePairs(stored, queries));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports a volume once even when it spans many buckets, and handles very long volumes', () => {
    const long = localVolume({ kind: 'circle', cx: 0, cy: 0, r: 10 }, 0, 10, 0, 30 * 86_400);
    const short = localVolume({ kind: 'circle', cx: 0, cy: 0, r: 10 }, 0, 10, 100, 2000);
    const index = new VolumeIndex(60);
    index.insert(long, 0, 0);
    index.insert(short, 1, 0);
    const seen: number[] = [];
    index.forEachCandidate(localVolume({ kind: 'circle', cx: 5, cy: 0, r: 1 }, 5, 6, 0, 86_400), (hit) => {
      seen.push(hit.owner);
    });
    expect(seen.sort()).toEqual([0, 1]);
    expect(index.size).toBe(2);
  });

  it('treats touching windows and bands as intersecting (closed intervals, as the InterUSS harness)', () => {
    const a = localVolume({ kind: 'circle', cx: 0, cy: 0, r: 10 }, 0, 10, 0, 100);
    expect(volumesIntersect(a, localVolume({ kind: 'circle', cx: 20, cy: 0, r: 10 }, 10, 20, 100, 200))).toBe(true);
    expect(volumesIntersect(a, localVolume({ kind: 'circle', cx: 20, cy: 0, r: 10 }, 10.01, 20, 100, 200))).toBe(false);
    expect(volumesIntersect(a, localVolume({ kind: 'circle', cx: 20, cy: 0, r: 10 }, 10, 20, 100.01, 200))).toBe(false);
  });
});
