// The scenario format as JSON Schema (draft 2020-12), generated from the zod schema for editors' autocompletion.
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://skylane.example/scenario.schema.json', title: 'Skylane scenario' };
}
