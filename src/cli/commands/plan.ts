// `skylane plan <scenario> [--intents FILE] [--json]`: strategic approval of every flight in submission order, as a table or JSON.
import { parseArgs } from 'node:util';
import type { CompiledScenario } from '../../core/scenario/compiled';
import type { LoadResult } from '../../core/scenario/load-scenario';
import { formatClock, offsetLabel } from '../../core/scenario/scenario-time';
import { describeReason } from '../../core/strategic/approval-reasons';
import { type PlanResult, planScenario } from '../../core/strategic/strategic-planner';
import { altitudeShiftText, delayText } from '../../core/strategic/suggestion-text';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, printErrors } from '../cli-io';
import { loadIntentsFile } from '../load-intents-file';
import { loadScenarioFile } from '../load-scenario-file';

/** What the strategic commands need from outside: loading and compiling a scenario file (injectable for tests). */
export interface StrategicCommandDeps {
  loadScenario(path: string): Promise<LoadResult>;
}

export const DEFAULT_STRATEGIC_DEPS: StrategicCommandDeps = { loadScenario: (path) => loadScenarioFile(path) };

/** Parses `<scenario> [--intents FILE] [--json]`; null (after printing usage) when the arguments are wrong. */
export function parseScenarioArgs(
  command: string,
  args: string[],
  io: CliIo,
): { file: string; intents: string | undefined; json: boolean } | null {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, intents: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    io.stderr(`usage: skylane ${command} <scenario> [--intents FILE.json] [--json]\n`);
    return null;
  }
  return { file: positionals[0], intents: values.intents, json: values.json === true };
}

/**
 * Loads and plans a scenario around the other USSs' intents of `--intents FILE` (every one must be valid), printing
 * located errors; null on bad input.
 */
export async function loadAndPlan(
  command: string,
  args: string[],
  io: CliIo,
  deps: StrategicCommandDeps,
): Promise<{ scenario: CompiledScenario; plan: PlanResult; json: boolean } | null> {
  const parsed = parseScenarioArgs(command, args, io);
  if (!parsed) return null;
  const loaded = await deps.loadScenario(parsed.file);
  if (!loaded.ok) {
    printErrors(io, loaded.errors);
    return null;
  }
  const scenario = await withIntentsOption(loaded.scenario, parsed.intents, io);
  return scenario && { scenario, plan: planScenario(scenario), json: parsed.json };
}

/**
 * The scenario with the other USSs' intents of `--intents FILE` added to its own external_intents; null (after
 * printing the file's located errors) when the file is bad.
 */
export async function withIntentsOption(
  scenario: CompiledScenario,
  file: string | undefined,
  io: CliIo,
): Promise<CompiledScenario | null> {
  if (file === undefined) return scenario;
  const r = await loadIntentsFile(file, scenario.start_epoch_ms);
  if (!r.ok) {
    printErrors(io, r.errors);
    return null;
  }
  return { ...scenario, external_intents: [...scenario.external_intents, ...r.intents] };
}

/** "07:40" in the scenario's local offset, for scenario seconds t. */
export function clockTime(scenario: CompiledScenario, t: number): string {
  return formatClock(t, scenario.start_epoch_ms, scenario.utc_offset_min).slice(0, 5);
}

/** The approval table: one row per flight, its blocking reasons (✗) and warnings (!) indented below. */
export function formatApprovalTable(scenario: CompiledScenario, plan: PlanResult): string {
  const rows = plan.decisions.map((d) => [
    d.flight_id,
    String(d.priority),
    d.status,
    `${clockTime(scenario, d.time_start_s)}–${clockTime(scenario, d.time_end_s)}`,
    d.status === 'Rejected' ? (d.suggested_delay_s === null ? '—' : delayText(d.suggested_delay_s)) : '',
    d.status === 'Rejected' ? (d.suggested_altitude ? altitudeShiftText(d.suggested_altitude) : '—') : '',
  ]);
  const head = ['flight', 'prio', 'status', `window (${offsetLabel(scenario.utc_offset_min)})`, 'delay', 'altitude'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const out = [
    `Strategic approval — ${scenario.name} (equal-priority conflicts ${
      scenario.equal_priority_conflicts_permitted ? 'permitted' : 'not permitted'
    })`,
    line(head),
  ];
  plan.decisions.forEach((d, i) => {
    out.push(line(rows[i]));
    for (const r of d.reasons) out.push(`    ✗ ${describeReason(r)}`);
    for (const w of d.warnings) out.push(`    ! ${describeReason(w)}`);
  });
  const s = plan.stats;
  out.push(
    `${s.flights} flights: ${s.accepted} accepted, ${s.rejected} rejected · ${s.volumes} volumes · ${s.pairs_tested} volume pairs tested`,
  );
  return `${out.join('\n')}\n`;
}

export async function runPlanCommand(
  args: string[],
  io: CliIo,
  deps: StrategicCommandDeps = DEFAULT_STRATEGIC_DEPS,
): Promise<number> {
  const r = await loadAndPlan('plan', args, io, deps);
  if (!r) return EXIT_BAD_INPUT;
  if (r.json) {
    const { decisions, stats } = r.plan;
    const doc = {
      scenario: r.scenario.name,
      equal_priority_conflicts_permitted: r.scenario.equal_priority_conflicts_permitted,
      stats,
      decisions,
    };
    io.stdout(`${JSON.stringify(doc, null, 2)}\n`);
  } else io.stdout(formatApprovalTable(r.scenario, r.plan));
  return EXIT_OK;
}
