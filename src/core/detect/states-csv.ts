// Parses one instantaneous traffic state from CSV (id,lat,lon,alt_m,gs_east_mps,gs_north_mps,vs_mps[,rpz_m,hpz_m]).

import { parseDecimal } from '../document/decimal-number';
import type { LocatedError } from '../document/located-error';
import { createLocalFrame, longitudeCentre } from '../geo';
import { createDetectInput, type DetectInput } from './traffic-input';

export const REQUIRED_COLUMNS = ['id', 'lat', 'lon', 'alt_m', 'gs_east_mps', 'gs_north_mps', 'vs_mps'] as const;
export const OPTIONAL_COLUMNS = ['rpz_m', 'hpz_m'] as const;
const ALL_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
const EXPECTED_HEADER = `a header ${REQUIRED_COLUMNS.join(',')} (optional ${OPTIONAL_COLUMNS.join(', ')})`;

export interface AircraftState {
  id: string;
  /** 1-based line in the file. */
  line: number;
  lat: number;
  lon: number;
  alt_m: number;
  gs_east_mps: number;
  gs_north_mps: number;
  vs_mps: number;
  /** Per-row protected zone, when given. */
  rpz_m?: number;
  hpz_m?: number;
}

export type StatesResult = { ok: true; states: AircraftState[] } | { ok: false; errors: LocatedError[] };

