// Property tests: the grid broad phase gives exactly the brute-force result (same pairs, same figures) on random traffic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectBruteForce } from '../../../src/core/detect/brute-force';
import { PairList } from '../../../src/core/detect/pair-list';
import { createDetectInput } from '../../../src/core/detect/traffic-input';
import { GridDetector } from '../../../src/core/detect/uniform-grid';
import { traffic as droneTraffic } from '../../bench/synthetic-detect-traffic';
import { type Craft, toInput, traffic } from './traffic-arbitraries';

function pairRows(list: PairList): unknown[] {
  const out: unknown[] = [];
  for (let r = 0; r < list.count; r++) {
    out.push([
      list.i[r],
      list.j[r],
      list.flags[r],
      list.tcpa[r],
      list.dcpa[r],
      list.tin[r],
      list.tout[r],
      list.dh[r],
      list.dv[r],
    ]);
  }
  return out;
}

function expectSameAsBruteForce(list: readonly Craft[], grid: GridDetector): void {
  const input = toInput(list);
  const expected = new PairList();
  const actual = new PairList();
  detectBruteForce(input, expected);
  grid.detect(input, actual);
  expect(pairRows(actual)).toEqual(pairRows(expected));
}

describe('GridDetector', () => {
  it('matches brute force on a sparse spread with clusters and boundary pairs', () => {
    const grid = new GridDetector();
    fc.assert(
      fc.property(traffic(3000), (list) => expectSameAsBruteForce(list, grid)),
      { numRuns: 300 },
    );
  });

  it('matches brute force on dense traffic', () => {
    const grid = new GridDetector();
    fc.assert(
      fc.property(traffic(150, 200), (list) => expectSameAsBruteForce(list, grid)),
      { numRuns: 200 },
    );
  });

  it('matches brute force with other cell shapes', () => {
    fc.assert(
      fc.property(
        traffic(800),
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        (list, w, h) => expectSameAsBruteForce(list, new GridDetector({ cellWidthFactor: w, cellHeightFactor: h })),
      ),
      { numRuns: 150 },
    );
  });

  it('matches brute force with any number of time slices', () => {
    fc.assert(
      fc.property(
        traffic(800),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.2, max: 4, noNaN: true }),
        (list, k, w) =>
          expectSameAsBruteForce(list, new GridDetector({ slices: k, cellWidthFactor: w, cellHeightFactor: w })),
      ),
      { numRuns: 150 },
    );
  });

  it('cuts crowded traffic into more time slices, matching brute force at each', () => {
    const grid = new GridDetector();
    const chosen = [20_000, 1_000, 250].map((side) => {
      const input = droneTraffic(2_000, side, side);
      const expected = new PairList();
      const actual = new PairList();
      detectBruteForce(input, expected);
      const stats = grid.detect(input, actual);
      expect(pairRows(actual)).toEqual(pairRows(expected));
      return [stats.slices, Math.round(stats.crowding)];
    });
    expect(chosen.map(([slices]) => slices)).toEqual([1, 2, 3]);
    expect(chosen[0][1]).toBeLessThan(chosen[1][1]);
  });

  it('matches brute force on 3,000 aircraft, reusing its buffers as N changes', () => {
    const grid = new GridDetector();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 500, max: 3000 }), (seed, n) => {
        let s = seed;
        const rand = () => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 2 ** 32;
        };
        const list: Craft[] = [];
        for (let k = 0; k < n; k++) {
          const heading = rand() * 2 * Math.PI;
          const v = 5 + rand() * 20;
          list.push({
            x: rand() * 3000,
            y: rand() * 3000,
            z: 30 + rand() * 120,
            vx: v * Math.sin(heading),
            vy: v * Math.cos(heading),
            vz: (rand() - 0.5) * 2,
            zone: k % 7 === 0 ? 1 : 0,
            active: rand() > 0.05,
          });
        }
        expectSameAsBruteForce(list, grid);
      }),
      { numRuns: 8 },
    );
  });

  it('finds pairs just inside the zone along an axis, where the boxes barely overlap (fails if a margin shrinks 0.1 %)', () => {
    // Zone 0: R = 32 m, H = 7.62 m, T = 20 s. Axis-aligned paths make the boxes as tight as the geometry.
    const near = 32 - 0.004;
    const cases: Craft[][] = [];
    for (const v of [0, 12]) {
      cases.push([
        { x: 0, y: 0, z: 100, vx: v, vy: 0, vz: 0, zone: 0, active: true },
        { x: 0, y: near, z: 100, vx: v, vy: 0, vz: 0, zone: 0, active: true },
      ]);
      cases.push([
        { x: 500, y: 40, z: 100, vx: 0, vy: -v, vz: 0, zone: 0, active: true },
        { x: 500 - near, y: 40, z: 100, vx: 0, vy: -v, vz: 0, zone: 0, active: true },
      ]);
    }
    // Head-on, offset sideways by just under R, meeting at the end of the look-ahead or halfway (a slice boundary).
    for (const t of [10, 20, 19.999]) {
      cases.push([
        { x: -10 * t, y: 0, z: 60, vx: 10, vy: 0, vz: 0, zone: 0, active: true },
        { x: 10 * t, y: near, z: 60, vx: -10, vy: 0, vz: 0, zone: 0, active: true },
      ]);
    }
    for (const list of cases) {
      const grid = new GridDetector();
      expectSameAsBruteForce(list, grid);
      expect(grid.stats.pairs).toBe(1);
    }
  });

  it('finds the pairs with everything co-located and with zero relative velocity', () => {
    const list: Craft[] = Array.from({ length: 40 }, () => ({
      x: 5,
      y: -7,
      z: 100,
      vx: 3,
      vy: 4,
      vz: 0,
      zone: 0,
      active: true,
    }));
    const input = toInput(list);
    const out = new PairList();
    new GridDetector().detect(input, out);
    expect(out.count).toBe((40 * 39) / 2);
    expect(out.tin[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(out.tout[0]).toBe(Number.POSITIVE_INFINITY);
  });

  it('finds every pair when one cell holds more aircraft than a batch of the pair queue', () => {
    // 50 co-located aircraft: one cell, one sweep bin, runs of up to 49 pairs in a queue made for 8.
    const n = 50;
    const list: Craft[] = Array.from({ length: n }, (_, k) => ({
      x: 100 + (k % 7) * 0.1,
      y: 200,
      z: 80,
      vx: 5,
      vy: 0,
      vz: 0,
      zone: 0,
      active: true,
    }));
    const out = new PairList();
    new GridDetector({ batch: 8 }).detect(toInput(list), out);
    expect(out.count).toBe((n * (n - 1)) / 2);
    expect([out.i[0], out.j[0], out.i[out.count - 1], out.j[out.count - 1]]).toEqual([0, 1, n - 2, n - 1]);
  });

  it('matches brute force when the relative speed is tiny (found by the property test)', () => {
    const grid = new GridDetector();
    expectSameAsBruteForce(
      [
        { x: 0, y: 0, z: 0, vx: -4.158400847013625e-162, vy: 0, vz: 0, zone: 0, active: true },
        { x: -51, y: 0, z: 0, vx: 0, vy: 0, vz: 0, zone: 1, active: true },
      ],
      grid,
    );
  });

  it('ignores inactive aircraft and non-finite figures', () => {
    const input = createDetectInput(3);
    for (let i = 0; i < 3; i++) {
      input.radius[i] = 32;
      input.halfHeight[i] = 7.62;
      input.lookahead[i] = 20;
      input.z[i] = 100;
    }
    input.x[1] = 10;
    input.x[2] = Number.NaN;
    input.active[1] = 0;
    const out = new PairList();
    expect(new GridDetector().detect(input, out).active).toBe(1);
    expect(out.count).toBe(0);
    input.active[1] = 1;
    new GridDetector().detect(input, out);
    expect(pairRows(out).map((r) => (r as number[]).slice(0, 2))).toEqual([[0, 1]]);
  });
});
