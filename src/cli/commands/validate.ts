// `skylane validate <file…>`: checks scenario files and prints every error; exit 2 if any file is bad.
import { parseArgs } from 'node:util';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, printErrors } from '../cli-io';
import { loadScenarioFile } from '../load-scenario-file';

export async function runValidateCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length === 0) {
    io.stderr('usage: skylane validate <file…>\n');
    return EXIT_BAD_INPUT;
  }
  let bad = 0;
  for (const file of positionals) {
    const r = await loadScenarioFile(file);
    if (r.ok)
      io.stdout(
        `${file}: ok (${r.scenario.flights.length} flight${r.scenario.flights.length === 1 ? '' : 's'}, ${r.scenario.name})\n`,
      );
    else {
      bad++;
      printErrors(io, r.errors);
    }
  }
  return bad ? EXIT_BAD_INPUT : EXIT_OK;
}
