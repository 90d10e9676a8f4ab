// Reads a `--intents` file: other USSs' F3548 operational intents, validated by parseExternalIntents, errors located.
import { describeValue, formatPath, type LocatedError } from '../core/document/located-error';
import { parseDocumentText } from '../core/document/parse-document';
import type { OperationalIntent } from '../core/strategic/f3548-types';
import { parseExternalIntents } from '../core/strategic/intent-validation';
import { readInputFile } from './read-input-file';

export type IntentsFileResult = { ok: true; intents: OperationalIntent[] } | { ok: false; errors: LocatedError[] };

/** The value at `path` inside `root` (undefined when the path leaves the document). */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** Loads and validates the file; `now_epoch_ms` is the planning instant (the scenario's start). */
export async function loadIntentsFile(path: string, now_epoch_ms: number): Promise<IntentsFileResult> {
  const read = await readInputFile(path);
  if (!read.ok) return read;
  const parsed = parseDocumentText(read.text, path, { root: 'any' });
  if (!parsed.ok) return parsed;
  const doc = parsed.doc;
  const r = parseExternalIntents(doc.value, { now_epoch_ms });
  if (r.ok) return r;
  const positions = doc.positions();
  return {
    ok: false,
    errors: r.issues.map((issue) => ({
      file: path,
      path: formatPath(issue.path),
      message: issue.message,
      found: describeValue(valueAt(doc.value, issue.path)),
      ...positions.locate(issue.path),
    })),
  };
}
