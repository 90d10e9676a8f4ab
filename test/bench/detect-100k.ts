// Focused benchmark of the issue-3 target case: 100k drones over 20 × 20 km, detect + episodes, wall and CPU per tick.
// Run: npx tsx test/bench/detect-100k.ts [--ticks N] [--n N] [--side M] [--cw cell factor] [--slices K] [--each]
import { CONFLICT, LOS, NMAC } from '../../src/core/detect/closest-approach';
import { EpisodeTracker } from '../../src/core/detect/episodes';
import { hypot2 } from '../../src/core/detect/hypot';
import { PairList } from '../../src/core/detect/pair-list';
import { createDetectInput, type DetectInput } from '../../src/core/detect/traffic-input';
import { GridDetector } from '../../src/core/detect/uniform-grid';

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}
const N = arg('--n', 100_000);
const SIDE = arg('--side', 20_000);
const TICKS = arg('--ticks', 30);
const WARMUP = 8;

/** mulberry32: a small seeded PRNG (the same traffic as test/bench/detect.ts). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function traffic(n: number, side: number, seed: number): DetectInput {
  const rand = prng(seed);
  const input = createDetectInput(n);
  for (let i = 0; i < n; i++) {
    const heading = rand() * 2 * Math.PI;
    const speed = 5 + rand() * 20;
    input.x[i] = rand() * side;
    input.y[i] = rand() * side;
    input.z[i] = 30 + rand() * 120;
    input.vx[i] = speed * Math.sin(heading);
    input.vy[i] = speed * Math.cos(heading);
    input.vz[i] = (rand() - 0.5) * 2;
    input.radius[i] = 32;
    input.halfHeight[i] = 7.62;
    input.lookahead[i] = 20;
    input.nmacRadius[i] = 10;
    input.nmacHalfHeight[i] = 5;
  }
  return input;
}

function advance(input: DetectInput, dt: number): void {
  for (let i = 0; i < input.count; i++) {
    input.x[i] += input.vx[i] * dt;
    input.y[i] += input.vy[i] * dt;
    input.z[i] += input.vz[i] * dt;
    if (input.z[i] < 30 || input.z[i] > 150) input.vz[i] = -input.vz[i];
  }
}

function feedEpisodes(trackers: EpisodeTracker[], pairs: PairList, input: DetectInput, t: number): void {
  for (const tr of trackers) tr.begin(t);
  const n = input.count;
  for (let r = 0; r < pairs.count; r++) {
    const i = pairs.i[r];
    const j = pairs.j[r];
    const key = i * n + j;
    const f = pairs.flags[r];
    const mx = pairs.mx[r];
    const my = pairs.my[r];
    const mz = pairs.mz[r];
    const d3 = hypot2(pairs.dh[r], pairs.dv[r]);
    if (f & CONFLICT) trackers[0].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
    if (f & LOS) trackers[1].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
    if (f & NMAC) trackers[2].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
  }
  for (const tr of trackers) tr.end();
}

const median = (v: number[]) => quantile(v, 0.5);
/** The q-quantile (0 = the minimum): the low ones show the cost when the shared machine lets the run alone. */
const quantile = (v: number[], q: number) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) * q)];

const input = traffic(N, SIDE, N);
const grid = new GridDetector({
  cellWidthFactor: arg('--cw', 1),
  cellHeightFactor: arg('--cw', 1),
  slices: arg('--slices', 2),
});
const pairs = new PairList();
const trackers = [new EpisodeTracker(3), new EpisodeTracker(3), new EpisodeTracker(3)];
const wall: number[] = [];
const cpu: number[] = [];
const det: number[] = [];
const detCpu: number[] = [];
for (let tick = 0; tick < WARMUP + TICKS; tick++) {
  if (tick > 0) advance(input, 1);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  grid.detect(input, pairs);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  feedEpisodes(trackers, pairs, input, tick);
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  if (process.argv.includes('--each'))
    console.log(
      `tick ${tick}: CPU ${((c.user + c.system) / 1000).toFixed(1)} ms (system ${(c.system / 1000).toFixed(1)})`,
    );
  if (tick >= WARMUP) {
    wall.push(t2 - t0);
    det.push(t1 - t0);
    cpu.push((c.user + c.system) / 1000);
    detCpu.push((c1.user + c1.system) / 1000);
  }
}
const s = grid.stats;
console.log(
  `N=${N} side=${SIDE}: median wall ${median(wall).toFixed(1)} ms (detect ${median(det).toFixed(1)}), CPU ${median(cpu).toFixed(1)} ms (detect ${median(detCpu).toFixed(1)}); min CPU ${quantile(cpu, 0).toFixed(1)}, p20 CPU ${quantile(cpu, 0.2).toFixed(1)} (detect ${quantile(detCpu, 0.2).toFixed(1)}); cells ${s.cells} entries ${s.entries} visited ${s.visited} candidates ${s.candidates} pairs ${s.pairs}`,
);
