// The monitors every full run attaches (CLI and browser alike), so both produce the same event log.
import type { DetectPool } from '../detect/detect-pool';
import { createTacticalMonitor } from '../detect/tactical-monitor';
import type { CompiledScenario } from '../scenario/compiled';
import { createConformanceMonitor } from '../strategic/conformance-monitor';
import { type PlanResult, planScenario } from '../strategic/strategic-planner';
import type { Monitor } from './monitor';

export interface StandardMonitorOptions {
  /** Detection worker pool; in-process detection when absent (same events either way). */
  detectPool?: DetectPool;
  /** A plan already made for this scenario (the viewer shows it too); planned here when absent. */
  plan?: PlanResult;
}

/**
 * Tactical detection (conflicts, losses of separation, NMAC, zone, clearance and CAD-height episodes), conformance
 * monitoring of the accepted operational intents, and the strategic plan's figures for the report.
 */
export function createStandardMonitors(scenario: CompiledScenario, options: StandardMonitorOptions = {}): Monitor[] {
  const plan = options.plan ?? planScenario(scenario);
  const strategic: Monitor = {
    name: 'strategic',
    check() {},
    finish() {},
    report: () => ({ ...plan.stats }),
  };
  return [
    createTacticalMonitor(scenario, { pool: options.detectPool }),
    createConformanceMonitor(scenario, plan.intents),
    strategic,
  ];
}
