// Builds F3548 OperationalIntent documents and moves them between states under the standard's volume rules.
import type { OperationalIntent, OperationalIntentState, Time, Volume4D } from './f3548-types';
import { opaqueVersionNumber } from './intent-ids';

export interface IntentIdentity {
  id: string;
  /** The USS managing the intent (Skylane uses the operator's name: each operator acts as its own USS). */
  manager: string;
  uss_base_url: string;
  subscription_id: string;
}

function timeBounds(volumes: readonly Volume4D[]): { time_start: Time; time_end: Time } {
  let start: Time | undefined;
  let end: Time | undefined;
  let s = Infinity;
  let e = -Infinity;
  for (const v of volumes) {
    const vs = v.time_start ? Date.parse(v.time_start.value) : Infinity;
    const ve = v.time_end ? Date.parse(v.time_end.value) : -Infinity;
    if (vs < s) {
      s = vs;
      start = v.time_start;
    }
    if (ve > e) {
      e = ve;
      end = v.time_end;
    }
  }
  if (!start || !end) throw new Error('an operational intent needs volumes with time_start and time_end');
  return { time_start: { ...start }, time_end: { ...end } };
}

/**
 * An intent in the given state with the standard's rules applied: Accepted and Activated carry `volumes` and no
 * off-nominal volumes; Nonconforming carries both; Contingent carries only `off_nominal_volumes`.
 * Throws when a state's required volumes are missing (a programming error in Skylane, never user input).
 */
export function composeIntent(
  identity: IntentIdentity,
  state: OperationalIntentState,
  version: number,
  priority: number,
  nominal: readonly Volume4D[],
  offNominal: readonly Volume4D[],
): OperationalIntent {
  const volumes = state === 'Contingent' ? [] : [...nominal];
  const off = state === 'Nonconforming' || state === 'Contingent' ? [...offNominal] : [];
  if (state !== 'Contingent' && volumes.length === 0) throw new Error(`a ${state} intent needs volumes`);
  if ((state === 'Nonconforming' || state === 'Contingent') && off.length === 0) {
    throw new Error(`a ${state} intent needs off_nominal_volumes`);
  }
  return {
    reference: {
      id: identity.id,
      manager: identity.manager,
      uss_availability: 'Normal',
      version,
      state,
      ovn: opaqueVersionNumber(identity.id, version),
      ...timeBounds([...volumes, ...off]),
      uss_base_url: identity.uss_base_url,
      subscription_id: identity.subscription_id,
    },
    details: { volumes, off_nominal_volumes: off, priority },
  };
}
