// Focused benchmark of the issue-3 target case: 100k drones over 20 × 20 km, detect + episodes, wall and CPU per tick.
// Run: npx tsx test/bench/detect-100k.ts [--ticks N] [--n N] [--side M] [--cw cell factor] [--slices K] [--each]
// [--detached]: first detach an ArrayBuffer, as any transfer does, which puts V8 in its slower typed-array mode for the
// rest of the process (see docs/detect.md, "Keeping V8's fast mode").
import { EpisodeTracker } from '../../src/core/detect/episodes';
import { PairList } from '../../src/core/detect/pair-list';
import { GridDetector } from '../../src/core/detect/uniform-grid';
import { advance, feedEpisodes, quantile, traffic } from './synthetic-detect-traffic';

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}
const N = arg('--n', 100_000);
const SIDE = arg('--side', 20_000);
const TICKS = arg('--ticks', 30);
const WARMUP = 8;

const median = (v: number[]) => quantile(v, 0.5);

if (process.argv.includes('--detached')) {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
  if (buffer.byteLength !== 0) throw new Error('the buffer was not detached');
}
const input = traffic(N, SIDE, N);
const grid = new GridDetector({
  cellWidthFactor: arg('--cw', 1),
  cellHeightFactor: arg('--cw', 1),
  slices: process.argv.includes('--slices') ? arg('--slices', 1) : undefined,
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
  `N=${N} side=${SIDE}${process.argv.includes('--detached') ? ' (detached)' : ''}: median wall ${median(wall).toFixed(1)} ms (detect ${median(det).toFixed(1)}), CPU ${median(cpu).toFixed(1)} ms (detect ${median(detCpu).toFixed(1)}); min CPU ${quantile(cpu, 0).toFixed(1)}, p20 CPU ${quantile(cpu, 0.2).toFixed(1)} (detect ${quantile(detCpu, 0.2).toFixed(1)}); slices ${s.slices} crowding ${s.crowding.toFixed(1)} cells ${s.cells} entries ${s.entries} visited ${s.visited} candidates ${s.candidates} pairs ${s.pairs}`,
);
