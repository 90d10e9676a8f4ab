// `skylane intents <scenario> [--json]`: the ASTM F3548 operational intents of the accepted flights.
import type { CompiledScenario } from '../../core/scenario/compiled';
import { offsetLabel } from '../../core/scenario/scenario-time';
import type { PlannedIntent, PlanResult } from '../../core/strategic/strategic-planner';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../cli-io';
import { clockTime, DEFAULT_STRATEGIC_DEPS, loadAndPlan, type StrategicCommandDeps } from './plan';

function summary(scenario: CompiledScenario, p: PlannedIntent): string {
  const { reference, details } = p.intent;
  const t0 = Math.min(...p.volumes.map((v) => v.t0));
  const t1 = Math.max(...p.volumes.map((v) => v.t1));
  const z0 = Math.min(...p.volumes.map((v) => v.z0));
  const z1 = Math.max(...p.volumes.map((v) => v.z1));
  const circles = p.volumes.filter((v) => v.footprint.kind === 'circle').length;
  return [
    `${p.flight_id}  ${reference.id}  ${reference.state} v${reference.version}  priority ${details.priority}`,
    `    ${details.volumes.length} volumes (${circles} circles, ${details.volumes.length - circles} polygons)` +
      `  ${clockTime(scenario, t0)}–${clockTime(scenario, t1)} (${offsetLabel(scenario.utc_offset_min)})` +
      `  ${Math.round(z0)}–${Math.round(z1)} m W84  manager ${reference.manager}`,
  ].join('\n');
}

/** Readable text: one block per accepted intent, then what was left out. */
export function formatIntents(scenario: CompiledScenario, plan: PlanResult): string {
  const lines = [`Operational intents — ${scenario.name} (${plan.intents.length} accepted)`];
  for (const p of plan.intents) lines.push(summary(scenario, p));
  const without = withoutIntent(plan);
  if (without > 0) {
    lines.push(`${without} rejected flights have no intent (see skylane plan)`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runIntentsCommand(
  args: string[],
  io: CliIo,
  deps: StrategicCommandDeps = DEFAULT_STRATEGIC_DEPS,
): Promise<number> {
  const r = await loadAndPlan('intents', args, io, deps);
  if (!r) return EXIT_BAD_INPUT;
  if (r.json) {
    io.stdout(
      `${JSON.stringify(
        r.plan.intents.map((p) => p.intent),
        null,
        2,
      )}\n`,
    );
    const without = withoutIntent(r.plan);
    if (without > 0) io.stderr(`${without} rejected flights have no intent (see skylane plan)\n`);
  } else io.stdout(formatIntents(r.scenario, r.plan));
  return EXIT_OK;
}

/** Rejected flights that did not get an intent by replanning either. */
function withoutIntent(plan: PlanResult): number {
  return plan.decisions.filter((d) => d.status === 'Rejected' && d.replan?.status !== 'Accepted').length;
}
