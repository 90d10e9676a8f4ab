// The monitors a `skylane run` attaches: the standard set, with detection in worker threads when asked.
import type { CompiledScenario } from '../core/scenario/compiled';
import type { Monitor } from '../core/sim/monitor';
import { createStandardMonitors } from '../core/sim/standard-monitors';
import { createNodeDetectPool } from './detect-pool-node';

export interface RunMonitorOptions {
  /** Detection workers (worker_threads); 0 runs detection in-process. */
  workers: number;
}

/** The standard monitors; their dispose() also stops the worker pool when there is one. */
export function createRunMonitors(scenario: CompiledScenario, options: RunMonitorOptions): Monitor[] {
  const pool = options.workers > 0 ? createNodeDetectPool(options.workers) : undefined;
  const monitors = createStandardMonitors(scenario, { detectPool: pool });
  if (pool)
    monitors.push({
      name: 'detect-pool',
      check() {},
      finish() {},
      report: () => ({ workers: pool.size }),
      dispose: () => pool.close(),
    });
  return monitors;
}
