// `skylane generate traffic --flights N --seed S [--window S] [--duration S] [--out FILE]`: a synthetic scenario.
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { generateTraffic } from '../../core/scenario/generate-traffic';
import { checkOutputFile, writeOutputFile } from '../atomic-output';
import { type CliIo, EXIT_OK, UsageError } from '../cli-io';
import { bundledWorld } from '../load-scenario-file';
import { parseDuration } from '../parse-duration';

const USAGE =
  'usage: skylane generate traffic --flights N [--seed S] [--window DURATION] [--duration DURATION] [--out FILE.yaml|FILE.json]\n';

export async function runGenerateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      flights: { type: 'string' },
      seed: { type: 'string', default: '1' },
      window: { type: 'string' },
      duration: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length !== 1 || positionals[0] !== 'traffic') throw new UsageError(USAGE);
  const flights = Number(values.flights);
  if (values.flights === undefined || !Number.isInteger(flights) || flights < 1 || flights > 200_000) {
    throw new UsageError(`--flights: found "${values.flights ?? ''}", expected an integer from 1 to 200000\n${USAGE}`);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new UsageError(`--seed: found "${values.seed}", expected an integer from 0 to 4294967295\n`);
  }
  const duration = (name: 'window' | 'duration') => {
    const text = values[name];
    if (text === undefined) return undefined;
    const v = parseDuration(text);
    if (v === undefined || v <= 0)
      throw new UsageError(`--${name}: found "${text}", expected a duration such as 600, 30m or 2h\n`);
    return v;
  };
  if (values.out !== undefined) checkOutputFile(values.out);
  const scenario = generateTraffic(bundledWorld(), {
    flights,
    seed,
    window_s: duration('window'),
    duration_s: duration('duration'),
  });
  const out = values.out;
  const json = out?.toLowerCase().endsWith('.json');
  const text = json ? JSON.stringify(scenario) : dump(scenario, { lineWidth: 200, flowLevel: 3 });
  if (out !== undefined) {
    await writeOutputFile(out, [text]);
    io.stderr(`wrote ${out} (${flights} flights, ${(text.length / 1e6).toFixed(2)} MB)\n`);
  } else io.stdout(text);
  return EXIT_OK;
}
