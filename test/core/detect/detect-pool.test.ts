// The worker pool gives exactly the single-thread result for K = 1, 2, 4: in-process channels and Node worker_threads.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeDetectPool } from '../../../src/cli/detect-pool-node';
import { PairList } from '../../../src/core/detect/pair-list';
import { createStripInput, stripTransfers } from '../../../src/core/detect/strip-worker-api';
import type { DetectInput } from '../../../src/core/detect/traffic-input';
import { GridDetector } from '../../../src/core/detect/uniform-grid';
import { createRandom } from '../../../src/core/random/seeded-hash';
import { traffic as droneTraffic } from '../../bench/synthetic-detect-traffic';
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

/** Seeded drone traffic over a square, with some larger zones, longer look-aheads and inactive aircraft mixed in. */
function spread(n: number, side: number, seed: number): DetectInput {
  const input = droneTraffic(n, side, seed);
  const rand = createRandom(seed + 1);
  for (let i = 0; i < n; i++) {
    if (i % 11 === 0) input.radius[i] = 50;
    if (i % 13 === 0) input.lookahead[i] = 30;
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

describe('strip memory', () => {
  it('is shared where it can be, so that no buffer is transferred', () => {
    const strip = createStripInput(8);
    expect(strip.data.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(strip.index.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(strip.owned.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(stripTransfers(strip)).toEqual([]);
  });

  it('is transferred without cross-origin isolation, with the same results', async () => {
    const page = globalThis as { crossOriginIsolated?: boolean };
    page.crossOriginIsolated = false;
    try {
      const strip = createStripInput(8);
      expect(strip.data.buffer).toBeInstanceOf(ArrayBuffer);
      expect(stripTransfers(strip)).toEqual([strip.data.buffer, strip.index.buffer, strip.owned.buffer]);
      const pool = channelPool(2);
      const input = spread(2_000, 3_000, 5);
      const out = new PairList();
      await pool.detect(input, out);
      await pool.close();
      expect(snapshot(out)).toEqual(expected(input));
      expect(out.count).toBeGreaterThan(10);
    } finally {
      delete page.crossOriginIsolated;
    }
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
