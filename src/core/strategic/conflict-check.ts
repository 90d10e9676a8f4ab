// Checks a candidate intent's volumes against accepted intents (priority rules) and geozones (restriction rules).
import { footprintsIntersect } from '../airspace/footprint-intersection';
import type { Geozone } from '../airspace/geozone';
import type { ZoneIndex } from '../airspace/zone-index';
import { zoneForbids } from '../airspace/zone-restriction';
import type { ApprovalReason, IntentConflictReason, PriorityRelation, ZoneReason } from './approval-reasons';
import type { LocalVolume } from './local-volume';
import type { IndexedVolume, VolumeIndex } from './volume-index';

/** An accepted intent known to the checker. */
export interface IntentOwner {
  flight_id: string;
  intent_id: string;
  priority: number;
}

export interface CheckCounters {
  /** Volume pairs that passed the index and were tested in the narrow phase. */
  pairs_tested: number;
  /** Volume pairs found intersecting. */
  pairs_intersecting: number;
}

export interface StrategicContext {
  index: VolumeIndex;
  owners: IntentOwner[];
  zones: ZoneIndex | null;
  equal_priority_conflicts_permitted: boolean;
  counters: CheckCounters;
}

/** What is being checked: the flight's priority, its zone authorisations and its volumes. */
export interface CandidateIntent {
  priority: number;
  authorisations: readonly string[];
  volumes: readonly LocalVolume[];
}

export interface CheckResult {
  /** Reasons to reject (empty: the intent may be accepted). */
  blocking: ApprovalReason[];
  /** Accepted-with-notes: CONDITIONAL zones, permitted equal-priority and lower-priority conflicts. */
  warnings: ApprovalReason[];
  /** Owners of lower-priority intents this one conflicts with (they are pre-empted if it is accepted). */
  preempts: number[];
}

export function relationOf(mine: number, theirs: number): PriorityRelation {
  return theirs > mine ? 'higher' : theirs < mine ? 'lower' : 'equal';
}

/** Whether a conflict with an intent of the given relation prevents acceptance. */
export function conflictBlocks(relation: PriorityRelation, equalPermitted: boolean): boolean {
  return relation === 'higher' || (relation === 'equal' && !equalPermitted);
}

/**
 * Visits every accepted volume that intersects v (time, altitude, then footprint), counting the tests; `visit` may
 * return true to stop. Returns true when stopped.
 */
export function forEachIntersecting(
  ctx: StrategicContext,
  v: LocalVolume,
  visit: (hit: IndexedVolume) => unknown,
): boolean {
  return ctx.index.forEachCandidate(v, (hit) => {
    ctx.counters.pairs_tested++;
    if (!footprintsIntersect(v.footprint, hit.volume.footprint)) return false;
    ctx.counters.pairs_intersecting++;
    return visit(hit);
  });
}

/** The zones meeting v that matter for planning (NO_RESTRICTION zones never do). */
export function zonesMeeting(zones: ZoneIndex, v: LocalVolume): Geozone[] {
  return zones
    .zonesIntersecting(v, [v.z0, v.z1], [v.t0, v.t1], v.footprint)
    .filter((z) => z.restriction !== 'NO_RESTRICTION');
}

/** Checks a candidate against everything accepted so far and the zones. */
export function checkCandidate(ctx: StrategicContext, c: CandidateIntent): CheckResult {
  const conflictOwners = new Set<number>();
  const zoneHits = new Map<string, Geozone>();
  for (const v of c.volumes) {
    forEachIntersecting(ctx, v, (hit) => {
      conflictOwners.add(hit.owner);
    });
    if (ctx.zones) for (const z of zonesMeeting(ctx.zones, v)) if (!zoneHits.has(z.id)) zoneHits.set(z.id, z);
  }
  const blocking: ApprovalReason[] = [];
  const warnings: ApprovalReason[] = [];
  const preempts: number[] = [];
  for (const o of [...conflictOwners].sort((a, b) => a - b)) {
    const owner = ctx.owners[o];
    const relation = relationOf(c.priority, owner.priority);
    const reason: IntentConflictReason = {
      kind: 'intent-conflict',
      flight_id: owner.flight_id,
      intent_id: owner.intent_id,
      priority: owner.priority,
      relation,
    };
    if (conflictBlocks(relation, ctx.equal_priority_conflicts_permitted)) blocking.push(reason);
    else warnings.push(reason);
    if (relation === 'lower') preempts.push(o);
  }
  for (const zone of zoneHits.values()) {
    const reason: ZoneReason = {
      kind: 'zone',
      zone_id: zone.id,
      zone_name: zone.name,
      restriction: zone.restriction,
      message: zone.message,
    };
    if (zoneForbids(zone, c.authorisations)) blocking.push(reason);
    else if (zone.restriction === 'CONDITIONAL') warnings.push(reason);
  }
  return { blocking, warnings, preempts };
}

/**
 * Whether anything would block the candidate (the decision of checkCandidate without its reasons), stopping at the
 * first blocking intent or zone: what the suggestion searches ask many times.
 */
export function isBlocked(ctx: StrategicContext, c: CandidateIntent): boolean {
  for (const v of c.volumes) {
    const hit = forEachIntersecting(ctx, v, (h) =>
      conflictBlocks(relationOf(c.priority, ctx.owners[h.owner].priority), ctx.equal_priority_conflicts_permitted),
    );
    if (hit) return true;
    if (ctx.zones && zonesMeeting(ctx.zones, v).some((z) => zoneForbids(z, c.authorisations))) return true;
  }
  return false;
}
