// The tactical monitor: detection every interval, episodes with hysteresis, events in the log, figures for the report.
import { createZoneIndex } from '../airspace/zone-index';
import type { CompiledScenario } from '../scenario/compiled';
import type { EventDetail, EventKind, EventLog } from '../sim/events';
import type { Monitor, MonitorContext } from '../sim/monitor';
import { isAirborne } from '../sim/phases';
import type { TrafficFrame } from '../sim/traffic-frame';
import { AircraftChecks, CLEARANCE_INSIDE_BUILDING } from './aircraft-checks';
import { CONFLICT, LOS, NMAC } from './closest-approach';
import type { DetectPool } from './detect-pool';
import { type Episode, EpisodeTracker } from './episodes';
import { hypot2 } from './hypot';
import { PairList } from './pair-list';
import { createDetectInput, setZone } from './traffic-input';
import { GridDetector } from './uniform-grid';
import type { ZoneQuery } from './zone-query';

export interface TacticalMonitorOptions {
  /** Detect in these workers instead of in-process (same result). The monitor does not close it. */
  pool?: DetectPool;
  /** Zones for the infringement check; default: an index of the scenario's geozones; null: no zone check. */
  zones?: ZoneQuery | null;
  /** Consecutive clear ticks before an episode ends (default 3: 3 s at the default 1 s detection interval). */
  hysteresisTicks?: number;
}

const KINDS = ['conflict', 'los', 'nmac', 'zone_infringement', 'clearance', 'cad_height'] as const;
type Kind = (typeof KINDS)[number];

/** What the monitor adds to the run report (numbers rounded to 0.01 m or s). */
export interface TacticalReport {
  episodes: Record<Kind, number>;
  /** Episodes per flight (flights with none are left out), flight ids in ordinal order. */
  per_flight: Record<string, Record<Kind, number>>;
  /** Smallest distances between two aircraft of a flagged pair (conflict, LoS or NMAC) at a detection tick. */
  min_separation: {
    horizontal_m: number;
    horizontal_flights: [string, string];
    horizontal_t_s: number;
    d3_m: number;
    d3_flights: [string, string];
    d3_t_s: number;
  } | null;
  /** Sum over detection ticks of (pairs in conflict) × interval, in pair-seconds; likewise for LoS. */
  time_in_conflict_s: number;
  time_in_los_s: number;
  detection_ticks: number;
  hysteresis_ticks: number;
  zone_check: boolean;
}

/** An episode count of 0 for every kind. */
function zeroCounts(): Record<Kind, number> {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
}

/**
 * Creates the tactical monitor for a compiled scenario. Each check: airborne aircraft take part; their protected zones
 * come from their class's separation class (resolved once); the grid detector (or the pool) finds the conflict, LoS and
 * NMAC pairs; zone, clearance and CAD-height conditions are checked per aircraft; each condition is an episode that
 * starts at its first tick and ends after `hysteresisTicks` clear ticks. Events: *-start with the situation at the start,
 * *-end with the episode's worst figures, at the worst moment's place; `nmac` once per NMAC episode.
 */
