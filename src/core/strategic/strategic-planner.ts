// Strategic deconfliction of a scenario: flights planned in submission order, each Accepted or Rejected with reasons.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { createZoneIndex, type ZoneIndex } from '../airspace/zone-index';
import { checkRoute } from '../planning/check-route';
import type { AltitudeBand } from '../planning/path-clearance';
import { weatherFinding } from '../planning/weather-check';
import type { CompiledFlight, CompiledScenario } from '../scenario/compiled';
import { type ApprovalReason, describeReason } from './approval-reasons';
import {
  type CandidateIntent,
  checkCandidate,
  type IntentOwner,
  isBlocked,
  type StrategicContext,
} from './conflict-check';
import { F3548, type OperationalIntent } from './f3548-types';
import { type FlightSchedule, planFlightSchedule } from './flight-schedule';
import { buildFlightVolumes } from './flight-volumes';
import { deterministicUuid } from './intent-ids';
import { DEFAULT_INTENT_MODEL, type IntentModelOptions, type WindForecast } from './intent-model';
import type { LocalVolume } from './local-volume';
import { composeIntent, type IntentIdentity } from './operational-intent';
import { suggestAltitudeShift, suggestDelay } from './plan-suggestions';
import { fromVolume4D, toVolume4D, type VolumeConversion } from './volume-conversion';
import { VolumeIndex } from './volume-index';

export interface PlanOptions {
  /** What to do with rejected flights; defaults to the scenario's `strategic.on_rejection`. */
  on_rejection?: OnRejection;
  /** The forecast wind; defaults to the scenario's weather model. */
  wind?: WindForecast;
  model?: Partial<IntentModelOptions>;
  /** Overrides the scenario's setting. */
  equal_priority_conflicts_permitted?: boolean;
  /** Search delays and altitude shifts for rejected flights (default true). */
  suggest?: boolean;
  delay_step_s?: number;
  delay_horizon_s?: number;
  altitude_step_m?: number;
  altitude_steps?: number;
  /** Highest cruise altitude a suggestion may use, m AMSL ("low altitude" is below 1,000 m). */
  max_altitude_amsl_m?: number;
  uss_base_url?: string;
  geoid_undulation_m?: number;
  /**
   * Operational intents held by other USSs, already validated (parseExternalIntents): every one of them blocks, its
   * volumes and off-nominal volumes alike. Default: the scenario's external_intents.
   */
  existing_intents?: readonly OperationalIntent[];
}

export interface AltitudeSuggestion {
  shift_m: number;
  /** The shifted cruise band (lowest and highest route point), m AMSL. */
  cruise_min_m: number;
  cruise_max_m: number;
}

export type ApprovalStatus = 'Accepted' | 'Rejected';

export interface FlightDecision {
  flight_id: string;
  flight_index: number;
  priority: number;
  status: ApprovalStatus;
  intent_id: string;
  reasons: ApprovalReason[];
  warnings: ApprovalReason[];
  volumes: number;
  time_start_s: number;
  time_end_s: number;
  suggested_delay_s: number | null;
  suggested_altitude: AltitudeSuggestion | null;
  /** What a rejected flight became under `on_rejection: replan` (null otherwise): its new slot and status. */
  replan: Replan | null;
}

/** A rejected flight re-submitted at its suggested delay or altitude: Accepted there, or Grounded. */
export interface Replan {
  status: 'Accepted' | 'Grounded';
  delay_s: number | null;
  altitude_shift_m: number | null;
}

/** What the sandbox's UTM does with a rejected flight (scenario `strategic.on_rejection`). */
export type OnRejection = 'replan' | 'ground' | 'fly';

/** An accepted flight's intent: the F3548 document and the local volumes it was made from (same order). */
export interface PlannedIntent {
  flight_id: string;
  flight_index: number;
  identity: IntentIdentity;
  readonly intent: OperationalIntent;
  volumes: LocalVolume[];
}

