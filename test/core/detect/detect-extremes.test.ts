// `skylane detect` and the detector at the edges: crowds beyond the pair limit, speeds near ±1e308, hex numbers, the antimeridian.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DETECT_PAIRS, runDetectCommand } from '../../../src/cli/commands/detect';
import { detectBruteForce } from '../../../src/core/detect/brute-force';
import { DCPA, evaluatePair, PAIR_FIELDS, TCPA } from '../../../src/core/detect/closest-approach';
import { PairList } from '../../../src/core/detect/pair-list';
import { createDetectInput } from '../../../src/core/detect/traffic-input';
import { GridDetector } from '../../../src/core/detect/uniform-grid';

const HEADER = 'id,lat,lon,alt_m,gs_east_mps,gs_north_mps,vs_mps';
const dir = mkdtempSync(join(tmpdir(), 'skylane-detect-'));

async function detect(rows: string[], ...args: string[]) {
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
  let stdout = '';
  let stderr = '';
  const code = await runDetectCommand([file, ...args], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr, file };
}

describe('skylane detect at the edges', () => {
  it('5,000 identical states: exit 2 within seconds, naming the pair limit (not a heap out-of-memory)', async () => {
    const rows = Array.from({ length: 5000 }, (_, k) => `a${k},22.26,114.13,100,0,0,0`);
    const t0 = performance.now();
    const r = await detect(rows);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${r.file}: more than 1,000,000 pairs`);
    expect(r.stderr).toContain('5,000 aircraft');
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(MAX_DETECT_PAIRS).toBe(1_000_000);
  });

  it('1,414 identical states (999,691 pairs, under the limit) are all listed, in id order', async () => {
    const rows = Array.from({ length: 1414 }, (_, k) => `a${String(k).padStart(4, '0')},22.26,114.13,100,0,0,0`);
    const r = await detect(rows);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length - 1).toBe((1414 * 1413) / 2);
    expect(lines[1]).toBe('a0000,a0001,0.000,0.000,-inf,inf,1');
    expect(lines.at(-1)).toBe('a1412,a1413,0.000,0.000,-inf,inf,1');
  });

  it('co-located aircraft at ±1e308 m/s: the loss of separation now is reported, every figure finite', async () => {
    const r = await detect(['A,22.26,114.13,100,1e308,0,0', 'B,22.26,114.13,100,-1e308,0,0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('id1,id2,tcpa,dcpa,tin,tout,los\nA,B,0.000,0.000,0.000,0.000,1\n');
  });

  it('±1e200 m/s, 20 m apart abeam: dcpa 20 m, not NaN', async () => {
    // B 20 m north of A (1.8e-4° of latitude ≈ 20.0 m), both flying east-west at ±1e200 m/s.
    const r = await detect(['A,22.26,114.13,100,1e200,0,0', 'B,22.26018,114.13,100,-1e200,0,0'], '--json');
    expect(r.code).toBe(0);
    const [pair] = JSON.parse(r.stdout);
    expect(pair.los).toBe(true);
    expect(pair.dcpa).toBeCloseTo(19.9, 0);
    expect(r.stdout).not.toContain('NaN');
  });

  it('a latitude written 0x16 is rejected with its line and column, not read as 22', async () => {
    const r = await detect(['A,0x16,114.13,100,0,0,0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(':2:2');
    expect(r.stderr).toContain('"0x16"');
  });

  it('two aircraft 2.06 m apart across the antimeridian: dcpa ≈ 2.06 m', async () => {
    // 1.85e-5° of longitude at the equator is 2.06 m.
    const r = await detect(['A,0,179.99999075,100,0,0,0', 'B,0,-179.99999075,100,0,0,0']);
    expect(r.code).toBe(0);
    const dcpa = Number(r.stdout.split('\n')[1].split(',')[3]);
    expect(dcpa).toBeCloseTo(2.06, 2);
  });
});

/** t_cpa and d_cpa by exact power-of-two scaling: d = D·2^p, v = V·2^q with D, V of moderate size. */
function oracle(dx: number, dy: number, dvx: number, dvy: number): { tcpa: number; dcpa: number } {
  const p = Math.ceil(Math.log2(Math.max(Math.abs(dx), Math.abs(dy), Number.MIN_VALUE)));
  const q = Math.ceil(Math.log2(Math.max(Math.abs(dvx), Math.abs(dvy))));
  const scale = (v: number, e: number) => v * 2 ** -(e >> 1) * 2 ** -(e - (e >> 1));
  const [Dx, Dy, Vx, Vy] = [scale(dx, p), scale(dy, p), scale(dvx, q), scale(dvy, q)];
  const V2 = Vx * Vx + Vy * Vy;
  const back = (v: number, e: number) => v * 2 ** (e >> 1) * 2 ** (e - (e >> 1));
  return {
    tcpa: back(-(Dx * Vx + Dy * Vy) / V2, p - q),
    dcpa: back(Math.abs(Dx * Vy - Dy * Vx) / Math.sqrt(V2), p),
  };
}

const magnitude = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.integer({ min: -150, max: 307 }))
  .map(([m, e]) => m * 10 ** e);

describe('the closest approach at huge and tiny magnitudes', () => {
  it('matches the power-of-two-scaled oracle, never NaN', () => {
    const out = new Float64Array(PAIR_FIELDS);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        magnitude,
        magnitude,
        (dx, dy, dvx, dvy) => {
          fc.pre(dvx * dvx + dvy * dvy >= 2 ** -1022 || Math.abs(dvx) + Math.abs(dvy) > 1e150);
          evaluatePair(dx, dy, 0, dvx, dvy, 0, 32, 7.62, 20, 0, 0, out);
          for (const v of out) expect(Number.isNaN(v)).toBe(false);
          const o = oracle(dx, dy, dvx, dvy);
          // Relative 1e-9, or a nanometre (a nanosecond) where cross² underflows to subnormals.
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
          expect(close(out[DCPA], o.dcpa)).toBe(true);
          if (Number.isFinite(o.tcpa)) expect(close(out[TCPA], o.tcpa)).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('the grid matches brute force with outliers (speeds, zones, positions up to 1e308) among ordinary traffic', () => {
    const huge = fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), magnitude);
    const aircraft = fc.record({ x: huge, y: huge, z: huge, vx: huge, vy: huge, vz: huge });
    fc.assert(
      fc.property(fc.array(aircraft, { minLength: 2, maxLength: 40 }), (list) => {
        const input = createDetectInput(list.length);
        list.forEach((a, i) => {
          input.x[i] = a.x;
          input.y[i] = a.y;
          input.z[i] = a.z;
          input.vx[i] = a.vx;
          input.vy[i] = a.vy;
          input.vz[i] = a.vz;
          input.radius[i] = i % 7 === 0 ? 1e300 : 32;
          input.halfHeight[i] = 7.62;
          input.lookahead[i] = 20;
        });
        const grid = new PairList();
        const brute = new PairList();
        new GridDetector().detect(input, grid);
        detectBruteForce(input, brute);
        expect(grid.count).toBe(brute.count);
        for (let r = 0; r < grid.count; r++) {
          expect([grid.i[r], grid.j[r], grid.flags[r], grid.tcpa[r], grid.dcpa[r]]).toEqual([
            brute.i[r],
            brute.j[r],
            brute.flags[r],
            brute.tcpa[r],
            brute.dcpa[r],
          ]);
          expect(Number.isNaN(grid.tin[r]) || Number.isNaN(grid.tout[r])).toBe(false);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('stops at maxPairs and says so', () => {
    const input = createDetectInput(100);
    input.radius.fill(32);
    input.halfHeight.fill(7.62);
    input.lookahead.fill(20);
    const out = new PairList();
    const g = new GridDetector({ maxPairs: 1000 });
    expect(g.detect(input, out).truncated).toBe(true);
    expect(out.count).toBe(1000);
    expect(new GridDetector({ maxPairs: 4950 }).detect(input, out).truncated).toBe(false);
    expect(out.count).toBe(4950);
  });
});
