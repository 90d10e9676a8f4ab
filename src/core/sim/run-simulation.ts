// Runs a compiled scenario to its end: engine steps, monitors every detection interval, snapshots for seeking.
import type { CompiledScenario } from '../scenario/compiled';
import { Engine, type EngineSnapshot } from './engine';
import { EventLog } from './events';
import type { Monitor, MonitorContext } from './monitor';

export interface RunOptions {
  monitors?: Monitor[];
  /** Stop at this many seconds instead of the scenario duration. */
  until?: number;
  /** Keep engine snapshots every scenario.snapshot_interval_s (for replay seeking). */
  keepSnapshots?: boolean;
  /** Called about every `progressEvery` simulated seconds. */
  onProgress?: (t: number, end: number) => void;
  progressEvery?: number;
}

export interface RunResult {
  engine: Engine;
  log: EventLog;
  snapshots: EngineSnapshot[];
  end: number;
}

/** Deterministic: the same compiled scenario gives the same event log, with or without monitors running in workers. */
export async function runSimulation(scenario: CompiledScenario, options: RunOptions = {}): Promise<RunResult> {
  const log = new EventLog();
  const engine = new Engine(scenario, log);
  const end = Math.min(options.until ?? scenario.duration_s, scenario.duration_s);
  const monitors = options.monitors ?? [];
  const detectEvery = Math.max(1, Math.round(scenario.detect_interval_s / scenario.time_step_s));
  const snapshotEvery = Math.max(1, Math.round(scenario.snapshot_interval_s / scenario.time_step_s));
  const progressEvery = Math.max(1, Math.round((options.progressEvery ?? 60) / scenario.time_step_s));
  const totalSteps = Math.round(end / scenario.time_step_s);
  const snapshots: EngineSnapshot[] = options.keepSnapshots ? [engine.snapshot()] : [];
  const ctx: MonitorContext = { scenario, frame: engine.frame, t: 0, log };
  while (engine.stepIndex < totalSteps) {
    engine.step();
    const k = engine.stepIndex;
    if (monitors.length && k % detectEvery === 0) {
      ctx.t = engine.t;
      for (const m of monitors) await m.check(ctx);
    }
    if (options.keepSnapshots && k % snapshotEvery === 0) snapshots.push(engine.snapshot());
    if (options.onProgress && k % progressEvery === 0) options.onProgress(engine.t, end);
  }
  ctx.t = engine.t;
  for (const m of monitors) m.finish(ctx);
  return { engine, log, snapshots, end };
}
