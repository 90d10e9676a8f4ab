// Conformance monitoring during simulation: intents go Activated at take-off, Nonconforming, Contingent, Ended.
import type { CompiledScenario } from '../scenario/compiled';
import type { Monitor, MonitorContext } from '../sim/monitor';
import { isAirborne, isFinished } from '../sim/phases';
import { F3548, type OperationalIntent, type OperationalIntentState, type Volume4D } from './f3548-types';
import { DEFAULT_INTENT_MODEL } from './intent-model';
import { localVolume, pointInVolume } from './local-volume';
import { composeIntent } from './operational-intent';
import type { PlannedIntent } from './strategic-planner';
import { toVolume4D, type VolumeConversion } from './volume-conversion';

/** Monitor states: the four F3548 states, plus Ended once the intent is removed after landing or cancellation. */
export type MonitoredState = OperationalIntentState | 'Ended';

export interface ConformanceOptions {
  /** An excursion longer than this makes the intent Nonconforming (OiMaxDurationPerExcursionSeconds). */
  max_excursion_s: number;
  /** Nonconforming longer than this makes it Contingent (MaxRecoverableTimeInNonconformingStateSeconds). */
  max_recoverable_s: number;
  /** Buffers of the off-nominal volumes drawn around the aircraft. */
  lateral_buffer_m: number;
  vertical_buffer_m: number;
  geoid_undulation_m: number;
}

export const DEFAULT_CONFORMANCE: Readonly<ConformanceOptions> = {
  max_excursion_s: F3548.OiMaxDurationPerExcursionSeconds,
  max_recoverable_s: F3548.MaxRecoverableTimeInNonconformingStateSeconds,
  lateral_buffer_m: DEFAULT_INTENT_MODEL.lateral_buffer_m,
  vertical_buffer_m: DEFAULT_INTENT_MODEL.vertical_buffer_m,
  geoid_undulation_m: 0,
};

interface Tracked {
  planned: PlannedIntent;
  state: MonitoredState;
  version: number;
  intent: OperationalIntent;
  /** Start of the current excursion (NaN while inside the volumes). */
  excursionStart: number;
  nonconformingSince: number;
  excursions: number;
  samples: number;
  outside: number;
}

export interface ConformanceMonitor extends Monitor {
  /** The current F3548 document of every monitored intent (Ended intents keep their last document). */
  intents(): OperationalIntent[];
  /** The current state of a flight's intent, or undefined when the flight has none. */
  stateOf(flightId: string): MonitoredState | undefined;
}

/**
 * A monitor of the accepted intents (from planScenario). Every detection interval, for each flight with an intent:
 * at take-off Accepted → Activated; while airborne, outside all of its volumes (position and time) for more than
 * max_excursion_s → Nonconforming (with an off-nominal volume around the aircraft); Nonconforming for more than
 * max_recoverable_s → Contingent; a Nonconforming one back inside any volume → Activated (a Contingent one stays
 * Contingent: F3548 allows it only Contingent → Ended); landed or cancelled → Ended. Every transition
 * is an 'intent-state' event (details: from, to, intent_id, version) and is counted in report().
 */
