// Benchmark: checkRoute of a 20-waypoint route in the default Cyberport scenario (target ≤ 2 ms), beside its schedule.
// Run: npx tsx test/bench/check-route.ts   Prints the median and range of 7 batches of 200 calls, and the ratio.
import { loadScenarioFile } from '../../src/cli/load-scenario-file';
import { checkRoute } from '../../src/core/planning/check-route';
import type { CompiledFlight } from '../../src/core/scenario/compiled';
import { planFlightSchedule } from '../../src/core/strategic/flight-schedule';
import { DEFAULT_INTENT_MODEL } from '../../src/core/strategic/intent-model';

const loaded = await loadScenarioFile('scenarios/cyberport-waterfront.yaml');
if (!loaded.ok) throw new Error('the default scenario does not load');
const s = loaded.scenario;
// The longest flight, its legs cut into 20 waypoints along the same path.
const base = [...s.flights].sort((a, b) => b.route.length - a.route.length)[0];
const pts = [{ x: base.origin.x, y: base.origin.y, z: base.route[0].z }, ...base.route];
const route = Array.from({ length: 20 }, (_, k) => {
  const u = ((k + 1) / 21) * (pts.length - 1);
  const i = Math.min(pts.length - 2, Math.floor(u));
  const f = u - i;
  const a = pts[i];
  const b = pts[i + 1];
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, z: a.z + (b.z - a.z) * f, speed_mps: 0 };
});
const flight: CompiledFlight = { ...base, route };
const cls = s.classes[flight.classIndex];

function batch(calls: number, work: () => unknown): number {
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) work();
  return (performance.now() - t0) / calls;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const schedule = planFlightSchedule(flight, cls, s.weather, DEFAULT_INTENT_MODEL);
const check: number[] = [];
const plan: number[] = [];
for (let k = 0; k < 7; k++) {
  plan.push(batch(200, () => planFlightSchedule(flight, cls, s.weather, DEFAULT_INTENT_MODEL)));
  check.push(batch(200, () => checkRoute(s, flight, cls, schedule)));
}
const findings = checkRoute(s, flight, cls, schedule).findings.map((f) => f.kind);
const fmt = (xs: number[]) =>
  `${median(xs).toFixed(3)} ms (range ${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`;
console.log(`checkRoute, 20 waypoints (${base.id}'s path, ${cls.id}): ${fmt(check)}  target ≤ 2 ms`);
console.log(
  `its schedule (planFlightSchedule) for scale: ${fmt(plan)}; ratio ${(median(check) / median(plan)).toFixed(1)}×`,
);
console.log(`findings: ${findings.length ? findings.join(', ') : 'none'}`);
