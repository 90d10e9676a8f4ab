// One loaded scenario in the worker: its full run (event log, episodes, snapshots) and a replay engine that seeks.
import type { CompiledScenario } from '../core/scenario/compiled';
import { Engine, type EngineSnapshot } from '../core/sim/engine';
import { EventLog, type SimEvent } from '../core/sim/events';
import type { Monitor, MonitorContext } from '../core/sim/monitor';
import { runSimulation } from '../core/sim/run-simulation';
import type { TrafficFrame } from '../core/sim/traffic-frame';
import { buildEpisodes, EpisodeIndex } from './episodes';
import { EventLogView, kindCounts } from './event-filter';
import { busiestAirborneTime } from './opening-time';
import { timelineMarks } from './timeline-marks';
import { createYieldingMonitor } from './yielding-monitor';

export interface SeekResult {
  frame: TrafficFrame;
  /** Engine steps taken for this request. */
  steps: number;
}

/** What the full run left: the log (for paging), the episodes (for alerts), figures for the timeline. */
export interface RunRecord {
  events: SimEvent[];
  view: EventLogView;
  episodes: EpisodeIndex;
  kinds: [string, number][];
  marks: ReturnType<typeof timelineMarks>;
  busiest_s: number | null;
}

/**
 * Seeking restores the latest snapshot at or before the target (when going back, or when it saves steps) and steps
 * the replay engine forward. Monitors never change traffic, so the replay needs no detection. Before the full run
 * has finished, the replay engine keeps its own snapshots as it goes.
 */
export class ReplaySession {
  readonly engine: Engine;
  readonly ids: string[];
  private readonly scratch = new EventLog();
  private snapshots: EngineSnapshot[];
  private readonly snapshotEvery: number;
  private readonly totalSteps: number;
  private cancelled = false;
  record: RunRecord | null = null;

  constructor(readonly scenario: CompiledScenario) {
    this.engine = new Engine(scenario, this.scratch);
    this.ids = scenario.flights.map((f) => f.id);
    this.snapshots = [this.engine.snapshot()];
    this.snapshotEvery = Math.max(1, Math.round(scenario.snapshot_interval_s / scenario.time_step_s));
    this.totalSteps = Math.round(scenario.duration_s / scenario.time_step_s);
  }

  get snapshotCount(): number {
    return this.snapshots.length;
  }

  cancel(): void {
    this.cancelled = true;
  }

  /**
   * Runs the whole scenario once with the monitors `createMonitors` makes (after yielding once, so that the caller's
   * reply goes out first; strategic planning can take seconds); keeps its event log, episodes and snapshots.
   */
  async run(createMonitors: () => Monitor[], onProgress: (fraction: number) => void): Promise<RunRecord> {
    const yielding = createYieldingMonitor(() => this.cancelled, 40);
    await yielding.check(this.context());
    const monitors = createMonitors();
    let result: Awaited<ReturnType<typeof runSimulation>>;
    try {
      result = await runSimulation(this.scenario, {
        monitors: [...monitors, yielding],
        keepSnapshots: true,
        onProgress: (t, end) => onProgress(end > 0 ? t / end : 1),
        progressEvery: Math.max(1, this.scenario.duration_s / 100),
      });
    } finally {
      for (const m of monitors) await m.dispose?.();
    }
    const events = result.log.events;
    // The log is in time order already (engine and monitors log as time advances); keep it stable if not.
    if (events.some((e, k) => k > 0 && e.t < events[k - 1].t)) events.sort((x, y) => x.t - y.t);
    const indexOf = new Map(this.ids.map((id, i) => [id, i]));
    const table = buildEpisodes(events, (id) => indexOf.get(id) ?? -1, this.scenario.duration_s);
    this.snapshots = result.snapshots;
    this.record = {
      events,
      view: new EventLogView(events),
      episodes: new EpisodeIndex(table),
      kinds: kindCounts(events),
      marks: timelineMarks(table, this.scenario.duration_s),
      busiest_s: busiestAirborneTime(events),
    };
    onProgress(1);
    return this.record;
  }

  private context(): MonitorContext {
    return { scenario: this.scenario, frame: this.engine.frame, t: 0, log: this.scratch };
  }

  /** The traffic at scenario second t (the last step at or before t). The frame belongs to the engine: copy it. */
  seek(t: number): SeekResult {
    const dt = this.scenario.time_step_s;
    const target = Math.max(0, Math.min(this.totalSteps, Math.floor(t / dt + 1e-6)));
    const engine = this.engine;
    const snap = this.latestSnapshotAtOrBefore(target);
    if (target < engine.stepIndex || (snap && snap.stepIndex > engine.stepIndex)) engine.restore(snap!);
    let steps = 0;
    while (engine.stepIndex < target) {
      engine.step();
      steps++;
      if (!this.record && engine.stepIndex % this.snapshotEvery === 0) this.remember();
    }
    this.scratch.truncate(0);
    return { frame: engine.frame, steps };
  }

  private remember(): void {
    const last = this.snapshots[this.snapshots.length - 1];
    if (this.engine.stepIndex > last.stepIndex) this.snapshots.push(this.engine.snapshot());
  }

  private latestSnapshotAtOrBefore(step: number): EngineSnapshot | undefined {
    const s = this.snapshots;
    let lo = 0;
    let hi = s.length - 1;
    if (hi < 0 || s[0].stepIndex > step) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid].stepIndex <= step) lo = mid;
      else hi = mid - 1;
    }
    return s[lo];
  }
}