export function createConformanceMonitor(
  scenario: CompiledScenario,
  intents: readonly PlannedIntent[],
  options: Partial<ConformanceOptions> = {},
): ConformanceMonitor {
  const o: ConformanceOptions = { ...DEFAULT_CONFORMANCE, ...options };
  const conversion: VolumeConversion = {
    frame: scenario.frame,
    epoch0_ms: scenario.start_epoch_ms,
    geoid_undulation_m: o.geoid_undulation_m,
  };
  const tracked: Tracked[] = intents.map((planned) => ({
    planned,
    state: planned.intent.reference.state,
    version: planned.intent.reference.version,
    intent: planned.intent,
    excursionStart: Number.NaN,
    nonconformingSince: Number.NaN,
    excursions: 0,
    samples: 0,
    outside: 0,
  }));
  const byFlight = new Map(tracked.map((k) => [k.planned.flight_id, k]));
  const hasIntent = new Uint8Array(scenario.flights.length);
  for (const k of tracked) hasIntent[k.planned.flight_index] = 1;
  const withoutIntent = new Set<string>();
  const transitions: Record<string, number> = {};
  const everIn: Record<'Nonconforming' | 'Contingent', Set<string>> = {
    Nonconforming: new Set(),
    Contingent: new Set(),
  };

  function offNominal(ctx: MonitorContext, i: number, until: number): Volume4D[] {
    const f = ctx.frame;
    const speed = Math.hypot(f.vx[i], f.vy[i]);
    const reach = o.lateral_buffer_m + speed * o.max_recoverable_s;
    const climb = o.vertical_buffer_m + Math.abs(f.vz[i]) * o.max_recoverable_s;
    const v = localVolume(
      { kind: 'circle', cx: f.x[i], cy: f.y[i], r: reach },
      f.z[i] - climb,
      f.z[i] + climb,
      ctx.t,
      until,
    );
    return [toVolume4D(v, conversion)];
  }

  function transition(ctx: MonitorContext, k: Tracked, to: MonitoredState, extra: Record<string, number> = {}): void {
    const i = k.planned.flight_index;
    const from = k.state;
    const key = `${from}→${to}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
    k.state = to;
    if (to !== 'Ended') {
      k.version++;
      const end = Math.max(ctx.t + o.max_recoverable_s, k.planned.volumes[k.planned.volumes.length - 1].t1);
      const off =
        to === 'Nonconforming'
          ? offNominal(ctx, i, ctx.t + o.max_recoverable_s)
          : to === 'Contingent'
            ? offNominal(ctx, i, end)
            : [];
      k.intent = composeIntent(
        k.planned.identity,
        to,
        k.version,
        k.intent.details.priority,
        k.planned.intent.details.volumes,
        off,
      );
      if (to === 'Nonconforming' || to === 'Contingent') everIn[to].add(k.planned.flight_id);
    }
    ctx.log.push({
      t: ctx.t,
      kind: 'intent-state',
      flights: [k.planned.flight_id],
      x: ctx.frame.x[i],
      y: ctx.frame.y[i],
      z: ctx.frame.z[i],
      details: { from, to, intent_id: k.planned.identity.id, version: k.version, ...extra },
    });
  }

  function inside(k: Tracked, x: number, y: number, z: number, t: number): boolean {
    for (const v of k.planned.volumes) if (pointInVolume(v, x, y, z, t)) return true;
    return false;
  }

  function check(ctx: MonitorContext): void {
    const f = ctx.frame;
    const t = ctx.t;
    for (const k of tracked) {
      if (k.state === 'Ended') continue;
      const i = k.planned.flight_index;
      const phase = f.phase[i];
      if (k.state === 'Accepted') {
        if (isAirborne(phase)) transition(ctx, k, 'Activated');
        else if (isFinished(phase)) {
          transition(ctx, k, 'Ended');
          continue;
        } else continue;
      }
      if (isFinished(phase)) {
        transition(ctx, k, 'Ended');
        continue;
      }
      if (!isAirborne(phase)) continue;
      k.samples++;
      if (inside(k, f.x[i], f.y[i], f.z[i], t)) {
        if (k.state === 'Nonconforming') {
          transition(ctx, k, 'Activated', { excursion_s: t - k.excursionStart });
        }
        k.excursionStart = Number.NaN;
        continue;
      }
      k.outside++;
      if (Number.isNaN(k.excursionStart)) {
        k.excursionStart = t;
        k.excursions++;
      }
      if (k.state === 'Activated' && t - k.excursionStart > o.max_excursion_s) {
        k.nonconformingSince = t;
        transition(ctx, k, 'Nonconforming', { excursion_s: t - k.excursionStart });
      } else if (k.state === 'Nonconforming' && t - k.nonconformingSince > o.max_recoverable_s) {
        transition(ctx, k, 'Contingent', { excursion_s: t - k.excursionStart });
      }
    }
    for (let i = 0; i < f.count; i++) {
      if (hasIntent[i] === 0 && isAirborne(f.phase[i])) withoutIntent.add(scenario.flights[i].id);
    }
  }

  return {
    name: 'conformance',
    check,
    finish(): void {
      // Intents still open at the end stay in their state: the report lists them.
    },
    report(): Record<string, unknown> {
      const below = tracked
        .filter((k) => k.samples > 0 && (100 * (k.samples - k.outside)) / k.samples < F3548.OiMinConformancePercent)
        .map((k) => ({
          flight: k.planned.flight_id,
          conformance_percent: Math.round((1000 * (k.samples - k.outside)) / k.samples) / 10,
        }));
      return {
        intents: tracked.length,
        transitions: Object.fromEntries(Object.entries(transitions).sort(([a], [b]) => a.localeCompare(b))),
        excursions: tracked.reduce((n, k) => n + k.excursions, 0),
        nonconforming_flights: [...everIn.Nonconforming].sort(),
        contingent_flights: [...everIn.Contingent].sort(),
        below_min_conformance: below,
        open_at_end: tracked
          .filter((k) => k.state !== 'Ended')
          .map((k) => ({ flight: k.planned.flight_id, state: k.state })),
        airborne_without_intent: [...withoutIntent].sort(),
      };
    },
    intents: () => tracked.map((k) => k.intent),
    stateOf: (flightId) => byFlight.get(flightId)?.state,
  };
}
