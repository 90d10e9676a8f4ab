// `skylane schema [--out FILE]`: prints or writes the scenario JSON Schema (scenarios/schema.json is made by this).
import { parseArgs } from 'node:util';
import { scenarioJsonSchema } from '../../core/scenario/json-schema';
import { writeOutputFile } from '../atomic-output';
import { type CliIo, EXIT_OK } from '../cli-io';

export async function runSchemaCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (values.out !== undefined) await writeOutputFile(values.out, [text]);
  else io.stdout(text);
  return EXIT_OK;
}
