// Shared by the detection benchmarks (and the pool test): seeded synthetic drone traffic, its motion, and episode bookkeeping per tick.
import { CONFLICT, LOS, NMAC } from '../../src/core/detect/closest-approach';
import type { EpisodeTracker } from '../../src/core/detect/episodes';
import { hypot2 } from '../../src/core/detect/hypot';
import type { PairList } from '../../src/core/detect/pair-list';
import { createDetectInput, type DetectInput } from '../../src/core/detect/traffic-input';
import { createRandom } from '../../src/core/random/seeded-hash';

/** N drones uniform over side × side metres, 30–150 m, 5–25 m/s on random headings, ±1 m/s vertical; drone minima. */
export function traffic(n: number, side: number, seed: number): DetectInput {
  const rand = createRandom(seed);
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

/** Moves the traffic on by dt seconds (straight lines, altitudes kept within the band). */
export function advance(input: DetectInput, dt: number): void {
  for (let i = 0; i < input.count; i++) {
    input.x[i] += input.vx[i] * dt;
    input.y[i] += input.vy[i] * dt;
    input.z[i] += input.vz[i] * dt;
    if (input.z[i] < 30 || input.z[i] > 150) input.vz[i] = -input.vz[i];
  }
}

/** Episode bookkeeping as the tactical monitor does it: conflict, LoS and NMAC trackers fed with the tick's pairs. */
export function feedEpisodes(trackers: EpisodeTracker[], pairs: PairList, input: DetectInput, t: number): number {
  for (const tr of trackers) tr.begin(t);
  const n = input.count;
  let conflicts = 0;
  for (let r = 0; r < pairs.count; r++) {
    const i = pairs.i[r];
    const j = pairs.j[r];
    const key = i * n + j;
    const f = pairs.flags[r];
    const mx = pairs.mx[r];
    const my = pairs.my[r];
    const mz = pairs.mz[r];
    const d3 = hypot2(pairs.dh[r], pairs.dv[r]);
    if (f & CONFLICT) {
      conflicts++;
      trackers[0].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
    }
    if (f & LOS) trackers[1].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
    if (f & NMAC) trackers[2].observe(key, i, j, pairs.dcpa[r], pairs.dh[r], d3, mx, my, mz);
  }
  for (const tr of trackers) tr.end();
  return conflicts;
}

/** The q-quantile of the values (0 = the smallest, 0.5 = the median), nearest rank. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q + 0.5)];
}
