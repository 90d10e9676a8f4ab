// Writes scenarios/schema.json, docs/scenario-format.md and docs/report.schema.json from the zod schemas: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/core/report/report-schema';
import { formatReference } from '../src/core/scenario/format-reference';
import { scenarioJsonSchema } from '../src/core/scenario/json-schema';

export function generatedSchemaFiles(): Record<string, string> {
  const schema = scenarioJsonSchema();
  return {
    'scenarios/schema.json': `${JSON.stringify(schema, null, 2)}\n`,
    'docs/scenario-format.md': `# Scenario format reference\n\nGenerated from the zod schema by \`npm run schema\`; do not edit by hand.\nEvery scenario is one YAML or JSON file. Altitudes on route points carry their reference (\`ref: AGL\` or \`AMSL\`);\nwind layers are metres AMSL. Times are ISO 8601 date-times with offset or seconds after \`meta.start\`.\n\n${formatReference(schema as never)}`,
    'docs/report.schema.json': `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, text] of Object.entries(generatedSchemaFiles())) {
    writeFileSync(new URL(`../${path}`, import.meta.url), text);
    console.log(`wrote ${path}`);
  }
}
