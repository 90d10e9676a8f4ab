// A pool of detection workers: splits the frame into strips along x with a halo, detects in parallel, merges exactly.
import * as Comlink from './comlink-esm';
import { type PairList, PairRows, PairSorter } from './pair-list';
import {
  createStripInput,
  type StripInput,
  type StripResult,
  type StripWorkerApi,
  stripTransfers,
} from './strip-worker-api';
import { boxMargin, participates, RELATIVE_SLACK } from './swept-boxes';
import { type DetectInput, INPUT_ARRAYS } from './traffic-input';
import { wholeCount } from './whole-count';

export interface PoolStats {
  strips: number;
  /** Aircraft sent, owned plus halo. */
  sent: number;
  candidates: number;
  pairs: number;
}

export interface DetectPool {
  readonly size: number;
  /** Same result as GridDetector.detect (and the brute force), whatever the pool size. */
  detect(input: DetectInput, out: PairList): Promise<PoolStats>;
  close(): Promise<void>;
}

/** A worker seen from the pool: a comlink endpoint and how to stop it. */
export interface PoolEndpoint {
  endpoint: Comlink.Endpoint;
  terminate(): unknown;
}

const HISTOGRAM_BINS = 4096;

/**
 * Creates a pool of `size` workers from an environment-specific factory (browser Worker, Node worker_threads, or a
 * MessageChannel in tests). Each tick the participating aircraft are cut into `size` strips along x with about equal
 * counts (a histogram of x); a strip receives its own aircraft and a halo: the aircraft beyond its upper edge by less
 * than the reach (2 · (max |vx| · T + max margin), the largest x gap of a pair whose swept boxes overlap). A pair is
 * kept by the strip that owns its lower-x aircraft only (halo aircraft lie beyond the owned ones, so "at least one
 * owned"), so no pair is lost or found twice. Each strip's figures are computed from exact copies by the same code, so
 * the merged rows, sorted by (i, j), are bit for bit the single-thread result.
 */
export function createDetectPool(size: number, factory: (index: number) => PoolEndpoint): DetectPool {
  wholeCount('pool size', size);
  const workers = Array.from({ length: size }, (_, k) => factory(k));
  const remotes = workers.map((w) => Comlink.wrap<StripWorkerApi>(w.endpoint));
  const strips: StripInput[] = Array.from({ length: size }, () => createStripInput(16));
  const histogram = new Int32Array(HISTOGRAM_BINS);
  const cuts = new Float64Array(size + 1);
  let ids = new Int32Array(0);
  const merged = new PairRows();
  const sorter = new PairSorter();

  async function detect(input: DetectInput, out: PairList): Promise<PoolStats> {
    const count = input.count;
    if (ids.length < count) ids = new Int32Array(count);
    const { x, y, vx, radius, nmacRadius, lookahead } = input;
    // One pass: the participants, their x range, and the largest |vx|, look-ahead, reach and |x| + |y| and the
    // smallest reach, which bound the halo.
    let n = 0;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxVx = 0;
    let maxT = 0;
    let maxR = 0;
    let minR = Number.POSITIVE_INFINITY;
    let maxXY = 0;
    for (let i = 0; i < count; i++) {
      if (!participates(input, i)) continue;
      ids[n++] = i;
      const xi = x[i];
      const r = Math.max(radius[i], nmacRadius[i]);
      if (xi < minX) minX = xi;
      if (xi > maxX) maxX = xi;
      maxVx = Math.max(maxVx, Math.abs(vx[i]));
      maxT = Math.max(maxT, lookahead[i]);
      maxR = Math.max(maxR, r);
      minR = Math.min(minR, r);
      maxXY = Math.max(maxXY, Math.abs(xi) + Math.abs(y[i]));
    }
    // The halo: twice the largest x reach of a swept box (path over the look-ahead plus margin), bounded from the
    // extremes (a wider halo sends a few more aircraft, never changes a result).
    const smallest = n === 0 || minR < 0 ? 0 : minR;
    const reach = 2 * (maxVx * maxT + boxMargin(maxR, smallest) + RELATIVE_SLACK * maxXY);
    splitAlongX(input, n, minX, maxX);
    for (let s = 0; s < size; s++) fillStrip(strips[s], input, n, cuts[s], cuts[s + 1], s === size - 1 ? 0 : reach);
    const sent = strips.reduce((sum, s) => sum + s.count, 0);
    const results: StripResult[] = await Promise.all(
      strips.map((strip, s) => remotes[s].detectStrip(Comlink.transfer(strip, stripTransfers(strip)))),
    );
    let candidates = 0;
    merged.clear();
    for (let s = 0; s < size; s++) {
      const r = results[s];
      strips[s] = r.strip;
      candidates += r.stats.candidates;
      merged.append(r.rows, r.pairCount);
    }
    sorter.sort(merged, count, out);
    return { strips: size, sent, candidates, pairs: out.count };
  }

  /** cuts[s]..cuts[s + 1] is strip s's x range; the last strip is closed on the right. */
  function splitAlongX(input: DetectInput, n: number, minX: number, maxX: number): void {
    cuts[0] = Number.NEGATIVE_INFINITY;
    cuts[size] = Number.POSITIVE_INFINITY;
    if (size === 1 || n === 0 || !(maxX > minX)) {
      for (let s = 1; s < size; s++) cuts[s] = Number.POSITIVE_INFINITY;
      return;
    }
    histogram.fill(0);
    const scale = HISTOGRAM_BINS / (maxX - minX);
    for (let k = 0; k < n; k++) {
      histogram[Math.min(Math.floor((input.x[ids[k]] - minX) * scale), HISTOGRAM_BINS - 1)]++;
    }
    let s = 1;
    let cumulative = 0;
    for (let b = 0; b < HISTOGRAM_BINS && s < size; b++) {
      cumulative += histogram[b];
      while (s < size && cumulative >= (s * n) / size) cuts[s++] = minX + (b + 1) / scale;
    }
    while (s < size) cuts[s++] = Number.POSITIVE_INFINITY;
  }

  /**
   * Copies the strip's own aircraft (lo ≤ x < hi) and its halo (hi ≤ x ≤ hi + reach) in flight index order: picks them,
   * then copies field after field.
   */
  function fillStrip(strip: StripInput, input: DetectInput, n: number, lo: number, hi: number, reach: number): void {
    const x = input.x;
    const top = hi + reach; // reach ≥ 0: x < hi implies x ≤ top
    let m = 0;
    for (let k = 0; k < n; k++) {
      const xi = x[ids[k]];
      m += +(xi >= lo) & +(xi <= top);
    }
    // One place more than the strip holds: the loop below writes a candidate before it knows whether it stays.
    if (strip.capacity < m + 1) Object.assign(strip, createStripInput(Math.max(m + 1, strip.capacity * 2)));
    const { index, owned, data, capacity } = strip;
    let c = 0;
    for (let k = 0; k < n; k++) {
      const i = ids[k];
      const xi = x[i];
      index[c] = i;
      owned[c] = +(xi < hi);
      c += +(xi >= lo) & +(xi <= top);
    }
    strip.count = c;
    for (let f = 0; f < INPUT_ARRAYS.length; f++) {
      const from = input[INPUT_ARRAYS[f]];
      const to = data.subarray(f * capacity, f * capacity + c);
      for (let k = 0; k < c; k++) to[k] = from[index[k]];
    }
  }

  return {
    size,
    detect,
    async close() {
      for (const r of remotes) r[Comlink.releaseProxy]();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
