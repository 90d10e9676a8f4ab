// Benchmark: strategic planning of 10,000 flights (~20 volumes each) in submission order, and the brute-force ratio.
// Run: npx tsx test/bench/strategic.ts [flights] [brute-force flights]   Prints seconds, volume pairs, conflicts.

import { compileGeozones } from '../../src/core/airspace/compile-geozones';
import { createZoneIndex } from '../../src/core/airspace/zone-index';
import { zoneForbids } from '../../src/core/airspace/zone-restriction';
import { BUNDLED_ZONE_SETS } from '../../src/core/airspace/zone-sets';
import { createRandom } from '../../src/core/random/seeded-hash';
import type { CompiledScenario } from '../../src/core/scenario/compiled';
import {
  checkCandidate,
  conflictBlocks,
  relationOf,
  type StrategicContext,
  zonesMeeting,
} from '../../src/core/strategic/conflict-check';
import { DEFAULT_INTENT_MODEL } from '../../src/core/strategic/intent-model';
import { type LocalVolume, volumesIntersect } from '../../src/core/strategic/local-volume';
import { flightVolumes, planScenario } from '../../src/core/strategic/strategic-planner';
import { VolumeIndex } from '../../src/core/strategic/volume-index';
import { constantWind, type FlightSpec, frame, pad, START_EPOCH_MS, scenario } from '../core/strategic/fixtures';

const FLIGHTS = Number(process.argv[2] ?? 10_000);
const BRUTE_FLIGHTS = Number(process.argv[3] ?? 2_000);
const WINDOW_S = 24 * 3600;
const PADS = 600;

/** Synthetic traffic: 600 vertiports over a 22 × 12 km box south-west of Cyberport (clear of HKIA and the harbour), 3–12 km trips over 24 hours. */
function traffic(n: number, seed: number): CompiledScenario {
  const rand = createRandom(seed);
  const pads = Array.from({ length: PADS }, (_, i) =>
    pad(`P${i}`, -17_000 + rand() * 22_000, -9_000 + rand() * 12_000),
  );
  const flights: FlightSpec[] = [];
  for (let i = 0; i < n; i++) {
    const from = pads[Math.floor(rand() * PADS)];
    let to = from;
    while (Math.hypot(to.x - from.x, to.y - from.y) < 3000 || Math.hypot(to.x - from.x, to.y - from.y) > 12_000) {
      to = pads[Math.floor(rand() * PADS)];
    }
    const alt = 40 + 5 * Math.floor(rand() * 11);
    const waypoints = 1 + Math.floor(rand() * 3);
    const route: [number, number, number][] = [];
    for (let k = 1; k <= waypoints; k++) {
      const f = k / (waypoints + 1);
      const jitter = (rand() - 0.5) * 1000;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const len = Math.hypot(dx, dy);
      route.push([from.x + dx * f - (dy / len) * jitter, from.y + dy * f + (dx / len) * jitter, alt]);
    }
    const vtol = rand() < 0.3;
    flights.push({
      id: `F${String(i).padStart(5, '0')}`,
      from,
      to,
      route,
      departure_s: Math.floor(rand() * WINDOW_S),
      priority: rand() < 0.7 ? 0 : rand() < 0.7 ? 1 : 2,
      classId: vtol ? 'long-range-vtol' : 'delivery-quad',
      advanced: vtol,
    });
  }
  const zones = compileGeozones(
    BUNDLED_ZONE_SETS['hk-illustrative'].features,
    frame,
    { groundHeightLocal: () => 0 },
    START_EPOCH_MS,
  );
  const s = scenario({ flights, zones, wind: constantWind(-4.7, -1.7) });
  // The fixture world only knows its four pads; planning reads the flights' own pads.
  return { ...s, duration_s: WINDOW_S + 3600 };
}

type Built = { priority: number; authorisations: readonly string[]; volumes: LocalVolume[]; invalid: boolean }[];

/** Every flight's volumes, built once so the two intersection phases below can be compared alone. */
function buildAll(s: CompiledScenario): Built {
  return s.flights.map((f) => {
    const { volumes, problem } = flightVolumes(f, s.classes[f.classIndex], s.weather, DEFAULT_INTENT_MODEL);
    return { priority: f.priority, authorisations: f.authorisations, volumes, invalid: problem !== null };
  });
}

