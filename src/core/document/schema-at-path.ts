// Finds the zod schema that validates a given path of a document (for allowed keys, enum values and descriptions).
import { type ZodType, z } from 'zod';

interface Def {
  type: string;
  innerType?: ZodType;
  in?: ZodType;
  shape?: Record<string, ZodType>;
  element?: ZodType;
  valueType?: ZodType;
  options?: ZodType[];
  getter?: () => ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (s: ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/nullable/pipe wrappers. */
export function unwrapSchema(schema: ZodType): ZodType {
  for (let i = 0; i < 20; i++) {
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in) schema = def.in;
    else if (def.type === 'lazy' && def.getter) schema = def.getter();
    else break;
  }
  return schema;
}

/** The schema for `path`, descending objects, arrays, records and the first union member that has the path. */
export function schemaAtPath(schema: ZodType, path: readonly (string | number)[]): ZodType | undefined {
  let current: ZodType | undefined = schema;
  for (const part of path) {
    if (!current) return undefined;
    current = childSchema(unwrapSchema(current), part);
  }
  return current;
}

function childSchema(schema: ZodType, part: string | number): ZodType | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return typeof part === 'string' ? def.shape?.[part] : undefined;
    case 'array':
      return def.element;
    case 'record':
      return def.valueType;
    case 'union':
      for (const option of def.options ?? []) {
        const child = childSchema(unwrapSchema(option), part);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The keys an object schema at `path` allows. */
export function allowedKeys(schema: ZodType, path: readonly (string | number)[]): string[] {
  const at = schemaAtPath(schema, path);
  if (!at) return [];
  const def = defOf(unwrapSchema(at));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The description given with .describe(), looking through wrappers. */
export function schemaDescription(schema: ZodType | undefined): string | undefined {
  for (let s = schema, i = 0; s && i < 20; i++) {
    const d = z.globalRegistry.get(s)?.description ?? (s as { description?: string }).description;
    if (d) return d;
    const def = defOf(s);
    s = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return undefined;
}