export interface PlanStats {
  flights: number;
  accepted: number;
  rejected: number;
  volumes: number;
  /** Volume pairs passed by the index to the narrow phase, and those found intersecting (first checks only). */
  pairs_tested: number;
  pairs_intersecting: number;
  /** Conflicting intent pairs found when each flight was checked. */
  conflicts: number;
  /** Rejected flights accepted after re-submitting later or at another altitude, and their total delay. */
  replanned: number;
  replan_delay_s: number;
  /** Rejected flights kept on the ground; rejected flights flown anyway (`on_rejection: fly`). */
  grounded: number;
  flown_rejected: number;
}

export interface PlanResult {
  decisions: FlightDecision[];
  /** The flights as they will fly, in scenario order: replanned ones moved, grounded ones marked `grounded`. */
  flights: CompiledFlight[];
  intents: PlannedIntent[];
  stats: PlanStats;
}

export const PLAN_DEFAULTS = {
  delay_step_s: 30,
  delay_horizon_s: 3600,
  altitude_step_m: 20,
  altitude_steps: 6,
  max_altitude_amsl_m: 1000,
  uss_base_url: 'https://uss.skylane.invalid',
  max_delay_verifications: 8,
} as const;

/** The identity of a flight's intent: ids derived from the scenario and flight names, so runs are reproducible. */
export function intentIdentity(scenario: CompiledScenario, flight: CompiledFlight, ussBaseUrl: string): IntentIdentity {
  return {
    id: deterministicUuid(`${scenario.name}/${flight.id}`),
    manager: flight.operator,
    uss_base_url: ussBaseUrl,
    subscription_id: deterministicUuid(`subscription/${scenario.name}/${flight.id}`),
  };
}

/** An accepted flight's intent; its F3548 document is built when first read (planning itself needs only the volumes). */
function plannedIntent(
  flight: CompiledFlight,
  identity: IntentIdentity,
  volumes: LocalVolume[],
  conversion: VolumeConversion,
): PlannedIntent {
  let intent: OperationalIntent | undefined;
  return {
    flight_id: flight.id,
    flight_index: flight.index,
    identity,
    volumes,
    get intent(): OperationalIntent {
      intent ??= composeIntent(
        identity,
        'Accepted',
        1,
        flight.priority,
        volumes.map((v) => toVolume4D(v, conversion)),
        [],
      );
      return intent;
    },
  };
}

/** The flight's planned volumes, or the reason it cannot be flown as planned. */
export function flightVolumes(
  flight: CompiledFlight,
  cls: AircraftClass,
  wind: WindForecast,
  model: IntentModelOptions,
): { volumes: LocalVolume[]; problem: string | null; schedule: FlightSchedule } {
  const schedule = planFlightSchedule(flight, cls, wind, model);
  return { volumes: buildFlightVolumes(schedule, flight.departure_s, model), problem: schedule.problem, schedule };
}

/** Problems F3548 would reject our own intent for (FlightIntentValidation), checked on the local volumes. */
function localIntentProblems(volumes: readonly LocalVolume[]): string[] {
  const problems: string[] = [];
  let vertices = 0;
  for (const v of volumes) {
    if (!(v.t1 > v.t0)) problems.push('a volume ends before it starts');
    if (!(v.z1 >= v.z0)) problems.push('a volume has its upper altitude below its lower altitude');
    vertices += v.footprint.kind === 'polygon' ? v.footprint.rings[0].length / 2 : 1; // a circle is one vertex
  }
  if (vertices > F3548.OiMaxVertices)
    problems.push(`${vertices} vertices exceed OiMaxVertices (${F3548.OiMaxVertices})`);
  return problems;
}

/**
 * The volumes moved up or down by a cruise-altitude shift, for screening: en-route pieces move by the shift, the
 * take-off and landing columns (first and last) stretch or shrink at the top, and every window widens by the extra
 * climb or descent time.
 */
