// `skylane detect <states.csv>`: conflict pairs of one traffic state, for cross-checking with other simulators.
import { parseArgs } from 'node:util';
import { LOS } from '../../core/detect/closest-approach';
import { PairList } from '../../core/detect/pair-list';
import { type AircraftState, parseStatesCsv, statesToInput } from '../../core/detect/states-csv';
import { GridDetector } from '../../core/detect/uniform-grid';
import { type CliIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, printErrors } from '../cli-io';
import { readInputFile } from '../read-input-file';

const USAGE = 'usage: skylane detect <states.csv> [--lookahead S] [--rpz M] [--hpz M] [--json]\n';
/** Largest states file read (200 MB, about 2 million rows). */
export const MAX_STATES_BYTES = 200 * 1024 * 1024;
/** Pairs listed at most: beyond, exit 2 (a crowd of 1,415 co-located aircraft is already a million pairs). */
export const MAX_DETECT_PAIRS = 1_000_000;
/** At most this many input errors are printed. */
const MAX_ERRORS = 100;

export const DETECT_DEFAULTS = { lookahead_s: 20, rpz_m: 32, hpz_m: 7.62 };

/**
 * Prints one line per unique pair in conflict or loss of separation: `id1,id2,tcpa,dcpa,tin,tout,los` (after a header
 * line) with id1 < id2 in ordinal string order, sorted, numbers with 3 decimals (`inf`/`-inf` for unbounded windows),
 * los 1 or 0; or with --json an array of objects with those keys (null for unbounded). Exit 0, 2 on bad input, 1 on an
 * internal failure.
 */
export async function runDetectCommand(args: string[], io: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    io.stderr(`skylane detect: ${(err as Error).message}\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }
  const { file, zone, json } = parsed;
  try {
    const read = await readInputFile(file, MAX_STATES_BYTES);
    if (!read.ok) {
      printErrors(io, read.errors);
      return EXIT_BAD_INPUT;
    }
    const states = parseStatesCsv(read.text, file);
    if (!states.ok) {
      printErrors(io, states.errors.slice(0, MAX_ERRORS));
      if (states.errors.length > MAX_ERRORS) io.stderr(`(${states.errors.length - MAX_ERRORS} more not shown)\n`);
      return EXIT_BAD_INPUT;
    }
    // Flight index order = ordinal id order, so the detector's (i, j) order is the output order, with no sort here.
    const sorted = [...states.states].sort((p, q) => compare(p.id, q.id));
    const input = statesToInput(sorted, zone);
    const pairs = new PairList();
    // No NMAC volume in the input: every pair found is in conflict, in loss of separation, or both.
    const stats = new GridDetector({ maxPairs: MAX_DETECT_PAIRS }).detect(input, pairs);
    if (stats.truncated) {
      io.stderr(
        `${file}: more than ${MAX_DETECT_PAIRS.toLocaleString('en')} pairs in conflict or loss of separation among ` +
          `${sorted.length.toLocaleString('en')} aircraft (the detection stopped there); expected at most ` +
          `${MAX_DETECT_PAIRS.toLocaleString('en')}: split the states, or shrink --lookahead, --rpz or --hpz\n`,
      );
      return EXIT_BAD_INPUT;
    }
    writeRows(io, sorted, pairs, json);
    return EXIT_OK;
  } catch (err) {
    io.stderr(`skylane detect: internal error: ${(err as Error).message}\n`);
    return EXIT_INTERNAL;
  }
}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lookahead: { type: 'string' },
      rpz: { type: 'string' },
      hpz: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) {
    throw new Error(
      positionals.length ? `one states file expected, got ${positionals.length}` : 'no states file given',
    );
  }
  const positive = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v <= 0) {
      throw new Error(`--${name}: found ${JSON.stringify(raw)}, expected a positive number`);
    }
    return v;
  };
  return {
    file: positionals[0],
    json: values.json === true,
    zone: {
      lookahead_s: positive('lookahead', values.lookahead, DETECT_DEFAULTS.lookahead_s),
      rpz_m: positive('rpz', values.rpz, DETECT_DEFAULTS.rpz_m),
      hpz_m: positive('hpz', values.hpz, DETECT_DEFAULTS.hpz_m),
    },
  };
}

/** Ordinal (UTF-16 code unit) order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fixed(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return 'inf';
  if (v === Number.NEGATIVE_INFINITY) return '-inf';
  const s = v.toFixed(3);
  return s === '-0.000' ? '0.000' : s;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows written per chunk: the output of a million pairs never sits in one string. */
const CHUNK = 10_000;

/** Writes the pairs (already in output order) as CSV, or as a JSON array, chunk by chunk. */
function writeRows(io: Pick<CliIo, 'stdout'>, states: readonly AircraftState[], pairs: PairList, json: boolean): void {
  const round = (v: number) => (Number.isFinite(v) ? Number(fixed(v)) : null);
  io.stdout(json ? (pairs.count === 0 ? '[]\n' : '[\n') : 'id1,id2,tcpa,dcpa,tin,tout,los\n');
  let chunk: string[] = [];
  for (let r = 0; r < pairs.count; r++) {
    const id1 = states[pairs.i[r]].id;
    const id2 = states[pairs.j[r]].id;
    const los = (pairs.flags[r] & LOS) !== 0;
    const figures = [pairs.tcpa[r], pairs.dcpa[r], pairs.tin[r], pairs.tout[r]];
    if (json) {
      const [tcpa, dcpa, tin, tout] = figures.map(round);
      const row = JSON.stringify({ id1, id2, tcpa, dcpa, tin, tout, los }, null, 1).replace(/\n/g, '\n ');
      chunk.push(` ${row}${r + 1 < pairs.count ? ',' : ''}\n`);
    } else chunk.push(`${csvField(id1)},${csvField(id2)},${figures.map(fixed).join(',')},${los ? 1 : 0}\n`);
    if (chunk.length === CHUNK) {
      io.stdout(chunk.join(''));
      chunk = [];
    }
  }
  io.stdout(chunk.join(''));
  if (json && pairs.count > 0) io.stdout(']\n');
}
