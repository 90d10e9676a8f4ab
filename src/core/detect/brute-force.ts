// The reference detector: every participating pair through the narrow phase, O(N²); the grid must match it exactly.
import { evaluatePair, PAIR_FIELDS } from './closest-approach';
import type { PairList } from './pair-list';
import { participates } from './swept-boxes';
import type { DetectInput } from './traffic-input';

const scratch = new Float64Array(PAIR_FIELDS);

/** Fills `out` with every pair (i < j, both participating) in conflict, loss of separation or NMAC, sorted by (i, j). */
export function detectBruteForce(input: DetectInput, out: PairList): { candidates: number } {
  out.clear();
  const n = input.count;
  const { x, y, z, vx, vy, vz, radius, halfHeight, lookahead, nmacRadius, nmacHalfHeight } = input;
  const list = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (participates(input, i)) list[m++] = i;
  for (let a = 0; a < m; a++) {
    const i = list[a];
    const xi = x[i];
    const yi = y[i];
    const zi = z[i];
    const vxi = vx[i];
    const vyi = vy[i];
    const vzi = vz[i];
    const ri = radius[i];
    const hi = halfHeight[i];
    const ti = lookahead[i];
    const nri = nmacRadius[i];
    const nhi = nmacHalfHeight[i];
    for (let b = a + 1; b < m; b++) {
      const j = list[b];
      const flags = evaluatePair(
        x[j] - xi,
        y[j] - yi,
        z[j] - zi,
        vx[j] - vxi,
        vy[j] - vyi,
        vz[j] - vzi,
        Math.max(ri, radius[j]),
        Math.max(hi, halfHeight[j]),
        Math.max(ti, lookahead[j]),
        Math.max(nri, nmacRadius[j]),
        Math.max(nhi, nmacHalfHeight[j]),
        scratch,
      );
      if (flags !== 0) out.push(i, j, flags, scratch, (xi + x[j]) / 2, (yi + y[j]) / 2, (zi + z[j]) / 2);
    }
  }
  return { candidates: (m * (m - 1)) / 2 };
}
