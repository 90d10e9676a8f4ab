// Alerts at one instant from the episode index: a flag per flight, the pairs to join with lines, a flight's own list.
import type { EpisodeIndex } from './episodes';

/** Alert flags per flight. */
export const Alert = { Conflict: 1, LossOfSeparation: 2, Infringement: 4, Nmac: 8 } as const;

const ALERT_OF_KIND: Record<string, number> = {
  conflict: Alert.Conflict,
  los: Alert.LossOfSeparation,
  nmac: Alert.Nmac | Alert.LossOfSeparation,
};

/** Kinds of pair episodes drawn as lines between the two aircraft. */
const PAIR_LINE_KINDS = new Set(['conflict', 'los', 'nmac']);

/**
 * At most this many pairs are sent with a frame and joined with lines; the densest moments of generated load tests
 * exceed it (every alerted aircraft is still coloured and ringed).
 */
export const MAX_ALERT_PAIRS = 5_000;

export interface FrameAlerts {
  /** Alert flags per flight index. */
  alerts: Uint8Array;
  /** Pairs as (a, b, alert flag) triples. */
  pairs: Int32Array;
}

export function alertOfKind(kind: string): number {
  return ALERT_OF_KIND[kind] ?? Alert.Infringement;
}

export function frameAlerts(index: EpisodeIndex | null, t: number, flights: number): FrameAlerts {
  const alerts = new Uint8Array(flights);
  const pairs: number[] = [];
  if (index) {
    const { kind, kinds, a, b } = index.table;
    const flagOf = kinds.map(alertOfKind);
    const lineOf = kinds.map((k) => PAIR_LINE_KINDS.has(k));
    index.forEachActive(t, (k) => {
      const flag = flagOf[kind[k]];
      if (a[k] >= 0) alerts[a[k]] |= flag;
      if (b[k] >= 0) alerts[b[k]] |= flag;
      if (a[k] >= 0 && b[k] >= 0 && lineOf[kind[k]] && pairs.length < 3 * MAX_ALERT_PAIRS) pairs.push(a[k], b[k], flag);
    });
  }
  return { alerts, pairs: Int32Array.from(pairs) };
}

export interface FlightAlert {
  kind: string;
  /** The other flight's id in pair episodes. */
  other?: string;
  /** The zone (or other subject) of single-flight episodes. */
  subject?: string;
  since: number;
}

/** The episodes involving one flight at t, for the inspector. */
export function flightAlertsAt(
  index: EpisodeIndex | null,
  t: number,
  flight: number,
  ids: readonly string[],
): FlightAlert[] {
  const out: FlightAlert[] = [];
  if (!index) return out;
  const { kind, kinds, a, b, start, subject } = index.table;
  index.forEachActive(t, (k) => {
    if (a[k] !== flight && b[k] !== flight) return;
    const other = a[k] === flight ? b[k] : a[k];
    out.push({
      kind: kinds[kind[k]],
      ...(other >= 0 ? { other: ids[other] } : {}),
      ...(subject.has(k) ? { subject: subject.get(k) } : {}),
      since: start[k],
    });
  });
  return out;
}
