// Checks the build-time helpers: streamed GeoJSON reading, box clipping, simplification, rasterising, coast distance.
import { bboxClip, polygon, area as turfArea } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipRingToBox } from '../../../src/core/world/build/clip-ring-to-box';
import { createCoastDistance } from '../../../src/core/world/build/coast-distance';
import { distanceToSegment } from '../../../src/core/world/build/coast-segments';
import { createPolygonStreamParser, type StreamedRing } from '../../../src/core/world/build/geojson-polygon-stream';
import { rasteriseLand } from '../../../src/core/world/build/rasterise-land';
import { ringArea, simplifyRing } from '../../../src/core/world/build/simplify-ring';
import { createLandIndex } from '../../../src/core/world/land-index';
import { pointInRing } from '../../../src/core/world/point-in-ring';

const SAMPLE = `{"type":"GeometryCollection", "geometries": [
{"type":"MultiPolygon","coordinates":[[[[114.1,22.2],[114.2,22.2],[114.2,22.3],[114.1,22.2]],[[114.15,22.22],[114.16,22.22],[114.16,22.23],[114.15,22.22]]],[[[-1.5e1,5E-1],[-14,0.5],[-14,1.25],[-1.5e1,5E-1]]]]},
{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}
]}`;

function readSample(chunkSizes: number[]): { rings: (StreamedRing & { coords: Float64Array })[]; polygons: number } {
  const rings: (StreamedRing & { coords: Float64Array })[] = [];
  let polygons = 0;
  const parser = createPolygonStreamParser({
    ring: (r) => rings.push({ ...r, coords: r.coords.slice() }),
    polygonEnd: () => polygons++,
  });
  const bytes = new TextEncoder().encode(SAMPLE);
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length] ?? bytes.length);
    parser.write(bytes.subarray(at, at + size));
    at += size;
  }
  parser.end();
  return { rings, polygons };
}