function shiftedVolumes(volumes: readonly LocalVolume[], shift: number, cls: AircraftClass): LocalVolume[] {
  const slack = Math.abs(shift) / Math.min(cls.climb_rate_mps, cls.descent_rate_mps);
  const last = volumes.length - 1;
  return volumes.map((v, i) => ({
    ...v,
    z0: i === 0 || i === last ? v.z0 : v.z0 + shift,
    z1: v.z1 + shift,
    t0: v.t0 - slack,
    t1: v.t1 + slack,
  }));
}

/** The shift nearest 0 (in steps of step_m) inside the band, moving the way the band requires; null when none. */
function bandShift(band: AltitudeBand | null, step: number): number | null {
  if (!band || (band.min_shift_m <= 0 && band.max_shift_m >= 0)) return null;
  const shift =
    band.min_shift_m > 0 ? Math.ceil(band.min_shift_m / step) * step : Math.floor(band.max_shift_m / step) * step;
  return shift >= band.min_shift_m && shift <= band.max_shift_m ? shift : null;
}

/** The earliest delay (multiple of step_s up to horizon_s) at which the forecast lets the flight go, or null. */
function weatherDelay(
  schedule: FlightSchedule,
  cls: AircraftClass,
  scenario: CompiledScenario,
  step_s: number,
  horizon_s: number,
): number | null {
  for (let d = step_s; d <= horizon_s + 1e-9; d += step_s)
    if (!weatherFinding(schedule, cls, scenario.weather, d)) return d;
  return null;
}

/**
 * Plans every flight in submission (file) order against the intents accepted before it and the geozones.
 * A flight is Rejected when it conflicts with a higher-priority intent, with an equal-priority one (unless the
 * scenario permits it), meets a PROHIBITED zone or a REQ_AUTHORISATION zone it is not authorised for, or cannot be
 * flown as planned; otherwise it is Accepted (CONDITIONAL zones and permitted conflicts become warnings, and
 * lower-priority intents it conflicts with are marked pre-empted).
 */
