// The worker pool gives exactly the single-thread result for K = 1, 2, 4: in-process channels and Node worker_threads.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeDetectPool } from '../../../src/cli/detect-pool-node';
import { PairList } from '../../../src/core/detect/pair-list';
import { createDetectInput, type DetectInput } from '../../../src/core/detect/traffic-input';
import { GridDetector } from '../../../src/core/detect/uniform-grid';
import { channelPool } from './channel-pool';
import { toInput, traffic } from './traffic-arbitraries';

function snapshot(list: PairList): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < list.count; r++) {
    rows.push([list.i[r], list.j[r], list.flags[r], list.tcpa[r], list.dcpa[r], list.tin[r], list.tout[r]]);
  }
  return rows;
}

function expected(input: DetectInput): number[][] {
  const out = new PairList();
  new GridDetector().detect(input, out);
  return snapshot(out);
}

/** Drone traffic over a square, seeded. */
function spread(n: number, side: number, seed: number): DetectInput {
  let s = seed;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const input = createDetectInput(n);
  for (let i = 0; i < n; i++) {
    const heading = rand() * 2 * Math.PI;
    const v = 5 + rand() * 20;
    input.x[i] = rand() * side;
    input.y[i] = rand() * side;
    input.z[i] = 30 + rand() * 120;
    input.vx[i] = v * Math.sin(heading);
    input.vy[i] = v * Math.cos(heading);
    input.vz[i] = (rand() - 0.5) * 2;
    input.radius[i] = i % 11 === 0 ? 50 : 32;
    input.halfHeight[i] = 7.62;
    input.lookahead[i] = i % 13 === 0 ? 30 : 20;
    input.nmacRadius[i] = 10;
    input.nmacHalfHeight[i] = 5;
    input.active[i] = rand() < 0.97 ? 1 : 0;
  }
  return input;
}

describe('createDetectPool', () => {
  const pools = [1, 2, 4].map(channelPool);
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('matches the grid for K = 1, 2, 4 on random traffic (in-process channels)', async () => {
    await fc.assert(
      fc.asyncProperty(traffic(2000, 150), async (list) => {
        const input = toInput(list);
        const want = expected(input);
        for (const pool of pools) {
          const out = new PairList();
          await pool.detect(input, out);
          expect(snapshot(out)).toEqual(want);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('handles all aircraft at one x, and none active', async () => {
    const input = spread(200, 500, 3);
    input.x.fill(42);
    const out = new PairList();
    await pools[2].detect(input, out);
    expect(snapshot(out)).toEqual(expected(input));
    expect(out.count).toBeGreaterThan(0);
    input.active.fill(0);
    await pools[2].detect(input, out);
    expect(out.count).toBe(0);
  });
});

describe('createNodeDetectPool', () => {
  it('gives identical results for K = 1, 2, 4 worker threads', async () => {
    const inputs = [spread(20_000, 20_000, 1), spread(5_000, 3_000, 2)];
    const want = inputs.map(expected);
    for (const k of [1, 2, 4]) {
      const pool = createNodeDetectPool(k);
      try {
        for (let t = 0; t < inputs.length; t++) {
          const out = new PairList();
          const stats = await pool.detect(inputs[t], out);
          expect(stats.strips).toBe(k);
          expect(snapshot(out)).toEqual(want[t]);
        }
      } finally {
        await pool.close();
      }
    }
    expect(want[0].length).toBeGreaterThan(100);
  }, 120_000);
});
