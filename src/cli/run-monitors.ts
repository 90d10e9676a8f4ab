// The monitors a `skylane run` attaches: the standard set, with detection in worker threads when asked.

import type { CompiledScenario } from '../core/scenario/compiled';
import type { Monitor } from '../core/sim/monitor';
import { createStandardMonitors } from '../core/sim/standard-monitors';
import type { PlanResult } from '../core/strategic/strategic-planner';
import { createNodeDetectPool } from './detect-pool-node';

export interface RunMonitorOptions {
  /** Detection workers (worker_threads); 0 runs detection in-process. */
  workers: number;
  /** The scenario's strategic plan, when already made (planned by the monitors otherwise). */
  plan?: PlanResult;
}

export interface RunMonitors {
  monitors: Monitor[];
  /** Disposes the monitors and stops the worker pool, if any. */
  close(): Promise<void>;
}

/**
 * The standard monitors and how to close them. Nothing about the worker pool goes into the monitors' reports, so
 * report.json is the same whatever the number of workers.
 */
export function createRunMonitors(scenario: CompiledScenario, options: RunMonitorOptions): RunMonitors {
  const pool = options.workers > 0 ? createNodeDetectPool(options.workers) : undefined;
  const monitors = createStandardMonitors(scenario, { detectPool: pool, plan: options.plan });
  return {
    monitors,
    async close() {
      for (const m of monitors) await m.dispose?.();
      await pool?.close();
    },
  };
}

/**
 * A monitor that observes nothing and reports nothing: about every 100 ms of wall time it lets the event loop turn,
 * so SIGINT/SIGTERM are handled during a long in-process simulation (the CLI's atomic output cleanup).
 */
export function yieldToSignals(): Monitor {
  let last = performance.now();
  return {
    name: 'yield-to-signals',
    check() {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      return new Promise<void>((resolve) => setImmediate(resolve));
    },
    finish() {},
    report: () => ({}),
  };
}
