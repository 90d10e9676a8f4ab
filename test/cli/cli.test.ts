// The `skylane` command: exit codes, summaries, outputs, and nothing written on bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'skylane-'));

describe('skylane CLI', () => {
  it('prints help and rejects unknown commands with exit 2', async () => {
    expect((await cli('--help')).stdout).toMatch(/skylane run <file>/);
    const r = await cli('fly');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "fly"/);
  });

  it('validates the bundled scenarios', async () => {
    const r = await cli('validate', 'scenarios/cyberport-waterfront.yaml', 'scenarios/typhoon-signal-3.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cyberport-waterfront.yaml: ok \(25 flights/);
  });

  it('reports every error of a bad file with file:line:column, exit 2', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync('scenarios/cross-sea-cheung-chau.yaml', 'utf8')
        .replace('class: long-range-vtol', 'class: long-range-vtal')
        .replace('origin: cyberport-pad', 'origin: cyberport'),
    );
    const r = await cli('validate', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /bad\.yaml:\d+:\d+: flights\[0\]\.class: unknown aircraft class .*did you mean "long-range-vtol"\?/,
    );
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: flights\[0\]\.origin: unknown pad/);
    expect(r.stderr).toMatch(/2 errors/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('handles a missing path and a directory as bad input', async () => {
    expect(await cli('validate', 'no/such/file.yaml')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/no such file/),
    });
    expect(await cli('run', 'scenarios')).toMatchObject({ code: 2, stderr: expect.stringMatching(/is a directory/) });
  });

  it('runs a scenario, prints a summary and writes report, events and tracks; two runs agree', async () => {
    const a = tmp();
    const b = tmp();
    const r = await cli('run', 'scenarios/cross-sea-cheung-chau.yaml', '--out', a);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/flights: 1 planned · 1 completed/);
    const report = JSON.parse(readFileSync(join(a, 'report.json'), 'utf8'));
    expect(report.flights.completed).toBe(1);
    const events = readFileSync(join(a, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const lifecycle = events.filter((e) => e.kind !== 'intent-state');
    expect(lifecycle.map((e) => e.kind)).toEqual(['preflight', 'takeoff', 'approach', 'landed']);
    expect(lifecycle[3]).toMatchObject({ flights: ['SF-CC-TEST'], details: { pad: 'cheung-chau-pad' } });
    const intent = events.filter((e) => e.kind === 'intent-state').map((e) => `${e.details.from}→${e.details.to}`);
    expect(intent).toEqual(['Accepted→Activated', 'Activated→Ended']);
    const tracks = JSON.parse(readFileSync(join(a, 'tracks.geojson'), 'utf8'));
    expect(tracks.features[0].geometry.coordinates.length).toBeGreaterThan(100);
    await cli('run', 'scenarios/cross-sea-cheung-chau.yaml', '--out', b);
    expect(readFileSync(join(b, 'events.jsonl'), 'utf8')).toBe(readFileSync(join(a, 'events.jsonl'), 'utf8'));
  });

  it('honours --until and --seed, prints JSON with --json', async () => {
    const dir = tmp();
    const r = await cli(
      'run',
      'scenarios/cyberport-waterfront.yaml',
      '--out',
      dir,
      '--until',
      '20m',
      '--seed',
      '9',
      '--json',
    );
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.scenario).toMatchObject({ simulated_s: 1200, seed: 9 });
  });

  it('rejects bad options with exit 2 and writes nothing', async () => {
    const dir = join(tmp(), 'out');
    for (const args of [['--until', 'soon'], ['--seed', '-1'], ['--bogus']]) {
      const r = await cli('run', 'scenarios/cross-sea-cheung-chau.yaml', '--out', dir, ...args);
      expect(r.code).toBe(2);
    }
    const bad = join(tmp(), 'bad.yaml');
    writeFileSync(bad, 'skylane: 1\nmeta: {}\n');
    expect((await cli('run', bad, '--out', dir)).code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });

  it('generates a valid synthetic scenario, deterministically', async () => {
    const dir = tmp();
    const f1 = join(dir, 'a.yaml');
    const f2 = join(dir, 'b.yaml');
    expect((await cli('generate', 'traffic', '--flights', '40', '--seed', '5', '--out', f1)).code).toBe(0);
    await cli('generate', 'traffic', '--flights', '40', '--seed', '5', '--out', f2);
    expect(readFileSync(f1, 'utf8')).toBe(readFileSync(f2, 'utf8'));
    expect((await cli('validate', f1)).code).toBe(0);
    expect((await cli('generate', 'traffic', '--flights', 'many')).code).toBe(2);
  });

  it('works as `npx skylane` through the bin entry', () => {
    const r = spawnSync(process.execPath, ['bin/skylane.mjs', 'validate', 'scenarios/amber-rainstorm.yaml'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok \(6 flights/);
    const bad = spawnSync(process.execPath, ['bin/skylane.mjs', 'validate', 'nope.yaml'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('skylane run --workers', () => {
  it('writes the same report.json and events.jsonl whatever the number of detection workers', async () => {
    const [a, b] = [tmp(), tmp()];
    expect((await cli('run', 'scenarios/cyberport-waterfront.yaml', '--out', a, '--until', '300')).code).toBe(0);
    const r = await cli('run', 'scenarios/cyberport-waterfront.yaml', '--out', b, '--until', '300', '--workers', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/detection: 2 worker threads/);
    for (const f of ['report.json', 'events.jsonl']) {
      expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
    }
  }, 30_000);
});
