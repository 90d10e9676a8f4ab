// Turns zod validation issues into located errors with found/expected and did-you-mean hints.
import type { ZodType, z } from 'zod';
import { didYouMeanHint } from './did-you-mean';
import { type DocPath, describeValue, formatPath, type LocatedError } from './located-error';
import type { ParsedDocument } from './parse-document';
import { allowedKeys, schemaAtPath, schemaDescription } from './schema-at-path';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: DocPath): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** Located errors for all zod issues, in document order of appearance by path. */
export function schemaIssuesToErrors(issues: readonly Issue[], schema: ZodType, doc: ParsedDocument): LocatedError[] {
  const out: LocatedError[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push({
          file: doc.file,
          path: formatPath(keyPath),
          message: 'unknown key',
          found: JSON.stringify(key),
          expected: known.length ? `one of ${known.join(', ')}` : undefined,
          hint: didYouMeanHint(key, known),
          ...doc.positions().locateKey(keyPath),
        });
      }
      continue;
    }
    out.push(issueToError(issue, path, schema, doc));
  }
  return out;
}

function issueToError(issue: Issue, path: DocPath, schema: ZodType, doc: ParsedDocument): LocatedError {
  const value = valueAt(doc.value, path);
  const base: LocatedError = {
    file: doc.file,
    path: formatPath(path),
    message: issue.message,
    found: describeValue(value),
    ...doc.positions().locate(path),
  };
  const description = schemaDescription(schemaAtPath(schema, path));
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return {
          ...base,
          message: 'missing required field',
          found: undefined,
          expected: description ?? issue.expected,
        };
      return {
        ...base,
        message: 'wrong type',
        expected: `${article(issue.expected)}${description ? ` (${description})` : ''}`,
      };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return {
        ...base,
        message: 'not an allowed value',
        expected: values.length === 1 ? values[0] : `one of ${values.join(', ')}`,
        hint: allowedValueHint(value, issue.values),
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const incl = issue.inclusive !== false;
      const op = small ? (incl ? '≥' : '>') : incl ? '≤' : '<';
      const what = issue.origin === 'array' ? 'items' : issue.origin === 'string' ? 'characters' : '';
      const found = issue.origin === 'array' && Array.isArray(value) ? `${value.length} items` : base.found;
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return {
        ...base,
        message: small ? 'too small' : 'too large',
        found,
        expected: `${op} ${String(limit)}${what ? ` ${what}` : ''}`,
      };
    }
    case 'invalid_format': {
      // A pattern's rule is in the schema's message ("letters, digits and …"), never the bare word "regex".
      const rule = issue.format === 'regex' ? issue.message : issue.format;
      return { ...base, message: 'wrong format', expected: description ? `${description}: ${rule}` : rule };
    }
    case 'invalid_union':
      return { ...base, message: 'wrong value', expected: description ?? 'one of the allowed forms' };
    case 'not_multiple_of':
      return { ...base, message: 'not a multiple', expected: `a multiple of ${issue.divisor}` };
    default:
      return { ...base, expected: description };
  }
}

/** `write 1 without quotes` for a quoted number or boolean, else a did-you-mean among the allowed strings. */
function allowedValueHint(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const unquoted = allowed.find((v) => typeof v !== 'string' && String(v) === value.trim());
  if (unquoted !== undefined) return `write ${String(unquoted)} without quotes`;
  const words = allowed.filter((v): v is string => typeof v === 'string' && v !== value);
  return didYouMeanHint(value, words);
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'int') return 'an integer';
  if (type === 'object') return 'a mapping';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
