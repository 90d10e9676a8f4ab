// Why a flight plan is rejected or accepted with warnings: conflicting intents, zones, invalid or infeasible plans.
import type { Ed269Restriction } from '../airspace/ed269-schema';

/** How the other intent's priority compares with the flight's. */
export type PriorityRelation = 'higher' | 'equal' | 'lower';

export interface IntentConflictReason {
  kind: 'intent-conflict';
  flight_id: string;
  intent_id: string;
  priority: number;
  relation: PriorityRelation;
}

export interface ZoneReason {
  kind: 'zone';
  zone_id: string;
  zone_name: string;
  restriction: Ed269Restriction;
  message: string;
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

export type ApprovalReason = IntentConflictReason | ZoneReason | PreemptedReason | InvalidReason;

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
  }
}
