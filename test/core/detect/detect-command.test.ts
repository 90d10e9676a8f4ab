// `skylane detect` called as a function: analytic fixture, options, JSON, and line-numbered errors for bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDetectCommand } from '../../../src/cli/commands/detect';

const FIXTURES = join(import.meta.dirname, '../../fixtures/detect');
const fixture = (name: string) => join(FIXTURES, name);

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runDetectCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('runDetectCommand', () => {
  it('prints the analytically expected pairs: head-on 300 m at 30 m/s closing, a vertical LoS', async () => {
    const r = await run(fixture('analytic.csv'));
    expect(r).toEqual({ code: 0, stdout: readFileSync(fixture('analytic.expected.csv'), 'utf8'), stderr: '' });
  });

  it('uses --lookahead: the climbing aircraft enters the 7.62 m band at (60 − 7.62)/2 = 26.19 s', async () => {
    const r = await run(fixture('analytic.csv'), '--lookahead', '30');
    expect(r.stdout).toBe(readFileSync(fixture('analytic-lookahead-30.expected.csv'), 'utf8'));
  });

  it('uses --rpz and --hpz: a 10 m half-height takes in the pair 10 m apart vertically only when larger', async () => {
    const without = await run(fixture('analytic.csv'), '--hpz', '10');
    expect(without.stdout).not.toContain('E-apart');
    const r = await run(fixture('analytic.csv'), '--hpz', '10.5', '--rpz', '50');
    expect(r.stdout).toContain('E-apart,F-apart,0.000,0.000,-inf,inf,1');
    // R = 50 m: inside from 10 − 50/30 s.
    expect(r.stdout).toContain('A-south,B-north,10.000,0.000,8.333,11.667,0');
  });

  it('prints JSON with null for unbounded windows', async () => {
    const r = await run(fixture('analytic.csv'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { id1: 'A-south', id2: 'B-north', tcpa: 10, dcpa: 0, tin: 8.933, tout: 11.067, los: false },
      { id1: 'C-low', id2: 'D-high', tcpa: 0, dcpa: 0, tin: null, tout: null, los: true },
    ]);
  });

  it('takes per-row rpz_m and hpz_m, a pair using the larger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-detect-'));
    const file = join(dir, 'zones.csv');
    writeFileSync(
      file,
      [
        'id,lat,lon,alt_m,gs_east_mps,gs_north_mps,vs_mps,rpz_m,hpz_m',
        'b,22.26,114.13,100,0,0,0,,',
        'a,22.26,114.13,120,0,0,0,5,30',
        'c,22.30,114.13,100,0,0,0,,',
      ].join('\r\n'),
    );
    const r = await run(file);
    expect(r.stdout).toBe('id1,id2,tcpa,dcpa,tin,tout,los\na,b,0.000,0.000,-inf,inf,1\n');
  });

  it('reports every malformed row with its line, what was found and what was expected; exit 2', async () => {
    const r = await run(fixture('malformed.csv'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const file = fixture('malformed.csv');
    expect(r.stderr.split('\n')).toEqual([
      `${file}:3:1: id: duplicate "ok-1" (found also on line 2, expected each id once)`,
      `${file}:4:2: lat: not a latitude in degrees from -90 to 90 (found "95", expected a latitude in degrees from -90 to 90)`,
      `${file}:5:3: lon: not a longitude in degrees from -180 to 180 (found "200", expected a longitude in degrees from -180 to 180)`,
      `${file}:6:4: alt_m: not a finite number of metres (found "NaN", expected a finite number of metres)`,
      `${file}:7:1: wrong number of fields (found 4, expected 8 (id,lat,lon,alt_m,gs_east_mps,gs_north_mps,vs_mps,rpz_m))`,
      `${file}:9:5: gs_east_mps: not a finite speed in m/s (found an empty field, expected a finite speed in m/s)`,
      `${file}:10:1: id: empty (found "", expected an aircraft id)`,
      `${file}:11:8: rpz_m: not a positive number of metres (found "-5", expected a positive number of metres)`,
      `${file}:12:1: unclosed quote (expected a closing ")`,
      '9 errors',
      '',
    ]);
  });

  it('rejects a header with missing or unknown columns, and an empty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-detect-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,lat,lon,altitude,gs_east_mps,gs_north_mps\n');
    const r = await run(bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:1:4: unknown column (found "altitude", expected one of id, lat, lon, alt_m,`);
    expect(r.stderr).toContain(`${bad}:1:1: missing columns alt_m, vs_mps`);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '\n\n');
    expect((await run(empty)).stderr).toContain(
      `${empty}:1:1: empty file (found no lines, expected a header id,lat,lon`,
    );
  });

  it('prints only the header for a header-only file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-detect-'));
    const file = join(dir, 'none.csv');
    writeFileSync(file, 'id,lat,lon,alt_m,gs_east_mps,gs_north_mps,vs_mps\n');
    expect(await run(file)).toEqual({ code: 0, stdout: 'id1,id2,tcpa,dcpa,tin,tout,los\n', stderr: '' });
  });

  it('rejects a missing path, a directory, bad options and a missing argument with exit 2', async () => {
    const missing = await run(join(FIXTURES, 'no-such.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const dir = await run(FIXTURES);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('is a directory');
    const option = await run(fixture('analytic.csv'), '--lookahead=-3');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--lookahead: found "-3", expected a positive number');
    expect((await run()).stderr).toContain('no states file given');
    expect((await run(fixture('analytic.csv'), '--bogus')).code).toBe(2);
  });
});
