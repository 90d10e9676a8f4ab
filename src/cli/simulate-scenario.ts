// Simulates a compiled scenario the way `skylane run` does (standard monitors, tracks) and builds its report.

import { buildRunReport, type Provenance, type RunReport } from '../core/report/run-report';
import { createTrackRecorder, type FlightTrack } from '../core/report/track-recorder';
import type { CompiledScenario } from '../core/scenario/compiled';
import type { SimEvent } from '../core/sim/events';
import { runSimulation } from '../core/sim/run-simulation';
import { planScenario } from '../core/strategic/strategic-planner';
import { createRunMonitors, yieldToSignals } from './run-monitors';

export interface SimulatedRun {
  report: RunReport;
  events: readonly SimEvent[];
  tracks: readonly FlightTrack[];
}

export interface SimulateOptions {
  until?: number;
  /** Detection worker threads (0: in-process). */
  workers?: number;
  provenance?: Provenance;
  onProgress?: (t: number, end: number) => void;
}

export async function simulateScenario(
  compiled: CompiledScenario,
  options: SimulateOptions = {},
): Promise<SimulatedRun> {
  // The UTM plans first; what flies is the plan's flights (replanned ones moved, grounded ones kept down).
  const plan = planScenario(compiled);
  const flown: CompiledScenario = { ...compiled, flights: plan.flights };
  const recorder = createTrackRecorder(flown.flights.length);
  const run = createRunMonitors(flown, { workers: options.workers ?? 0, plan });
  const monitors = [...run.monitors, recorder, yieldToSignals()];
  let result: Awaited<ReturnType<typeof runSimulation>>;
  try {
    result = await runSimulation(flown, {
      monitors,
      until: options.until,
      onProgress: options.onProgress,
      progressEvery: 30,
    });
  } finally {
    await run.close();
  }
  const report = buildRunReport(flown, result.engine, result.log.events, run.monitors, {
    tracks: recorder.tracks,
    provenance: options.provenance,
  });
  return { report, events: result.log.events, tracks: recorder.tracks };
}
