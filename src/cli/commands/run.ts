// `skylane run <file> [--out DIR] [--until T] [--seed N] [--intents FILE] [--json]`: simulates a scenario and writes its report.
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { summaryText } from '../../core/report/summary-text';
import { tracksGeoJsonChunks } from '../../core/report/tracks-geojson';
import { formatLocalIso } from '../../core/scenario/scenario-time';
import { eventToJson } from '../../core/sim/events';
import { checkOutputDir, writeOutputDir, writeTextFile } from '../atomic-output';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, printErrors, UsageError } from '../cli-io';
import { loadScenarioFile } from '../load-scenario-file';
import { parseDuration } from '../parse-duration';
import { progressBar } from '../progress-bar';
import { scenarioProvenance } from '../provenance';
import { type SimulatedRun, simulateScenario } from '../simulate-scenario';
import { withIntentsOption } from './plan';

const USAGE =
  'usage: skylane run <file> [--out DIR] [--until T] [--seed N] [--workers K] [--intents FILE.json] [--json]\n';

export async function runRunCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      until: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      intents: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0];
  const until = values.until === undefined ? undefined : parseDuration(values.until);
  if (values.until !== undefined && (until === undefined || until <= 0)) {
    throw new UsageError(`--until: found "${values.until}", expected a positive duration such as 600, 30m or 1h30m\n`);
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
    throw new UsageError(`--seed: found "${values.seed}", expected an integer from 0 to 4294967295\n`);
  }
  const workers = values.workers === undefined ? 0 : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 0 && workers <= 16)) {
    throw new UsageError(`--workers: found "${values.workers}", expected an integer from 0 (in-process) to 16\n`);
  }

  const outDir = values.out ?? join('out', basename(file, extname(file)));
  checkOutputDir(outDir); // a bad --out fails now, in milliseconds, not after the simulation

  const loaded = await loadScenarioFile(file, { seed });
  if (!loaded.ok) {
    printErrors(io, loaded.errors);
    return EXIT_BAD_INPUT;
  }
  const compiled = await withIntentsOption(loaded.scenario, values.intents, io);
  if (!compiled) return EXIT_BAD_INPUT;

  const bar = io.isTTY && !values.json ? progressBar(io.stderr, 'simulating') : undefined;
  const t0 = performance.now();
  let run: SimulatedRun;
  try {
    run = await simulateScenario(compiled, {
      until,
      workers,
      provenance: scenarioProvenance(file),
      onProgress: bar?.update,
    });
  } finally {
    bar?.done();
  }
  const wall = (performance.now() - t0) / 1000;
  const { report, events } = run;

  const toGeo = compiled.frame.toGeo;
  const localTime = (t: number) => formatLocalIso(t, compiled.start_epoch_ms, compiled.utc_offset_min);
  await writeOutputDir(outDir, async (dir) => {
    await writeTextFile(
      join(dir, 'events.jsonl'),
      (function* () {
        for (const e of events) yield `${eventToJson(e, toGeo, localTime)}\n`;
      })(),
    );
    await writeTextFile(join(dir, 'report.json'), [`${JSON.stringify(report, null, 2)}\n`]);
    await writeTextFile(join(dir, 'tracks.geojson'), tracksGeoJsonChunks(compiled, run.tracks));
  });
  if (workers > 0) io.stderr(`detection: ${workers} worker thread${workers === 1 ? '' : 's'}\n`);

  if (values.json) {
    const { per_flight: _perFlight, ...summary } = report;
    io.stdout(`${JSON.stringify({ ...summary, wall_s: wall, out: outDir }, null, 2)}\n`);
  } else {
    io.stdout(summaryText(report, wall));
    io.stdout(`wrote ${join(outDir, 'report.json')}, events.jsonl (${events.length} events), tracks.geojson\n`);
  }
  return EXIT_OK;
}
