// Suggestions for a rejected flight: the earliest departure delay, and the nearest cruise-altitude shift, that would be accepted.
import { applicableIntervals } from '../airspace/applicability';
import { footprintsIntersect } from '../airspace/footprint-intersection';
import { zoneForbids } from '../airspace/zone-restriction';
import { type CandidateIntent, conflictBlocks, isBlocked, relationOf, type StrategicContext } from './conflict-check';

export interface DelaySearch {
  step_s: number;
  horizon_s: number;
  /** Most candidate delays re-planned in full before giving up. */
  max_verifications: number;
}

/** Merges closed intervals in place order: sorted by start, overlapping ones joined. */
function mergeIntervals(intervals: [number, number][]): [number, number][] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const iv of intervals) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/**
 * The delays d (seconds) during which the candidate, shifted by d, would meet a blocking intent or zone: for each
 * volume v and each blocking volume w that meets it in altitude and footprint, d ∈ [w.t0 − v.t1, w.t1 − v.t0]; for
 * each blocking zone, the same with the zone's applicable intervals. Sorted and merged.
 */
export function blockedDelays(ctx: StrategicContext, c: CandidateIntent, horizonS: number): [number, number][] {
  const blocked: [number, number][] = [];
  for (const v of c.volumes) {
    const query = {
      minX: v.minX,
      minY: v.minY,
      maxX: v.maxX,
      maxY: v.maxY,
      z0: v.z0,
      z1: v.z1,
      t0: v.t0,
      t1: v.t1 + horizonS,
    };
    ctx.index.forEachCandidate(query, (hit) => {
      const owner = ctx.owners[hit.owner];
      if (!conflictBlocks(relationOf(c.priority, owner.priority), ctx.equal_priority_conflicts_permitted)) return;
      if (!footprintsIntersect(v.footprint, hit.volume.footprint)) return;
      blocked.push([hit.volume.t0 - v.t1, hit.volume.t1 - v.t0]);
    });
    if (!ctx.zones) continue;
    for (const zone of ctx.zones.zonesIntersecting(v, [v.z0, v.z1], [v.t0, v.t1 + horizonS], v.footprint)) {
      if (!zoneForbids(zone, c.authorisations)) continue;
      for (const [a, b] of applicableIntervals(zone.applicability, v.t0, v.t1 + horizonS)) {
        blocked.push([a - v.t1, b - v.t0]);
      }
    }
  }
  return mergeIntervals(blocked);
}

/**
 * The earliest delay (a multiple of step_s up to horizon_s) after which the flight would be accepted, or null.
 * Candidates come from the blocked-delay intervals of the current volumes shifted in time; each candidate is then
 * re-planned in full at the later departure (the forecast wind then may differ) and checked again.
 */
export function suggestDelay(
  ctx: StrategicContext,
  current: CandidateIntent,
  replanWithDelay: (delayS: number) => CandidateIntent | null,
  search: DelaySearch,
): number | null {
  const blocked = blockedDelays(ctx, current, search.horizon_s);
  let j = 0;
  let verifications = 0;
  for (let d = search.step_s; d <= search.horizon_s + 1e-9; d += search.step_s) {
    while (j < blocked.length && blocked[j][1] < d) j++;
    if (j < blocked.length && blocked[j][0] <= d) continue;
    const replanned = replanWithDelay(d);
    if (replanned && !isBlocked(ctx, replanned)) return d;
    if (++verifications >= search.max_verifications) return null;
  }
  return null;
}

export interface AltitudeSearch {
  step_m: number;
  steps: number;
}

/** Ways to try an altitude shift: cheap screening of shifted copies, then an exact re-plan. */
export interface ShiftTrial {
  /** False when the shift breaks the class's clearance, CAD or ceiling limits. */
  allowed(shiftM: number): boolean;
  /** The current volumes moved by the shift, their windows widened by the extra climb time (cheap, approximate). */
  screen(shiftM: number): CandidateIntent;
  /** The flight re-planned in full at the shifted altitudes (null when it cannot be flown). */
  replan(shiftM: number): CandidateIntent | null;
}

/**
 * The smallest cruise-altitude shift (+step, −step, +2·step, …) whose re-planned flight would be accepted, or null.
 * Each allowed shift is first screened with shifted copies of the current volumes; only shifts that pass are
 * re-planned in full and checked again, so a suggestion is always exact.
 */
export function suggestAltitudeShift(ctx: StrategicContext, trial: ShiftTrial, search: AltitudeSearch): number | null {
  for (let k = 1; k <= search.steps; k++) {
    for (const sign of [1, -1]) {
      const shift = sign * k * search.step_m;
      if (!trial.allowed(shift) || isBlocked(ctx, trial.screen(shift))) continue;
      const replanned = trial.replan(shift);
      if (replanned && !isBlocked(ctx, replanned)) return shift;
    }
  }
  return null;
}
