// Loads a scenario from text: parse, validate against the schema, check references, compile — or every error, located.
import { describeValue, formatPath, type LocatedError, valueAtPath } from '../document/located-error';
import { type ParsedDocument, parseDocumentText } from '../document/parse-document';
import { schemaIssuesToErrors } from '../document/schema-issues';
import type { OperationalIntent } from '../strategic/f3548-types';
import { parseExternalIntents } from '../strategic/intent-validation';
import type { World } from '../world/world';
import { checkScenario } from './check-scenario';
import { compileScenario, separationTable } from './compile-scenario';
import type { CompiledScenario } from './compiled';
import type { PathError } from './path-error';
import { resolveClasses } from './resolve-classes';
import { isoToEpochMs } from './scenario-time';
import { scenarioSchema } from './schema';

export type LoadResult = { ok: true; scenario: CompiledScenario } | { ok: false; errors: LocatedError[] };

export interface LoadOverrides {
  /** Replaces meta.seed (the command line's --seed). */
  seed?: number;
}

/** Every problem of a scenario text at once (empty when valid), or the compiled scenario. Never throws on bad input. */
export function loadScenario(text: string, file: string, world: World, overrides: LoadOverrides = {}): LoadResult {
  const parsed = parseDocumentText(text, file);
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  const result = scenarioSchema.safeParse(doc.value);
  if (!result.success)
    return { ok: false, errors: sortErrors(schemaIssuesToErrors(result.error.issues, scenarioSchema, doc)) };
  const scenario = result.data;
  if (overrides.seed !== undefined) scenario.meta.seed = overrides.seed;
  const { classes, errors: classErrors } = resolveClasses(scenario);
  const errors = [...classErrors, ...checkScenario(scenario, world, classes, Object.keys(separationTable(scenario)))];
  let externalIntents: OperationalIntent[] = [];
  if (Array.isArray(scenario.external_intents)) {
    const r = parseExternalIntents(scenario.external_intents, { now_epoch_ms: isoToEpochMs(scenario.meta.start) });
    if (r.ok) externalIntents = r.intents;
    else {
      for (const issue of r.issues) {
        const path = ['external_intents', ...issue.path];
        errors.push({ path, message: issue.message, found: describeValue(valueAtPath(doc.value, path)) });
      }
    }
  }
  if (errors.length) return { ok: false, errors: sortErrors(errors.map((e) => locate(e, doc))) };
  return { ok: true, scenario: compileScenario(scenario, world, classes, file, externalIntents) };
}

export function locate(e: PathError, doc: ParsedDocument): LocatedError {
  const positions = doc.positions();
  const where = e.atKey ? positions.locateKey(e.path) : positions.locate(e.path);
  return {
    file: doc.file,
    path: formatPath(e.path),
    message: e.message,
    found: e.found,
    expected: e.expected,
    hint: e.hint,
    ...where,
  };
}

function sortErrors(errors: LocatedError[]): LocatedError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
