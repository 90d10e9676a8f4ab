// Document helpers: did-you-mean, path formatting, and line:column of paths in YAML and JSON.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/core/document/did-you-mean';
import { describeValue, formatPath } from '../../../src/core/document/located-error';
import { parseDocumentText } from '../../../src/core/document/parse-document';

describe('did you mean', () => {
  it('measures edit distance and suggests only plausible typos', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(didYouMean('destinaton', ['origin', 'destination'])).toBe('destination');
    expect(didYouMean('zzz', ['origin', 'destination'])).toBeUndefined();
  });
});

describe('paths and values', () => {
  it('formats paths and describes values for messages', () => {
    expect(formatPath(['flights', 3, 'route', 0, 'alt_m'])).toBe('flights[3].route[0].alt_m');
    expect(formatPath(['a b', 1])).toBe('["a b"][1]');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({ a: 1 })).toBe('a mapping (a)');
  });
});

describe('source positions', () => {
  it('locates nodes and keys by path in YAML', () => {
    const r = parseDocumentText('a:\n  b: [1, 2, x]\n  "c d": {e: 5}\n', 'f.yaml');
    if (!r.ok) throw new Error('should parse');
    const p = r.doc.positions();
    expect(p.locate(['a', 'b', 2])).toEqual({ line: 2, column: 13 });
    expect(p.locateKey(['a', 'c d'])).toEqual({ line: 3, column: 3 });
    expect(p.locate(['a', 'c d', 'e'])).toEqual({ line: 3, column: 14 });
    // A missing path falls back to its nearest ancestor.
    expect(p.locate(['a', 'b', 9])).toEqual({ line: 2, column: 6 });
  });

  it('locates nodes in JSON parsed on the fast path', () => {
    const r = parseDocumentText('{\n  "x": [\n    {"y": 1}\n  ]\n}', 'f.json');
    if (!r.ok) throw new Error('should parse');
    expect(r.doc.positions().locate(['x', 0, 'y'])).toEqual({ line: 3, column: 11 });
  });

  it('rejects more than one YAML document', () => {
    const r = parseDocumentText('a: 1\n---\nb: 2\n', 'f.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/2 YAML documents/);
  });
});
