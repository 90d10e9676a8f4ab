// `skylane report RUN_DIR|SCENARIO [--out report.html] [--pdf report.pdf]`: the regulator's HTML (and PDF) report.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EventRecord, ReportData, TrackRecord } from '../../core/report/charts/report-data';
import { runCharts } from '../../core/report/charts/run-charts';
import { renderChartSvg } from '../../core/report/render-chart-svg';
import { reportHtml } from '../../core/report/report-html';
import { runReportSchema } from '../../core/report/report-schema';
import type { RunReport } from '../../core/report/run-report';
import { tracksToGeoJson } from '../../core/report/tracks-geojson';
import { formatLocalIso } from '../../core/scenario/scenario-time';
import { eventToJson } from '../../core/sim/events';
import { checkOutputFile, writeOutputFile } from '../atomic-output';
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK, printErrors, UsageError } from '../cli-io';
import { loadScenarioFile } from '../load-scenario-file';
import { scenarioProvenance } from '../provenance';
import { simulateScenario } from '../simulate-scenario';
import { DEFAULT_WORLD_DATA_DIR } from '../world-files';

const USAGE = 'usage: skylane report RUN_DIR|SCENARIO [--out report.html] [--pdf report.pdf]\n';

/** A run folder's file that is missing or malformed: exit 2 naming the file and what was expected. */
function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: missing, expected ${what} (run \`skylane run\` to make a run folder)\n`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message}), expected ${what}\n`);
  }
}

function tracksOf(geo: unknown): TrackRecord[] {
  const features = (
    geo as { features?: { properties: { id: string; times_s: number[] }; geometry: { coordinates: number[][] } }[] }
  ).features;
  return (features ?? []).map((f) => ({
    id: f.properties.id,
    times_s: f.properties.times_s,
    coordinates: f.geometry.coordinates,
  }));
}

function coastRings(): number[][][] {
  const coast = JSON.parse(readFileSync(join(DEFAULT_WORLD_DATA_DIR, 'coast.json'), 'utf8')) as {
    polygons: number[][][][];
  };
  return coast.polygons.map((p) => p[0]);
}

function readRunDir(dir: string): { data: Omit<ReportData, 'coast'>; date: string } {
  const reportFile = join(dir, 'report.json');
  const parsed = runReportSchema.safeParse(readJson(reportFile, 'a Skylane report.json'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `${reportFile}: at ${issue.path.join('.') || '(root)'}: ${issue.message}, expected a report.json of schema_version 1\n`,
    );
  }
  const eventsFile = join(dir, 'events.jsonl');
  let lines: string[];
  try {
    lines = readFileSync(eventsFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    throw new UsageError(`${eventsFile}: missing, expected the run's event log\n`);
  }
  const events = lines.map((line, k) => {
    try {
      return JSON.parse(line) as EventRecord;
    } catch {
      throw new UsageError(`${eventsFile}:${k + 1}: not valid JSON, expected one event per line\n`);
    }
  });
  const tracks = tracksOf(readJson(join(dir, 'tracks.geojson'), 'a GeoJSON FeatureCollection of tracks'));
  return { data: { report: parsed.data as RunReport, events, tracks }, date: statSync(reportFile).mtime.toISOString() };
}

async function simulate(file: string, io: CliIo): Promise<{ data: Omit<ReportData, 'coast'>; date: string } | null> {
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    printErrors(io, loaded.errors);
    return null;
  }
  const c = loaded.scenario;
  const run = await simulateScenario(c, { provenance: scenarioProvenance(file) });
  const local = (t: number) => formatLocalIso(t, c.start_epoch_ms, c.utc_offset_min);
  const events = run.events.map((e) => JSON.parse(eventToJson(e, c.frame.toGeo, local)) as EventRecord);
  return {
    data: { report: run.report, events, tracks: tracksOf(tracksToGeoJson(c, run.tracks)) },
    date: new Date().toISOString(),
  };
}

async function writePdf(html: string, pdf: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    await writeOutputFile(pdf, [bytes]);
  } finally {
    await browser.close();
  }
}

export async function runReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, pdf: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const input = positionals[0];
  const out = values.out ?? 'report.html';
  checkOutputFile(out);
  if (values.pdf) checkOutputFile(values.pdf);
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    throw new UsageError(
      `${input}: no such file or folder, expected a run folder (skylane run --out) or a scenario file\n`,
    );
  }
  const source = isDir ? readRunDir(input) : await simulate(input, io);
  if (!source) return EXIT_BAD_INPUT;
  const data: ReportData = { ...source.data, coast: coastRings() };
  const charts = runCharts(data);
  const svgs = Object.fromEntries(charts.map((c) => [c.id, renderChartSvg(c)]));
  const html = reportHtml({ data, charts, svgs, run_date: source.date });
  await writeOutputFile(out, [html]);
  if (values.pdf) await writePdf(html, values.pdf);
  io.stdout(`wrote ${out}${values.pdf ? ` and ${values.pdf}` : ''} (${charts.length} plots)\n`);
  return EXIT_OK;
}
