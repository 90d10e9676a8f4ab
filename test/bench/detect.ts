// Benchmark of tactical detection: grid vs brute force, realistic and dense traffic, the worker pool. Prints a table.
// Run: npx tsx test/bench/detect.ts [--quick]
import { createNodeDetectPool } from '../../src/cli/detect-pool-node';
import { detectBruteForce } from '../../src/core/detect/brute-force';
import { EpisodeTracker } from '../../src/core/detect/episodes';
import { PairList } from '../../src/core/detect/pair-list';
import { GridDetector } from '../../src/core/detect/uniform-grid';
import { advance, feedEpisodes, quantile, traffic } from './synthetic-detect-traffic';

const quick = process.argv.includes('--quick');
const TICKS = quick ? 5 : 9;
const WARMUP = quick ? 2 : 3;

const median = (values: number[]) => quantile(values, 0.5);

interface Row {
  spread: string;
  n: number;
  ms: number;
  detectMs: number;
  /** Median process CPU time per tick (detect + episodes): steadier than wall time when other work shares the cores. */
  cpuMs: number;
  /** The fifth of the ticks with the least CPU time: the cost when the shared VM leaves the run alone. */
  cpuP20Ms: number;
  candidates: number;
  /** Time slices of the last tick (chosen by the crowding; see grid-layout.ts). */
  slices: number;
  conflicts: number;
  pairs: number;
  memMb: number;
  bruteMs: number | null;
}

function runCase(spread: string, n: number, side: number): Row {
  const input = traffic(n, side, n);
  const grid = new GridDetector();
  const pairs = new PairList();
  const trackers = [new EpisodeTracker(3), new EpisodeTracker(3), new EpisodeTracker(3)];
  const total: number[] = [];
  const detect: number[] = [];
  let conflicts = 0;
  let flagged = 0;
  let candidates = 0;
  let slices = 0;
  const cpu: number[] = [];
  // Small cases are quick: more ticks make their medians meaningful. Big ones take a few more ticks before the
  // optimising compiler has settled (each phase is a long loop run once per tick).
  const ticks = n <= 20_000 ? 4 * TICKS : n >= 100_000 ? 2 * TICKS : TICKS;
  const warmup = n >= 100_000 ? 3 * WARMUP : WARMUP;
  for (let tick = 0; tick < warmup + ticks; tick++) {
    if (tick > 0) advance(input, 1);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    grid.detect(input, pairs);
    const t1 = performance.now();
    conflicts = feedEpisodes(trackers, pairs, input, tick);
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    if (tick >= warmup) {
      total.push(t2 - t0);
      detect.push(t1 - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    flagged = pairs.count;
    candidates = grid.stats.candidates;
    slices = grid.stats.slices;
  }
  const memMb = (grid.bufferBytes() + pairs.bufferBytes()) / 1048576;
  let bruteMs: number | null = null;
  if (n <= 20_000) {
    const ref = new PairList();
    const runs = n <= 2_000 ? 5 : 1;
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      detectBruteForce(input, ref);
      times.push(performance.now() - t0);
    }
    bruteMs = median(times);
    if (ref.count !== pairs.count) throw new Error(`grid and brute force disagree at N = ${n}`);
  }
  return {
    spread,
    n,
    ms: median(total),
    detectMs: median(detect),
    cpuMs: median(cpu),
    cpuP20Ms: quantile(cpu, 0.2),
    candidates,
    slices,
    conflicts,
    pairs: flagged,
    memMb,
    bruteMs,
  };
}

async function poolCase(n: number, side: number, k: number): Promise<{ k: number; ms: number }> {
  const input = traffic(n, side, n);
  const pool = createNodeDetectPool(k);
  const pairs = new PairList();
  const times: number[] = [];
  try {
    // Each worker compiles the detector anew: as many warm-up and measured ticks as the in-process 100k case.
    for (let tick = 0; tick < 3 * WARMUP + 2 * TICKS; tick++) {
      const t0 = performance.now();
      await pool.detect(input, pairs);
      if (tick >= 3 * WARMUP) times.push(performance.now() - t0);
      advance(input, 1);
    }
  } finally {
    await pool.close();
  }
  return { k, ms: median(times) };
}

const fmt = (v: number, d = 1) => v.toFixed(d);

async function main(): Promise<void> {
  // Let the JIT compile the hot paths before anything is measured.
  for (let k = 0; k < 3; k++) runCase('warm-up', 30_000, 5_000);
  const cases: [string, number, number][] = [];
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 20_000, 100_000];
  for (const n of sizes) cases.push(['realistic 20×20 km', n, 20_000]);
  for (const n of sizes) cases.push(['dense 3×3 km', n, 3_000]);
  console.log(
    `Tactical detection, drone minima 32 m / 7.62 m / 20 s; median wall time of ${TICKS} ticks (${4 * TICKS} up to 20k, ${2 * TICKS} at 100k) after ${WARMUP} warm-up (${3 * WARMUP} at 100k); CPU = median process CPU time per tick, p20 = the tick at the fifth of least CPU time (the cost when the shared VM leaves the run alone); buffers = the detector's typed arrays and its output`,
  );
  console.log('');
  console.log(
    '| traffic | N | ms/tick (detect + episodes) | CPU ms/tick | p20 CPU ms | detect ms | slices | candidates | conflicts | flagged pairs | buffers MB | brute force ms | speed-up |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [spread, n, side] of cases) {
    const r = runCase(spread, n, side);
    const brute = r.bruteMs === null ? '–' : fmt(r.bruteMs);
    const speedup = r.bruteMs === null ? '–' : `${fmt(r.bruteMs / r.detectMs, 0)}×`;
    console.log(
      `| ${r.spread} | ${n.toLocaleString('en')} | ${fmt(r.ms, 2)} | ${fmt(r.cpuMs, 2)} | ${fmt(r.cpuP20Ms, 2)} | ${fmt(r.detectMs, 2)} | ${r.slices} | ${r.candidates.toLocaleString('en')} | ${r.conflicts.toLocaleString('en')} | ${r.pairs.toLocaleString('en')} | ${fmt(r.memMb)} | ${brute} | ${speedup} |`,
    );
  }
  console.log('');
  const poolN = quick ? 10_000 : 100_000;
  console.log(`Worker pool (Node worker_threads), realistic 20×20 km, N = ${poolN.toLocaleString('en')}, detect only`);
  console.log('');
  console.log('| workers | ms/tick |');
  console.log('|---:|---:|');
  const single = runCase('in-process', poolN, 20_000);
  console.log(`| in-process | ${fmt(single.detectMs, 1)} |`);
  for (const k of [1, 2, 4]) {
    const r = await poolCase(poolN, 20_000, k);
    console.log(`| ${r.k} | ${fmt(r.ms, 1)} |`);
  }
}

await main();