describe('streamed GeoJSON polygon reader', () => {
  it('reads MultiPolygon and Polygon rings with holes, exponents and bounding boxes', () => {
    const { rings, polygons } = readSample([]);
    expect(polygons).toBe(3);
    expect(rings.map((r) => r.indexInPolygon)).toEqual([0, 1, 0, 0]);
    expect(Array.from(rings[0].coords)).toEqual([114.1, 22.2, 114.2, 22.2, 114.2, 22.3, 114.1, 22.2]);
    expect(Array.from(rings[2].coords)).toEqual([-15, 0.5, -14, 0.5, -14, 1.25, -15, 0.5]);
    expect([rings[2].minLon, rings[2].minLat, rings[2].maxLon, rings[2].maxLat]).toEqual([-15, 0.5, -14, 1.25]);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const whole = readSample([]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }), (sizes) => {
        expect(readSample(sizes)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a truncated document', () => {
    const parser = createPolygonStreamParser({ ring() {}, polygonEnd() {} });
    parser.write(new TextEncoder().encode('{"coordinates":[[[0,0],[1,'));
    expect(() => parser.end()).toThrow(/ended inside/);
  });
});

describe('clipRingToBox', () => {
  const box = { minX: 0, minY: 0, maxX: 10, maxY: 10 };
  it('keeps a ring inside the box and cuts one that crosses it', () => {
    expect(clipRingToBox([1, 1, 2, 1, 2, 2, 1, 1], box)).toEqual([1, 1, 2, 1, 2, 2]);
    const clipped = clipRingToBox([-5, -5, 5, -5, 5, 5, -5, 5], box);
    expect(Math.abs(ringArea(clipped))).toBeCloseTo(25, 9);
    expect(clipRingToBox([20, 20, 30, 20, 30, 30], box)).toEqual([]);
  });

  it('leaves the same area as turf.bboxClip', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 25, noNaN: true }), { minLength: 3, maxLength: 12 }), (radii) => {
        // A star-shaped ring around (5, 5) (one vertex per equal angle step), so that it is simple.
        const ring = radii.map((r, i) => {
          const a = (2 * Math.PI * i) / radii.length;
          return [5 + r * Math.cos(a), 5 + r * Math.sin(a)] as [number, number];
        });
        const ours = Math.abs(ringArea(clipRingToBox(ring.flat(), box)));
        const theirs = bboxClip(polygon([[...ring, ring[0]]]), [0, 0, 10, 10]).geometry.coordinates as [
          number,
          number,
        ][][];
        const theirsArea =
          theirs.length && theirs[0].length >= 4 ? Math.abs(ringArea(theirs[0].slice(0, -1).flat())) : 0;
        expect(ours).toBeCloseTo(theirsArea, 6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('simplifyRing', () => {
  it('drops points within tolerance and keeps those beyond it', () => {
    expect(simplifyRing([0, 0, 50, 0.5, 100, 0, 100, 100, 0, 100], () => 1)).toEqual([0, 2, 3, 4]);
    expect(simplifyRing([0, 0, 50, 5, 100, 0, 100, 100, 0, 100], () => 1)).toEqual([0, 1, 2, 3, 4]);
  });

  it('uses the tolerance at each point: fine near the focus, coarse far from it', () => {
    const zigzag: number[] = [];
    for (let x = -1000; x <= 1000; x += 20) zigzag.push(x, x % 40 === 0 ? 0 : 3);
    zigzag.push(1000, 500, -1000, 500);
    const kept = simplifyRing(zigzag, (x) => (Math.abs(x) < 200 ? 1 : 10)).map((i) => zigzag[2 * i]);
    const near = kept.filter((x) => Math.abs(x) < 200).length;
    const far = kept.filter((x) => Math.abs(x) >= 200 && Math.abs(x) < 1000).length;
    expect(near).toBeGreaterThan(15);
    expect(far).toBe(0);
  });

  it('keeps every simplified point within tolerance of the original ring', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { minLength: 8, maxLength: 60 }), (radii) => {
        const ring: number[] = [];
        radii.forEach((r, i) => {
          const a = (2 * Math.PI * i) / radii.length;
          ring.push((100 + r) * Math.cos(a), (100 + r) * Math.sin(a));
        });
        const kept = simplifyRing(ring, () => 5);
        const simplified = kept.flatMap((i) => [ring[2 * i], ring[2 * i + 1]]);
        const segments = new Float64Array(simplified.length * 2);
        for (let k = 0; k < kept.length; k++) {
          const n = (k + 1) % kept.length;
          segments.set([simplified[2 * k], simplified[2 * k + 1], simplified[2 * n], simplified[2 * n + 1]], 4 * k);
        }
        for (let i = 0; i < radii.length; i++) {
          let d = Infinity;
          for (let k = 0; k < kept.length; k++)
            d = Math.min(d, distanceToSegment(segments, k, ring[2 * i], ring[2 * i + 1]));
          expect(d).toBeLessThanOrEqual(5 + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('computes signed areas like turf (counter-clockwise positive)', () => {
    expect(ringArea([0, 0, 4, 0, 4, 3])).toBe(6);
    expect(ringArea([0, 0, 4, 3, 4, 0])).toBe(-6);
    expect(
      turfArea(
        polygon([
          [
            [0, 0],
            [0.001, 0],
            [0.001, 0.001],
            [0, 0],
          ],
        ]),
      ),
    ).toBeGreaterThan(0);
  });
});

describe('rasteriseLand and createLandIndex', () => {
  // A square island with a square lake, and a triangle island, in a 1° box.
  const polygons = [
    [
      [
        [0.1, 0.1],
        [0.6, 0.1],
        [0.6, 0.6],
        [0.1, 0.6],
        [0.1, 0.1],
      ],
      [
        [0.3, 0.3],
        [0.3, 0.4],
        [0.4, 0.4],
        [0.4, 0.3],
        [0.3, 0.3],
      ],
    ],
    [
      [
        [0.7, 0.7],
        [0.95, 0.72],
        [0.8, 0.97],
        [0.7, 0.7],
      ],
    ],
  ];
  const bbox: [number, number, number, number] = [0, 0, 1, 1];
  const inside = (x: number, y: number) =>
    polygons.flat().reduce((acc, ring) => acc !== pointInRing(ring.slice(0, -1).flat(), x, y), false);

  it('rasterises nodes like a point-in-polygon test', () => {
    const spec = { west: 0, south: 0, stepLon: 0.0137, stepLat: 0.0113, cols: 70, rows: 85 };
    const mask = rasteriseLand(polygons, bbox, spec);
    for (let j = 0; j < spec.rows; j++)
      for (let i = 0; i < spec.cols; i++)
        expect(mask[j * spec.cols + i] === 1).toBe(inside(i * spec.stepLon, j * spec.stepLat));
  });

  it('answers point queries like a point-in-polygon test, for any cell size', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.003, max: 0.5, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 50,
          maxLength: 50,
        }),
        (cell, points) => {
          const index = createLandIndex(polygons, bbox, cell);
          for (const [x, y] of points) expect(index.contains(y, x)).toBe(inside(x, y));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('createCoastDistance', () => {
  it('finds the same nearest distance as a brute-force scan', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -3000, max: 3000, noNaN: true }),
            fc.double({ min: -3000, max: 3000, noNaN: true }),
            fc.double({ min: -300, max: 300, noNaN: true }),
            fc.double({ min: -300, max: 300, noNaN: true }),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        fc.tuple(fc.double({ min: -6000, max: 6000, noNaN: true }), fc.double({ min: -6000, max: 6000, noNaN: true })),
        fc.double({ min: 10, max: 10_000, noNaN: true }),
        (segs, [x, y], cap) => {
          const segments = Float64Array.from(segs.flatMap(([ax, ay, dx, dy]) => [ax, ay, ax + dx, ay + dy]));
          let brute = cap;
          for (let k = 0; k < segs.length; k++) brute = Math.min(brute, distanceToSegment(segments, k, x, y));
          expect(createCoastDistance(segments, 250).distance(x, y, cap)).toBe(brute);
        },
      ),
      { numRuns: 500 },
    );
  });
});
