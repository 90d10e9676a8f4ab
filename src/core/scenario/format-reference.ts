// The scenario format reference as a Markdown table, generated from the JSON Schema (so docs cannot drift).

type Node = {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  anyOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
};

function typeOf(n: Node): string {
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (n.anyOf) return n.anyOf.map(typeOf).join(' or ');
  if (n.type === 'array') return `list of ${n.items ? typeOf(n.items) : 'values'}`;
  if (n.type === 'object') return n.properties ? 'mapping' : 'mapping of name → value';
  if (n.format === 'date-time') return 'ISO 8601 date-time';
  const bounds: string[] = [];
  if (n.exclusiveMinimum !== undefined) bounds.push(`> ${n.exclusiveMinimum}`);
  if (n.minimum !== undefined) bounds.push(`≥ ${n.minimum}`);
  if (n.maximum !== undefined) bounds.push(`≤ ${n.maximum}`);
  const t = n.type === 'integer' ? 'integer' : String(n.type ?? 'value');
  return bounds.length ? `${t} (${bounds.join(', ')})` : t;
}

/** Rows of `| key | type | required | default | description |` for every field, depth first. */
export function formatReference(schema: Node): string {
  const rows: string[] = ['| field | type | required | default | description |', '|---|---|---|---|---|'];
  const walk = (n: Node, path: string) => {
    if (n.anyOf) for (const option of n.anyOf) if (option.properties || option.items) walk(option, path);
    if (n.properties) {
      for (const [key, child] of Object.entries(n.properties)) {
        const p = path ? `${path}.${key}` : key;
        const required = n.required?.includes(key) ? 'yes' : '';
        const def = child.default === undefined ? '' : `\`${JSON.stringify(child.default)}\``;
        rows.push(`| \`${p}\` | ${typeOf(child)} | ${required} | ${def} | ${child.description ?? ''} |`);
        walk(child, p);
      }
    }
    if (n.type === 'array' && n.items) walk(n.items, `${path}[]`);
    if (n.type === 'object' && !n.properties && typeof n.additionalProperties === 'object') {
      walk(n.additionalProperties, `${path}.<name>`);
    }
  };
  walk(schema, '');
  return `${rows.join('\n')}\n`;
}
