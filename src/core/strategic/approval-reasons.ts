// Why a flight plan is rejected or accepted with warnings: conflicting intents, zones, route findings, invalid plans.
import type { Ed269Restriction } from '../airspace/ed269-schema';

/**
 * Where a finding happens on the planned path: the leg (0 = the take-off climb, 1 = top of climb to the first route
 * point, …, the last = the landing descent), a point (local metres, z AMSL) and its planned scenario time.
 */
export interface FindingPlace {
  leg: number;
  x: number;
  y: number;
  z: number;
  t: number;
}

/** How the other intent's priority compares with the flight's. */
export type PriorityRelation = 'higher' | 'equal' | 'lower';

export interface IntentConflictReason {
  kind: 'intent-conflict';
  flight_id: string;
  intent_id: string;
  priority: number;
  relation: PriorityRelation;
  at?: FindingPlace;
}

export interface ZoneReason {
  kind: 'zone';
  zone_id: string;
  zone_name: string;
  restriction: Ed269Restriction;
  message: string;
  at?: FindingPlace;
}

/** A later, higher-priority intent was accepted over this one: its operator must replan. */
export interface PreemptedReason {
  kind: 'preempted';
  flight_id: string;
  intent_id: string;
  priority: number;
}

export interface InvalidReason {
  kind: 'invalid';
  message: string;
}

/** The route checks' own kinds (checkRoute in src/core/planning): the path, the aircraft and the pads. */
export type RouteFindingKind =
  | 'terrain'
  | 'obstacle'
  | 'cad-height'
  | 'energy'
  | 'weather'
  | 'horizon'
  | 'pad-capacity';

/** A route finding: what is wrong, in one sentence with its figures, and where (the worst or first place). */
export interface RouteReason {
  kind: RouteFindingKind;
  message: string;
  at: FindingPlace;
}

export type ApprovalReason = IntentConflictReason | ZoneReason | PreemptedReason | InvalidReason | RouteReason;

/** One line of text for a reason, for tables and logs. */
export function describeReason(r: ApprovalReason): string {
  switch (r.kind) {
    case 'intent-conflict':
      return `conflicts with ${r.relation}-priority ${r.flight_id} (priority ${r.priority}, intent ${r.intent_id})`;
    case 'zone':
      return `${r.restriction} zone ${r.zone_id} (${r.zone_name})`;
    case 'preempted':
      return `pre-empted by higher-priority ${r.flight_id} (priority ${r.priority}): replan`;
    case 'invalid':
      return r.message;
    default:
      return `${r.kind}: ${r.message}`;
  }
}