/** Splits one CSV line; fields may be double-quoted ("" inside quotes is a quote). Returns null on an unclosed quote. */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        value += line.slice(i, q);
        if (line[q + 1] === '"') {
          value += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const comma = line.indexOf(',', i);
      fields.push(value + line.slice(i, comma < 0 ? line.length : comma).trim());
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      fields.push(line.slice(i, comma < 0 ? line.length : comma).trim());
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

/**
 * Reads the states, reporting every bad row (line-numbered: what was found, what was expected): missing or unknown
 * columns, wrong field counts, empty or duplicate ids, numbers that are not finite decimals (no hex such as 0x16), latitudes outside
 * ±90, longitudes outside ±180, zone sizes that are not positive. Blank lines are skipped.
 */
export function parseStatesCsv(text: string, file: string): StatesResult {
  const errors: LocatedError[] = [];
  const fail = (line: number, message: string, found?: string, expected?: string, column?: number) =>
    errors.push({ file, line, column, path: '', message, found, expected });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let headerLine = lines.findIndex((l) => l.trim() !== '');
  if (headerLine < 0) {
    fail(1, 'empty file', 'no lines', EXPECTED_HEADER);
    return { ok: false, errors };
  }
  const header = splitCsvLine(lines[headerLine]);
  headerLine++;
  const columnOf = new Map<string, number>();
  if (!header) fail(headerLine, 'unclosed quote in the header', undefined, EXPECTED_HEADER);
  else {
    header.forEach((name, c) => {
      if (!ALL_COLUMNS.includes(name)) {
        fail(headerLine, 'unknown column', JSON.stringify(name), `one of ${ALL_COLUMNS.join(', ')}`, c + 1);
      } else if (columnOf.has(name)) fail(headerLine, 'duplicate column', JSON.stringify(name), 'each column once');
      else columnOf.set(name, c);
    });
    const missing = REQUIRED_COLUMNS.filter((c) => !columnOf.has(c));
    if (missing.length)
      fail(
        headerLine,
        `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        `header ${JSON.stringify(lines[headerLine - 1].trim())}`,
        EXPECTED_HEADER,
      );
  }
  if (errors.length) return { ok: false, errors };

  const width = header!.length;
  const states: AircraftState[] = [];
  const firstLineOf = new Map<string, number>();
  for (let k = headerLine; k < lines.length; k++) {
    const line = k + 1;
    if (lines[k].trim() === '') continue;
    const fields = splitCsvLine(lines[k]);
    if (!fields) {
      fail(line, 'unclosed quote', undefined, 'a closing "');
      continue;
    }
    if (fields.length !== width) {
      fail(line, 'wrong number of fields', `${fields.length}`, `${width} (${header!.join(',')})`);
      continue;
    }
    const before = errors.length;
    const id = fields[columnOf.get('id')!];
    if (id === '') fail(line, 'id: empty', '""', 'an aircraft id', columnOf.get('id')! + 1);
    else if (firstLineOf.has(id)) {
      fail(line, `id: duplicate ${JSON.stringify(id)}`, `also on line ${firstLineOf.get(id)}`, 'each id once');
    } else firstLineOf.set(id, line);
    const number = (name: string, min: number, max: number, expected: string, optional = false): number | undefined => {
      const c = columnOf.get(name);
      if (c === undefined) return undefined;
      const raw = fields[c];
      if (raw === '' && optional) return undefined;
      const value = parseDecimal(raw);
      if (value === undefined || value < min || value > max) {
        fail(line, `${name}: not ${expected}`, raw === '' ? 'an empty field' : JSON.stringify(raw), expected, c + 1);
        return undefined;
      }
      return value;
    };
    const any = Number.MAX_VALUE;
    const state: AircraftState = {
      id,
      line,
      lat: number('lat', -90, 90, 'a latitude in degrees from -90 to 90') ?? 0,
      lon: number('lon', -180, 180, 'a longitude in degrees from -180 to 180') ?? 0,
      alt_m: number('alt_m', -any, any, 'a finite number of metres') ?? 0,
      gs_east_mps: number('gs_east_mps', -any, any, 'a finite speed in m/s') ?? 0,
      gs_north_mps: number('gs_north_mps', -any, any, 'a finite speed in m/s') ?? 0,
      vs_mps: number('vs_mps', -any, any, 'a finite speed in m/s') ?? 0,
      rpz_m: number('rpz_m', Number.MIN_VALUE, any, 'a positive number of metres', true),
      hpz_m: number('hpz_m', Number.MIN_VALUE, any, 'a positive number of metres', true),
    };
    if (errors.length === before) states.push(state);
  }
  return errors.length ? { ok: false, errors } : { ok: true, states };
}

export interface StateZoneDefaults {
  lookahead_s: number;
  rpz_m: number;
  hpz_m: number;
}

/**
 * The detector input for the states: positions in a local east-north-up frame centred on the middle of the states'
 * latitude range and of the shortest arc holding their longitudes (so that a group astride the antimeridian is centred
 * on it, not half a world away), ground velocities turned into that frame's axes at each aircraft's position (so the
 * frame's convergence of meridians does not rotate them), zones from the row or the defaults, no NMAC volume.
 */
export function statesToInput(states: readonly AircraftState[], defaults: StateZoneDefaults): DetectInput {
  const input = createDetectInput(states.length);
  if (states.length === 0) return input;
  let lat0 = Number.POSITIVE_INFINITY;
  let lat1 = Number.NEGATIVE_INFINITY;
  for (const s of states) {
    lat0 = Math.min(lat0, s.lat);
    lat1 = Math.max(lat1, s.lat);
  }
  const frame = createLocalFrame({ lat: (lat0 + lat1) / 2, lon: longitudeCentre(states.map((s) => s.lon)) });
  const step = 1e-5; // degrees, about a metre
  states.forEach((s, i) => {
    const p = frame.toLocal(s.lat, s.lon);
    const pn = frame.toLocal(Math.min(s.lat + step, 90), s.lon);
    const pe = frame.toLocal(s.lat, s.lon + step);
    const north = unit(pn.x - p.x, pn.y - p.y, s.lat + step > 90 ? -1 : 1);
    const east = unit(pe.x - p.x, pe.y - p.y, 1);
    input.x[i] = p.x;
    input.y[i] = p.y;
    input.z[i] = s.alt_m;
    input.vx[i] = s.gs_east_mps * east[0] + s.gs_north_mps * north[0];
    input.vy[i] = s.gs_east_mps * east[1] + s.gs_north_mps * north[1];
    input.vz[i] = s.vs_mps;
    input.radius[i] = s.rpz_m ?? defaults.rpz_m;
    input.halfHeight[i] = s.hpz_m ?? defaults.hpz_m;
    input.lookahead[i] = defaults.lookahead_s;
  });
  return input;
}

function unit(dx: number, dy: number, sign: number): [number, number] {
  const len = Math.hypot(dx, dy);
  return len > 0 ? [(sign * dx) / len, (sign * dy) / len] : [0, 0];
}
