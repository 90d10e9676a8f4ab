// The monitors a `skylane run` attaches to the engine: tactical detection and intent conformance.
import type { CompiledScenario } from '../core/scenario/compiled';
import type { Monitor } from '../core/sim/monitor';

export interface RunMonitorOptions {
  /** Detection workers (worker_threads); 0 runs detection in-process. */
  workers: number;
}

export async function createRunMonitors(_scenario: CompiledScenario, _options: RunMonitorOptions): Promise<Monitor[]> {
  return [];
}