export function createTacticalMonitor(scenario: CompiledScenario, options: TacticalMonitorOptions = {}): Monitor {
  const n = scenario.flights.length;
  const ids = scenario.flights.map((f) => f.id);
  const hysteresis = options.hysteresisTicks ?? 3;
  const zones =
    options.zones === undefined ? createZoneIndex(scenario.geozones, scenario.world) : (options.zones ?? null);
  const input = createDetectInput(n);
  scenario.flights.forEach((flight, i) => {
    const cls = scenario.classes[flight.classIndex];
    const minima = scenario.separation[cls.separation_class];
    if (!minima) {
      throw new Error(`class ${cls.id}: separation class '${cls.separation_class}' has no minima in the scenario`);
    }
    setZone(input, i, minima);
  });
  const grid = new GridDetector();
  const pairs = new PairList();
  const checks = new AircraftChecks(scenario, zones);
  const trackers = {
    conflict: new EpisodeTracker(hysteresis),
    los: new EpisodeTracker(hysteresis),
    nmac: new EpisodeTracker(hysteresis),
    zone: new EpisodeTracker(hysteresis),
    clearance: new EpisodeTracker(hysteresis),
    cad: new EpisodeTracker(hysteresis),
  };
  const counts = zeroCounts();
  const perFlight = new Map<number, Record<Kind, number>>();
  let minH = Number.POSITIVE_INFINITY;
  let minHPair = [0, 0];
  let minHT = 0;
  let min3 = Number.POSITIVE_INFINITY;
  let min3Pair = [0, 0];
  let min3T = 0;
  let timeConflict = 0;
  let timeLos = 0;
  let ticks = 0;
  let lastT = Number.NaN;

  function tally(kind: Kind, e: Episode): void {
    counts[kind]++;
    for (const f of e.b < 0 ? [e.a] : [e.a, e.b]) {
      let c = perFlight.get(f);
      if (!c) perFlight.set(f, (c = zeroCounts()));
      c[kind]++;
    }
  }

  function flightsOf(e: Episode): string[] {
    if (e.b < 0) return [ids[e.a]];
    const p = ids[e.a];
    const q = ids[e.b];
    return p < q ? [p, q] : [q, p];
  }

  /** Logs an event of episode e at its worst point. */
  function logEpisode(
    log: EventLog,
    t: number,
    kind: EventKind,
    e: Episode,
    details: Record<string, EventDetail>,
  ): void {
    log.push({ t, kind, flights: flightsOf(e), x: e.xWorst, y: e.yWorst, z: e.zWorst, details });
  }

  function logEnd(log: EventLog, t: number, kind: EventKind, e: Episode, details: Record<string, EventDetail>): void {
    logEpisode(log, t, kind, e, {
      started_s: e.start,
      last_seen_s: e.lastSeen,
      duration_s: e.lastSeen - e.start,
      ticks: e.ticks,
      ...details,
    });
  }

  function logPairEnd(log: EventLog, t: number, kind: EventKind, e: Episode): void {
    logEnd(log, t, kind, e, {
      min_dcpa_m: e.minPredicted,
      min_distance_m: e.minActual,
      min_distance_3d_m: e.minActual3d,
      t_worst_s: e.tWorst,
    });
  }

  function logSingleEnd(log: EventLog, t: number, kind: EventKind, e: Episode): void {
    if (kind === 'zone-infringement-end') logEnd(log, t, kind, e, { zone: checks.zoneIds[e.tag] });
    else if (kind === 'clearance-end') logEnd(log, t, kind, e, { min_height_m: e.minActual, t_worst_s: e.tWorst });
    else logEnd(log, t, kind, e, { max_height_agl_m: checks.cadLimitOf(e.a) - e.minActual, t_worst_s: e.tWorst });
  }

  function fillInput(frame: TrafficFrame): void {
    input.x.set(frame.x.subarray(0, n));
    input.y.set(frame.y.subarray(0, n));
    input.z.set(frame.z.subarray(0, n));
    input.vx.set(frame.vx.subarray(0, n));
    input.vy.set(frame.vy.subarray(0, n));
    input.vz.set(frame.vz.subarray(0, n));
    for (let i = 0; i < n; i++) input.active[i] = isAirborne(frame.phase[i]) ? 1 : 0;
  }

  function observePairs(t: number, dt: number): void {
    for (let r = 0; r < pairs.count; r++) {
      const i = pairs.i[r];
      const j = pairs.j[r];
      const f = pairs.flags[r];
      const key = i * n + j;
      const dh = pairs.dh[r];
      const d3 = hypot2(dh, pairs.dv[r]);
      const mx = pairs.mx[r];
      const my = pairs.my[r];
      const mz = pairs.mz[r];
      if (dh < minH) {
        minH = dh;
        minHPair = [i, j];
        minHT = t;
      }
      if (d3 < min3) {
        min3 = d3;
        min3Pair = [i, j];
        min3T = t;
      }
      if (f & CONFLICT) {
        trackers.conflict.observe(key, i, j, pairs.dcpa[r], dh, d3, mx, my, mz, r);
        timeConflict += dt;
      }
      if (f & LOS) {
        trackers.los.observe(key, i, j, pairs.dcpa[r], dh, d3, mx, my, mz, r);
        timeLos += dt;
      }
      if (f & NMAC) trackers.nmac.observe(key, i, j, pairs.dcpa[r], dh, d3, mx, my, mz, r);
    }
  }

  /** Start details of a pair episode: the row it was observed with (its tag) this tick. */
  function pairStartDetails(e: Episode): Record<string, EventDetail> {
    const r = e.tag;
    return {
      tcpa_s: finite(pairs.tcpa[r]),
      dcpa_m: pairs.dcpa[r],
      tin_s: finite(pairs.tin[r]),
      tout_s: finite(pairs.tout[r]),
      distance_m: pairs.dh[r],
      dz_m: pairs.dv[r],
    };
  }

  /** Episode kinds with an end event, in the order they are logged within a tick; true for pairs. */
  const ending: [EventKind, EpisodeTracker, boolean][] = [
    ['conflict-end', trackers.conflict, true],
    ['los-end', trackers.los, true],
    ['zone-infringement-end', trackers.zone, false],
    ['clearance-end', trackers.clearance, false],
    ['cad-height-end', trackers.cad, false],
  ];

  /** Logs a tick's events: ends first, then starts, each kind sorted by key (pair or flight, then zone). */
  function logTick(log: EventLog, t: number): void {
    trackers.nmac.end();
    for (const [kind, tracker, pair] of ending) {
      for (const e of tracker.end()) (pair ? logPairEnd : logSingleEnd)(log, t, kind, e);
    }
    const started: [EventKind, Kind, EpisodeTracker][] = [
      ['conflict-start', 'conflict', trackers.conflict],
      ['los-start', 'los', trackers.los],
      ['nmac', 'nmac', trackers.nmac],
    ];
    for (const [kind, name, tracker] of started) {
      for (const e of tracker.started()) {
        tally(name, e);
        logEpisode(log, t, kind, e, pairStartDetails(e));
      }
    }
    for (const e of trackers.zone.started()) {
      tally('zone_infringement', e);
      const zone = checks.zoneIds[e.tag];
      const restriction = zones?.zonesAt(e.xWorst, e.yWorst, e.zWorst, t).find((z) => z.id === zone)?.restriction;
      logEpisode(log, t, 'zone-infringement-start', e, { zone, restriction: restriction ?? null });
    }
    for (const e of trackers.clearance.started()) {
      tally('clearance', e);
      logEpisode(log, t, 'clearance-start', e, {
        height_m: e.minActual,
        reason: e.tag === CLEARANCE_INSIDE_BUILDING ? 'inside-building' : 'below-minimum-clearance',
      });
    }
    for (const e of trackers.cad.started()) {
      tally('cad_height', e);
      const limit = checks.cadLimitOf(e.a);
      logEpisode(log, t, 'cad-height-start', e, { height_agl_m: limit - e.minActual, limit_m: limit });
    }
  }

  return {
    name: 'tactical',
    async check(ctx: MonitorContext) {
      const { frame, t, log } = ctx;
      const dt = Number.isNaN(lastT) ? scenario.detect_interval_s : t - lastT;
      lastT = t;
      ticks++;
      fillInput(frame);
      if (options.pool) await options.pool.detect(input, pairs);
      else grid.detect(input, pairs);
      for (const tracker of Object.values(trackers)) tracker.begin(t);
      observePairs(t, dt);
      checks.check(frame, input.active, t, trackers);
      logTick(log, t);
    },
    finish(ctx: MonitorContext) {
      for (const [kind, tracker, pair] of ending) {
        for (const e of tracker.closeAll()) (pair ? logPairEnd : logSingleEnd)(ctx.log, ctx.t, kind, e);
      }
      trackers.nmac.closeAll();
    },
    report(): Record<string, unknown> {
      const per: Record<string, Record<Kind, number>> = {};
      for (const f of [...perFlight.keys()].sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0))) {
        per[ids[f]] = perFlight.get(f)!;
      }
      const pairIds = (p: number[]): [string, string] => {
        const [a, b] = [ids[p[0]], ids[p[1]]];
        return a < b ? [a, b] : [b, a];
      };
      const result: TacticalReport = {
        episodes: { ...counts },
        per_flight: per,
        min_separation: Number.isFinite(minH)
          ? {
              horizontal_m: round2(minH),
              horizontal_flights: pairIds(minHPair),
              horizontal_t_s: round2(minHT),
              d3_m: round2(min3),
              d3_flights: pairIds(min3Pair),
              d3_t_s: round2(min3T),
            }
          : null,
        time_in_conflict_s: round2(timeConflict),
        time_in_los_s: round2(timeLos),
        detection_ticks: ticks,
        hysteresis_ticks: hysteresis,
        zone_check: zones !== null,
      };
      return result as unknown as Record<string, unknown>;
    },
  };
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
