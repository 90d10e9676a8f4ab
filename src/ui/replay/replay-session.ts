// One loaded scenario in the worker: its full run (events, snapshots) and a replay engine that seeks by restore + step.

import type { CompiledScenario } from '../../core/scenario/compiled';
import { Engine, type EngineSnapshot } from '../../core/sim/engine';
import { EventLog, type SimEvent } from '../../core/sim/events';
import type { Monitor } from '../../core/sim/monitor';
import { runSimulation } from '../../core/sim/run-simulation';
import type { TrafficFrame } from '../../core/sim/traffic-frame';
import { createYieldingMonitor } from './yielding-monitor';

export interface SeekResult {
  frame: TrafficFrame;
  /** Engine steps taken for this request. */
  steps: number;
}

/**
 * Seeking restores the latest snapshot at or before the target (when going back, or when it saves steps) and steps
 * the replay engine forward. Monitors never change traffic, so the replay needs no detection. Before the full run
 * has finished, the replay engine keeps its own snapshots as it goes.
 */
export class ReplaySession {
  readonly engine: Engine;
  private readonly scratch = new EventLog();
  private snapshots: EngineSnapshot[];
  private readonly snapshotEvery: number;
  private readonly totalSteps: number;
  private cancelled = false;
  events: SimEvent[] = [];
  runDone = false;

  constructor(readonly scenario: CompiledScenario) {
    this.engine = new Engine(scenario, this.scratch);
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

  /** Runs the whole scenario once with the given monitors; keeps its event log and snapshots. */
  async run(monitors: Monitor[], onProgress: (fraction: number) => void): Promise<void> {
    const result = await runSimulation(this.scenario, {
      monitors: [...monitors, createYieldingMonitor(() => this.cancelled)],
      keepSnapshots: true,
      onProgress: (t, end) => onProgress(end > 0 ? t / end : 1),
      progressEvery: Math.max(1, this.scenario.duration_s / 100),
    });
    this.events = result.log.events;
    this.snapshots = result.snapshots;
    this.runDone = true;
    onProgress(1);
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
      if (!this.runDone && engine.stepIndex % this.snapshotEvery === 0) this.remember();
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