/** The planner's decisions (without suggestions) through the rbush volume index. */
function indexedStatuses(s: CompiledScenario, built: Built): string[] {
  const ctx: StrategicContext = {
    index: new VolumeIndex(),
    owners: [],
    zones: s.geozones.length > 0 ? createZoneIndex(s.geozones) : null,
    equal_priority_conflicts_permitted: s.equal_priority_conflicts_permitted,
    counters: { pairs_tested: 0, pairs_intersecting: 0 },
  };
  return built.map((c, i) => {
    if (c.invalid || checkCandidate(ctx, c).blocking.length > 0) return 'Rejected';
    ctx.owners.push({ flight_id: String(i), intent_id: String(i), priority: c.priority });
    c.volumes.forEach((v, slot) => {
      ctx.index.insert(v, ctx.owners.length - 1, slot);
    });
    return 'Accepted';
  });
}

/** The same decisions by testing every pair of volumes against every earlier accepted flight: no index. */
function bruteForceStatuses(s: CompiledScenario, built: Built): { statuses: string[]; pairs: number } {
  const zones = s.geozones.length > 0 ? createZoneIndex(s.geozones) : null;
  const accepted: Built = [];
  const statuses: string[] = [];
  let pairs = 0;
  for (const c of built) {
    let blocked = c.invalid;
    for (const other of accepted) {
      if (!conflictBlocks(relationOf(c.priority, other.priority), s.equal_priority_conflicts_permitted)) continue;
      for (const v of c.volumes) {
        for (const w of other.volumes) {
          pairs++;
          if (volumesIntersect(v, w)) blocked = true;
        }
      }
    }
    if (!blocked && zones) {
      blocked = c.volumes.some((v) => zonesMeeting(zones, v).some((z) => zoneForbids(z, c.authorisations)));
    }
    statuses.push(blocked ? 'Rejected' : 'Accepted');
    if (!blocked) accepted.push(c);
  }
  return { statuses, pairs };
}

/** Wall-clock and CPU seconds of fn (CPU time is steadier on a machine shared with other work). */
function time<T>(fn: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, (performance.now() - t0) / 1000, (c.user + c.system) / 1e6];
}

const fmt = (wall: number, cpu: number) => `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`;
const full = traffic(FLIGHTS, 2026);
planScenario(traffic(500, 7)); // warm up the JIT
const [checked, checkWall, checkCpu] = time(() => planScenario(full, { suggest: false, on_rejection: 'fly' }));
const [suggested, totalWall, totalCpu] = time(() => planScenario(full));
const s = suggested.stats;
const withSuggestion = suggested.decisions.filter((d) => d.suggested_delay_s !== null || d.suggested_altitude !== null);

const small = traffic(BRUTE_FLIGHTS, 2026);
const [built, buildWall] = time(() => buildAll(small));
const [indexed, indexedWall] = time(() => indexedStatuses(small, built));
const [brute, bruteWall] = time(() => bruteForceStatuses(small, built));
const planned = planScenario(small, { suggest: false, on_rejection: 'fly' }).decisions.map((d) => d.status);
const agree = indexed.every((st, i) => st === brute.statuses[i] && st === planned[i]);

console.log('strategic planning benchmark (one thread; flights planned in submission order)');
console.log(
  `  flights / volumes              ${s.flights.toLocaleString('en')} / ${s.volumes.toLocaleString('en')} (${(s.volumes / s.flights).toFixed(1)} per flight)`,
);
console.log(`  accepted / rejected            ${s.accepted.toLocaleString('en')} / ${s.rejected.toLocaleString('en')}`);
console.log(`  plan, check only               ${fmt(checkWall, checkCpu)} (target < 5 s)`);
console.log(
  `  plan, check + suggestions + replan ${fmt(totalWall, totalCpu)} (${withSuggestion.length} rejected flights got a delay or altitude)`,
);
console.log(
  `  volume pairs tested (narrow)   ${s.pairs_tested.toLocaleString('en')}, intersecting ${s.pairs_intersecting.toLocaleString('en')}`,
);
console.log(`  conflicting intent pairs       ${s.conflicts.toLocaleString('en')}`);
console.log(
  `  brute force, ${BRUTE_FLIGHTS} flights       ${brute.pairs.toLocaleString('en')} volume pairs in ${bruteWall.toFixed(2)} s vs indexed ${indexedWall.toFixed(3)} s → ${(bruteWall / indexedWall).toFixed(0)}× (volumes built once in ${buildWall.toFixed(2)} s; same decisions: ${agree})`,
);
if (!agree || checked.stats.accepted !== s.accepted) process.exitCode = 1;
