// The committed JSON Schema and format reference are exactly what the zod schema generates (run `npm run schema`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../scripts/write-schema';

describe('generated schema files', () => {
  for (const [path, text] of Object.entries(generatedSchemaFiles())) {
    it(`${path} is up to date`, () => {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')).toBe(text);
    });
  }

  it('describes every top-level section and the flight fields', () => {
    const schema = JSON.parse(generatedSchemaFiles()['scenarios/schema.json']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'skylane',
        'meta',
        'aircraft_classes',
        'flights',
        'weather',
        'separation',
        'rules',
        'strategic',
      ]),
    );
    expect(Object.keys(schema.properties.flights.items.properties)).toContain('authorisations');
    expect(schema.properties.flights.items.additionalProperties).toBe(false);
  });
});
