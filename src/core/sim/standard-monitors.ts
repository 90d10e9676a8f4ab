// The monitors every full run attaches (CLI and browser alike), so both produce the same event log.
import type { CompiledScenario } from '../scenario/compiled';
import type { Monitor } from './monitor';

export interface StandardMonitorOptions {
  /** Reserved for a detection worker pool; in-process detection when absent. */
  detectPool?: unknown;
}

/** Tactical detection and intent conformance monitors for a compiled scenario (wired as those modules land). */
export function createStandardMonitors(_scenario: CompiledScenario, _options: StandardMonitorOptions = {}): Monitor[] {
  return [];
}
