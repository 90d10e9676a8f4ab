// Benchmark of the world queries (ground height, land test, building roofs): prints ns per call. Run: npx tsx test/bench/ground-height.bench.ts
import { loadDefaultWorld, loadWorldData } from '../../src/cli/world-files';
import { CYBERPORT_ORIGIN, createLocalFrame, WORLD_BOUNDS } from '../../src/core/geo';
import { createWorld } from '../../src/core/world';

const N = 1_000_000;
const ROUNDS = 5;

/** Deterministic points in the world box (a linear congruential generator, seed fixed). */
function points(n: number): { lat: Float64Array; lon: Float64Array; x: Float64Array; y: Float64Array } {
  const frame = createLocalFrame(CYBERPORT_ORIGIN);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let s = 12345;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    lat[i] = WORLD_BOUNDS.south + next() * (WORLD_BOUNDS.north - WORLD_BOUNDS.south);
    lon[i] = WORLD_BOUNDS.west + next() * (WORLD_BOUNDS.east - WORLD_BOUNDS.west);
    const p = frame.toLocal(lat[i], lon[i]);
    x[i] = p.x;
    y[i] = p.y;
  }
  return { lat, lon, x, y };
}

function bench(name: string, n: number, run: (i: number) => number): void {
  let sink = 0;
  for (let i = 0; i < n; i++) sink += run(i); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += run(i);
    times.push(((performance.now() - t0) * 1e6) / n);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(34)} ${times[Math.floor(ROUNDS / 2)].toFixed(1).padStart(7)} ns/call (median of ${ROUNDS} × ${n}; best ${times[0].toFixed(1)})  [${Number.isFinite(sink) ? 'ok' : sink}]`,
  );
}

const t0 = performance.now();
const data = loadWorldData();
const t1 = performance.now();
const frame = createLocalFrame(CYBERPORT_ORIGIN);
createWorld(data, frame);
const t2 = performance.now();
const world = loadDefaultWorld();
console.log(`load JSON ${(t1 - t0).toFixed(1)} ms, createWorld ${(t2 - t1).toFixed(1)} ms (cold)`);

const p = points(N);
// Points around Cyberport for the building test (where the buildings are).
const near = points(N);
for (let i = 0; i < N; i++) {
  near.x[i] = (near.x[i] % 1500) + 500;
  near.y[i] = near.y[i] % 1500;
}
bench('groundHeight(lat, lon)', N, (i) => world.groundHeight(p.lat[i], p.lon[i]));
bench('groundHeightLocal(x, y)', N, (i) => world.groundHeightLocal(p.x[i], p.y[i]));
bench('isLand(lat, lon)', N, (i) => (world.isLand(p.lat[i], p.lon[i]) ? 1 : 0));
bench('buildingTopLocal(x, y) near Cyberport', N, (i) => Math.max(0, world.buildingTopLocal(near.x[i], near.y[i])));
