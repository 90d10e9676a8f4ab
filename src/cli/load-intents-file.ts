// Reads a `--intents` file: other USSs' F3548 operational intents, validated by parseExternalIntents, errors located.
import { describeValue, formatPath, type LocatedError, valueAtPath } from '../core/document/located-error';
import { parseDocumentText } from '../core/document/parse-document';
import type { OperationalIntent } from '../core/strategic/f3548-types';
import { parseExternalIntents } from '../core/strategic/intent-validation';
import { readInputFile } from './read-input-file';

export type IntentsFileResult = { ok: true; intents: OperationalIntent[] } | { ok: false; errors: LocatedError[] };

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
      found: describeValue(valueAtPath(doc.value, issue.path)),
      ...positions.locate(issue.path),
    })),
  };
}
