// Checks what JSON.parse lets through in valid JSON text: nesting deeper than the limit, and duplicate keys.

export interface JsonStructureProblem {
  /** Offset in the text of the opening bracket or the repeated key. */
  offset: number;
  message: string;
  found?: string;
  expected: string;
}

/**
 * One linear pass over text that JSON.parse accepted (no recursion, so 100,000 levels cost nothing): the first
 * bracket nested deeper than `maxDepth`, or the first key repeated in its object (YAML rejects those too).
 * @example scanJsonStructure('{"a":1,"a":2}', 64)?.message // 'duplicate key'
 */
export function scanJsonStructure(text: string, maxDepth: number): JsonStructureProblem | undefined {
  // One entry per open bracket: the keys of an object so far, or null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (keys.has(key)) {
          return { offset: start, message: 'duplicate key', found: JSON.stringify(key), expected: 'each key once' };
        }
        keys.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (open.length >= maxDepth) {
        return {
          offset: i,
          message: 'the document is nested too deeply',
          expected: `at most ${maxDepth} levels`,
        };
      }
      open.push(c === 0x7b ? new Set() : null);
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = open[open.length - 1] != null;
    }
  }
  return undefined;
}