export function planScenario(scenario: CompiledScenario, options: PlanOptions = {}): PlanResult {
  const wind = options.wind ?? scenario.weather;
  const model: IntentModelOptions = { ...DEFAULT_INTENT_MODEL, ...options.model };
  const ussBaseUrl = options.uss_base_url ?? PLAN_DEFAULTS.uss_base_url;
  const conversion: VolumeConversion = {
    frame: scenario.frame,
    epoch0_ms: scenario.start_epoch_ms,
    geoid_undulation_m: options.geoid_undulation_m ?? 0,
  };
  const zones: ZoneIndex | null =
    scenario.geozones.length > 0 ? createZoneIndex(scenario.geozones, scenario.world) : null;
  const ctx: StrategicContext = {
    index: new VolumeIndex(),
    owners: [],
    zones,
    equal_priority_conflicts_permitted:
      options.equal_priority_conflicts_permitted ?? scenario.equal_priority_conflicts_permitted,
    counters: { pairs_tested: 0, pairs_intersecting: 0 },
  };
  // Suggestions search with their own counters so the statistics describe the first checks.
  const searchCtx: StrategicContext = { ...ctx, counters: { pairs_tested: 0, pairs_intersecting: 0 } };
  const ownerDecision: number[] = [];
  const addOwner = (owner: IntentOwner, volumes: readonly LocalVolume[], decision: number) => {
    const o = ctx.owners.length;
    ctx.owners.push(owner);
    ownerDecision.push(decision);
    volumes.forEach((v, slot) => {
      ctx.index.insert(v, o, slot);
    });
  };

  for (const external of options.existing_intents ?? scenario.external_intents) {
    const ref = external.reference;
    const volumes = [...external.details.volumes, ...external.details.off_nominal_volumes].map((v) =>
      fromVolume4D(v, conversion),
    );
    addOwner(
      { flight_id: `external:${ref.manager}`, intent_id: ref.id, priority: external.details.priority },
      volumes,
      -1,
    );
  }

  const suggest = options.suggest ?? true;
  const decisions: FlightDecision[] = [];
  const intents: PlannedIntent[] = [];
  let conflicts = 0;
  let volumeCount = 0;
  let replanned = 0;
  let replanDelay = 0;
  let grounded = 0;
  let flownRejected = 0;
  const flights: CompiledFlight[] = [];
  const onRejection: OnRejection = options.on_rejection ?? scenario.on_rejection ?? 'replan';

  /**
   * A rejected flight re-submitted as an operator would: at its suggested delay when that is within its hold
   * window, else at its suggested altitude; Accepted only when the whole check passes there.
   */
  const resubmit = (flight: CompiledFlight, decision: FlightDecision) => {
    const cls = scenario.classes[flight.classIndex];
    const tries: { f: CompiledFlight; replan: Replan }[] = [];
    const delay = decision.suggested_delay_s;
    if (delay !== null && delay <= flight.hold_window_s) {
      tries.push({
        f: { ...flight, departure_s: flight.departure_s + delay },
        replan: { status: 'Accepted', delay_s: delay, altitude_shift_m: null },
      });
    }
    const shift = decision.suggested_altitude?.shift_m;
    if (shift !== undefined) {
      tries.push({
        f: { ...flight, route: flight.route.map((p) => ({ ...p, z: p.z + shift })) },
        replan: { status: 'Accepted', delay_s: null, altitude_shift_m: shift },
      });
    }
    for (const { f, replan } of tries) {
      const r = flightVolumes(f, cls, wind, model);
      if (r.problem || localIntentProblems(r.volumes).length > 0) continue;
      if (checkRoute(scenario, f, cls, r.schedule).findings.length > 0) continue;
      const check = checkCandidate(searchCtx, {
        priority: f.priority,
        authorisations: f.authorisations,
        volumes: r.volumes,
      });
      if (check.blocking.length === 0) return { flight: f, volumes: r.volumes, preempts: check.preempts, replan };
    }
    return null;
  };

  for (const flight of scenario.flights) {
    const cls = scenario.classes[flight.classIndex];
    const identity = intentIdentity(scenario, flight, ussBaseUrl);
    const { volumes, problem, schedule } = flightVolumes(flight, cls, wind, model);
    const route = checkRoute(
      scenario,
      flight,
      cls,
      schedule,
      options.max_altitude_amsl_m ?? PLAN_DEFAULTS.max_altitude_amsl_m,
    );
    volumeCount += volumes.length;
    const candidate: CandidateIntent = {
      priority: flight.priority,
      authorisations: flight.authorisations,
      volumes,
    };
    const invalid = [...(problem ? [problem] : []), ...localIntentProblems(volumes)];
    const check = invalid.length > 0 ? null : checkCandidate(ctx, candidate);
    const reasons: ApprovalReason[] = [
      ...route.findings,
      ...(check ? check.blocking : invalid.map((message) => ({ kind: 'invalid' as const, message }))),
    ];
    if (check) conflicts += [...check.blocking, ...check.warnings].filter((r) => r.kind === 'intent-conflict').length;
    const status = reasons.length === 0 ? 'Accepted' : 'Rejected';
    const decision: FlightDecision = {
      flight_id: flight.id,
      flight_index: flight.index,
      priority: flight.priority,
      status,
      intent_id: identity.id,
      reasons,
      warnings: check ? check.warnings : [],
      volumes: volumes.length,
      time_start_s: Math.min(...volumes.map((v) => v.t0)),
      time_end_s: Math.max(...volumes.map((v) => v.t1)),
      suggested_delay_s: null,
      suggested_altitude: null,
      replan: null,
    };
    const d = decisions.length;
    decisions.push(decision);
    const accept = (f: CompiledFlight, vs: LocalVolume[], preempts: readonly number[]) => {
      addOwner({ flight_id: f.id, intent_id: identity.id, priority: f.priority }, vs, d);
      for (const o of preempts) {
        const other = ownerDecision[o];
        if (other >= 0) {
          decisions[other].warnings.push({
            kind: 'preempted',
            flight_id: f.id,
            intent_id: identity.id,
            priority: f.priority,
          });
        }
      }
      intents.push(plannedIntent(f, identity, vs, conversion));
    };
    if (status === 'Accepted' && check) {
      accept(flight, volumes, check.preempts);
    } else if ((suggest || onRejection === 'replan') && check) {
      const replan = (f: CompiledFlight): CandidateIntent | null => {
        const r = flightVolumes(f, cls, wind, model);
        if (r.problem || checkRoute(scenario, f, cls, r.schedule).findings.length > 0) return null;
        return { priority: f.priority, authorisations: f.authorisations, volumes: r.volumes };
      };
      const delayStep = options.delay_step_s ?? PLAN_DEFAULTS.delay_step_s;
      const delayHorizon = options.delay_horizon_s ?? PLAN_DEFAULTS.delay_horizon_s;
      const altitudeStep = options.altitude_step_m ?? PLAN_DEFAULTS.altitude_step_m;
      const onlyWeather = reasons.every((r) => r.kind === 'weather');
      const heightFix = bandShift(route.band, 5);
      if (onlyWeather) decision.suggested_delay_s = weatherDelay(schedule, cls, scenario, delayStep, delayHorizon);
      else if (check.blocking.length > 0 && route.findings.length === 0)
        decision.suggested_delay_s = suggestDelay(
          searchCtx,
          candidate,
          (delay) => replan({ ...flight, departure_s: flight.departure_s + delay }),
          {
            step_s: delayStep,
            horizon_s: delayHorizon,
            max_verifications: PLAN_DEFAULTS.max_delay_verifications,
          },
        );
      const band = route.band;
      const shiftFor = (sh: number) => replan({ ...flight, route: flight.route.map((p) => ({ ...p, z: p.z + sh })) });
      const fixed = heightFix === null ? null : shiftFor(heightFix);
      const heightOk = fixed !== null && !isBlocked(searchCtx, fixed);
      const shift = heightOk
        ? heightFix
        : check.blocking.length === 0
          ? null
          : suggestAltitudeShift(
              searchCtx,
              {
                allowed: (sh) => band !== null && sh >= band.min_shift_m && sh <= band.max_shift_m,
                screen: (sh) => ({ ...candidate, volumes: shiftedVolumes(volumes, sh, cls) }),
                replan: shiftFor,
              },
              {
                step_m: altitudeStep,
                steps: options.altitude_steps ?? PLAN_DEFAULTS.altitude_steps,
              },
            );
      if (shift !== null) {
        const zs = flight.route.map((p) => p.z + shift);
        decision.suggested_altitude = { shift_m: shift, cruise_min_m: Math.min(...zs), cruise_max_m: Math.max(...zs) };
      }
    }
    let flown = flight;
    if (status === 'Rejected') {
      if (onRejection === 'replan') {
        const resubmitted = resubmit(flight, decision);
        decision.replan = resubmitted
          ? resubmitted.replan
          : { status: 'Grounded', delay_s: null, altitude_shift_m: null };
        if (resubmitted) {
          accept(resubmitted.flight, resubmitted.volumes, resubmitted.preempts);
          flown = resubmitted.flight;
          replanned++;
          replanDelay += resubmitted.replan.delay_s ?? 0;
        } else {
          flown = { ...flight, grounded: 'rejected: no accepted departure or altitude within its hold window' };
          grounded++;
        }
      } else if (onRejection === 'ground') {
        flown = { ...flight, grounded: `rejected: ${reasons.map(describeReason).join('; ')}` };
        grounded++;
      } else flownRejected++;
    }
    flights.push(flown);
  }

  const accepted = decisions.filter((d) => d.status === 'Accepted').length;
  return {
    decisions,
    flights,
    intents,
    stats: {
      flights: decisions.length,
      accepted,
      rejected: decisions.length - accepted,
      volumes: volumeCount,
      pairs_tested: ctx.counters.pairs_tested,
      pairs_intersecting: ctx.counters.pairs_intersecting,
      conflicts,
      replanned,
      replan_delay_s: replanDelay,
      grounded,
      flown_rejected: flownRejected,
    },
  };
}
