// Each pad's sequencing rules: how many take-offs and landings may be under way at once, and the spacing between them.
import { AIRCRAFT_KINDS, type AircraftKind } from '../aircraft/aircraft-class';
import type { Pad } from './world';

/** Seconds between two movements (take-off or landing starts) on one pad when nothing says otherwise. */
export const DEFAULT_MIN_INTERVAL_S = 30;

/** A scenario's override of one pad's rules (scenario `pads:` entries; see scenario/schema.ts). */
export interface PadOverride {
  id: string;
  capacity?: number;
  min_interval_s?: number;
  min_interval_by_kind_s?: Partial<Record<AircraftKind, number>>;
}

export interface PadRule {
  pad: string;
  /** Take-offs and landings that may be under way at once: a vertiport's FATO count, else the pad's capacity. */
  capacity: number;
  /** Minimum seconds from one movement's start to the next, by the class kind of the aircraft about to move. */
  min_interval_s: Readonly<Record<AircraftKind, number>>;
}

/**
 * The rules of every pad, in the order of `pads`: the pad data's own figures, then the scenario's overrides
 * (a kind's interval wins over the pad's interval). Assumes each override names a pad (checkScenario reports others).
 *
 * @example padRules([{ id: 'p', capacity: 2, kind: 'drone-pad', ... }], [{ id: 'p', min_interval_by_kind_s: { evtol: 90 } }])
 * // → [{ pad: 'p', capacity: 2, min_interval_s: { multirotor: 30, 'fixed-wing-vtol': 30, evtol: 90, racing: 30 } }]
 */
export function padRules(pads: readonly Pad[], overrides: readonly PadOverride[] = []): PadRule[] {
  return pads.map((pad) => {
    const override = overrides.find((o) => o.id === pad.id);
    const interval = override?.min_interval_s ?? DEFAULT_MIN_INTERVAL_S;
    const byKind = override?.min_interval_by_kind_s ?? {};
    return {
      pad: pad.id,
      capacity: override?.capacity ?? (pad.kind === 'vertiport' && pad.fatos ? pad.fatos : pad.capacity),
      min_interval_s: Object.fromEntries(AIRCRAFT_KINDS.map((k) => [k, byKind[k] ?? interval])) as Record<
        AircraftKind,
        number
      >,
    };
  });
}
