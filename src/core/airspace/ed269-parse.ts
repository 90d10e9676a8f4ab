// Validates an ED-269 document (an already parsed value or JSON text) and reports problems by their path inside it.
import type { z } from 'zod';
import { formatPath } from '../document/located-error';
import { type Ed269Document, normaliseEd269Document } from './ed269-normalise';
import { ed269DocumentSchema } from './ed269-schema';

/** One problem: where in the document (keys and array indices) and what is wrong. */
export interface PathIssue {
  path: (string | number)[];
  message: string;
}
export type Ed269Issue = PathIssue;

export type Ed269ParseResult = { ok: true; document: Ed269Document } | { ok: false; issues: Ed269Issue[] };

/** Most issues reported for one ED-269 file. */
const MAX_ISSUES = 100;

/** Zod issues as path + message, at most MAX_ISSUES of them. */
export function issuesFromZod(error: z.ZodError): PathIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/** Formats a path the way Skylane's messages do: features[2].geometry[0].upperLimit ('(document)' for the root). */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return formatPath(path) || '(document)';
}

/**
 * Validates a parsed ED-269 value (either wrapper) and returns it in canonical form, or every problem with its path.
 * The scenario loader maps paths to line:column; this module does not look at text positions.
 */
export function parseEd269(value: unknown): Ed269ParseResult {
  const result = ed269DocumentSchema.safeParse(value);
  if (!result.success) return { ok: false, issues: issuesFromZod(result.error) };
  return { ok: true, document: normaliseEd269Document(result.data) };
}

/** Parses ED-269 JSON text from a standalone file; JSON syntax errors are reported at the document root. */
export function parseEd269Text(text: string, fileName: string): Ed269ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, issues: [{ path: [], message: `${fileName} is not valid JSON: ${reason}` }] };
  }
  return parseEd269(value);
}
