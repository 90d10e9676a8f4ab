// Errors caused by input: file, line:column, the path inside the document, what was found and what was expected.

export type DocPath = readonly (string | number)[];

export interface LocatedError {
  file: string;
  /** 1-based line and column, when the place is known. */
  line?: number;
  column?: number;
  /** Path inside the document, e.g. flights[3].route[0].alt_m ('' for the whole document). */
  path: string;
  message: string;
  found?: string;
  expected?: string;
  /** A did-you-mean suggestion or another hint. */
  hint?: string;
}

/** flights[3].route[0].alt_m */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** One readable line: `file:12:5: flights[3].class: unknown aircraft class (found "x", expected …); did you mean "y"?` */
export function formatLocatedError(e: LocatedError): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
  const details: string[] = [];
  if (e.found !== undefined) details.push(`found ${e.found}`);
  if (e.expected !== undefined) details.push(`expected ${e.expected}`);
  const tail = details.length ? ` (${details.join(', ')})` : '';
  const hint = e.hint ? `; ${e.hint}` : '';
  return `${where}: ${e.path ? `${e.path}: ` : ''}${e.message}${tail}${hint}`;
}

/** A short description of a value for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length
      ? `a mapping (${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''})`
      : 'an empty mapping';
  }
  return typeof value;
}

/** The value at `path` inside a parsed document (undefined when the path leaves it), for "found …". */
export function valueAtPath(root: unknown, path: DocPath): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
