// Parses untrusted YAML or JSON text safely: size, depth, alias and key limits, with located syntax errors.
import { constructFromEvents, type Event, parseEvents } from 'js-yaml';
import { scanJsonStructure } from './json-structure';
import { describeValue, formatPath, type LocatedError } from './located-error';
import { SourcePositions } from './source-positions';

export const DOCUMENT_LIMITS = {
  /** Largest accepted text, in characters. */
  maxChars: 32 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 1000,
  /** A document may expand (through aliases) to at most this many times its own number of nodes. */
  maxExpansion: 4,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedDocument {
  file: string;
  value: unknown;
  /** Line:column lookups by path; built on first use (only needed when there are errors). */
  positions(): SourcePositions;
}

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; errors: LocatedError[] };

/**
 * Parses a YAML or JSON document: JSON text takes the fast JSON.parse path; YAML goes through js-yaml's
 * event parser (no code execution, depth and alias limits). Never throws for bad input.
 */
export function parseDocumentText(
  text: string,
  file: string,
  options: { /** 'any': the caller checks the root's shape (e.g. a list). */ root?: 'mapping' | 'any' } = {},
): ParseResult {
  const fail = (message: string, extra: Partial<LocatedError> = {}): ParseResult => ({
    ok: false,
    errors: [{ file, path: '', message, ...extra }],
  });
  if (text.length > DOCUMENT_LIMITS.maxChars) {
    return fail('file too large', {
      found: `${(text.length / 1048576).toFixed(1)} MB`,
      expected: `at most ${DOCUMENT_LIMITS.maxChars / 1048576} MB`,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const where = new SourcePositions(text, []).position(nul);
    return fail('not a text file: it contains NUL bytes', { ...where, expected: 'YAML or JSON text' });
  }
  if (text.trim() === '') return fail('the file is empty', { expected: 'a YAML or JSON document' });

  let value: unknown;
  let events: Event[] | undefined;
  const trimmed = text.trimStart();
  const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
  let parsedAsJson = false;
  if (looksJson) {
    try {
      value = JSON.parse(text);
      parsedAsJson = true;
    } catch {
      // Not strict JSON: YAML flow syntax is a superset; let the YAML parser report the place.
    }
    if (parsedAsJson) {
      const problem = scanJsonStructure(text, DOCUMENT_LIMITS.maxDepth);
      if (problem) {
        const { offset, ...rest } = problem;
        return fail(problem.message, { ...new SourcePositions(text, []).position(offset), ...rest });
      }
    }
  }
  if (!parsedAsJson) {
    try {
      events = parseEvents(text, { filename: file, maxDepth: DOCUMENT_LIMITS.maxDepth });
      const docs = constructFromEvents(events, {
        source: text,
        filename: file,
        maxAliases: DOCUMENT_LIMITS.maxAliases,
      });
      if (docs.length !== 1) {
        return fail(docs.length === 0 ? 'the file holds no document' : `the file holds ${docs.length} YAML documents`, {
          expected: 'exactly one document',
        });
      }
      value = docs[0];
    } catch (err) {
      return { ok: false, errors: [yamlError(err, file)] };
    }
  }

  let positions: SourcePositions | undefined;
  const doc: ParsedDocument = {
    file,
    value,
    positions: () => {
      positions ??= new SourcePositions(text, events);
      return positions;
    },
  };
  const budget = DOCUMENT_LIMITS.maxExpansion * (events ? events.length : text.length / 2) + 1000;
  const structural = checkStructure(value, budget);
  if (structural) {
    const where = doc.positions().locateKey(structural.path);
    return {
      ok: false,
      errors: [{ file, path: structural.pathText, message: structural.message, ...where, found: structural.found }],
    };
  }
  if (options.root !== 'any' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    return fail('the document is not a mapping', {
      found: describeValue(value),
      expected: 'a mapping of keys to values',
    });
  }
  return { ok: true, doc };
}

function yamlError(err: unknown, file: string): LocatedError {
  const e = err as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? e.message ?? String(err);
  const located: LocatedError = { file, path: '', message: `not valid YAML or JSON: ${reason}` };
  if (e.mark && e.mark.line >= 0) {
    located.line = e.mark.line + 1;
    located.column = e.mark.column + 1;
  }
  if (/maxDepth/.test(reason)) {
    located.message = 'the document is nested too deeply';
    located.expected = `at most ${DOCUMENT_LIMITS.maxDepth} levels`;
  } else if (/alias/i.test(reason)) {
    located.message = 'the document uses too many YAML aliases';
    located.expected = `at most ${DOCUMENT_LIMITS.maxAliases}`;
  }
  return located;
}

interface StructureProblem {
  path: (string | number)[];
  pathText: string;
  message: string;
  found?: string;
}

/** Rejects forbidden keys and documents that aliases expand beyond the node budget (YAML "billion laughs"). */
function checkStructure(root: unknown, budget: number): StructureProblem | undefined {
  let visited = 0;
  const path: (string | number)[] = [];
  const walk = (v: unknown): StructureProblem | undefined => {
    if (++visited > budget) {
      return {
        path: [...path],
        pathText: formatPath(path),
        message: 'the document expands to too many values (YAML alias bomb?)',
      };
    }
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const p = walk(v[i]);
        path.pop();
        if (p) return p;
      }
      return undefined;
    }
    for (const key of Object.keys(v)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        const p = { path: [...path], pathText: formatPath(path), message: 'forbidden key', found: JSON.stringify(key) };
        path.pop();
        return p;
      }
      const p = walk((v as Record<string, unknown>)[key]);
      path.pop();
      if (p) return p;
    }
    return undefined;
  };
  return walk(root);
}
