// Benchmark: the flight engine (dynamics + weather, no detection) on 1,000 concurrent generated flights.
// Run: npx tsx test/bench/engine.ts   Prints simulated seconds per wall second and ns per aircraft-step.
import { dump } from 'js-yaml';
import { loadDefaultWorld } from '../../src/cli/world-files';
import { generateTraffic } from '../../src/core/scenario/generate-traffic';
import { loadScenario } from '../../src/core/scenario/load-scenario';
import { Engine } from '../../src/core/sim/engine';
import { EventLog } from '../../src/core/sim/events';
import { isAirborne } from '../../src/core/sim/phases';

const world = loadDefaultWorld();
const flights = Number(process.argv[2] ?? 1000);
const input = generateTraffic(world, { flights, seed: 2026, window_s: 60, duration_s: 1800 });
const loaded = loadScenario(dump(input), 'generated.yaml', world);
if (!loaded.ok) throw new Error('generated scenario did not load');
const scenario = loaded.scenario;

const engine = new Engine(scenario, new EventLog());
// Let every flight get airborne (departures within 60 s, pre-flight checks up to 3 min).
while (engine.t < 240) engine.step();
const airborneNow = () => {
  let n = 0;
  for (let i = 0; i < engine.frame.count; i++) if (isAirborne(engine.frame.phase[i])) n++;
  return n;
};
const rounds: { sim: number; wall: number; cpu: number; aircraftSteps: number; concurrent: number }[] = [];
for (let r = 0; r < 9; r++) {
  const steps = 60; // 30 simulated seconds
  const concurrent = airborneNow();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let k = 0; k < steps; k++) engine.step();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  rounds.push({
    sim: steps * scenario.time_step_s,
    wall,
    cpu: (c.user + c.system) / 1e6,
    aircraftSteps: steps * concurrent,
    concurrent,
  });
}
rounds.sort((a, b) => a.wall - b.wall);
const median = rounds[Math.floor(rounds.length / 2)];
const speed = median.sim / median.wall;
const cpuSpeed = median.sim / Math.max(median.cpu, 1e-6);
console.log('engine benchmark (dynamics + weather, detection excluded), one core');
console.log(`  flights in scenario         ${flights}`);
console.log(`  airborne at once (median)   ${median.concurrent}`);
console.log(`  time step                   ${scenario.time_step_s} s`);
console.log(`  simulated s per wall s      ${Math.round(speed).toLocaleString('en')}× real time (target ≥ 2,000×)`);
console.log(`  ns per aircraft-step        ${((median.wall * 1e9) / median.aircraftSteps).toFixed(0)}`);
console.log(`  by CPU time                 ${Math.round(cpuSpeed).toLocaleString('en')}× real time`);
console.log(`  rounds, sorted (wall ms per 30 sim-s): ${rounds.map((r) => (r.wall * 1000).toFixed(1)).join(', ')}`);
