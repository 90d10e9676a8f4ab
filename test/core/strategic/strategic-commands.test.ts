// The `skylane plan` and `skylane intents` commands: table and JSON output, exit codes, located loader errors.
import { describe, expect, it } from 'vitest';
import { runIntentsCommand } from '../../../src/cli/commands/intents';
import { runPlanCommand, type StrategicCommandDeps } from '../../../src/cli/commands/plan';
import type { OperationalIntent } from '../../../src/core/strategic/f3548-types';
import { validateOperationalIntent } from '../../../src/core/strategic/intent-validation';
import { PADS, START_EPOCH_MS, scenario } from './fixtures';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

const compiled = scenario({
  flights: [
    { id: 'WE', from: PADS.west, to: PADS.east, priority: 1 },
    { id: 'SN', from: PADS.south, to: PADS.north },
    { id: 'LATER', departure_s: 3000 },
  ],
});
const deps: StrategicCommandDeps = {
  loadScenario: async (path) =>
    path === 'bad.yaml'
      ? {
          ok: false,
          errors: [
            { file: 'bad.yaml', line: 3, column: 5, path: 'flights[0].class', message: 'unknown aircraft class' },
          ],
        }
      : { ok: true, scenario: compiled },
};

describe('skylane plan', () => {
  it('prints the approval table with statuses, reasons and suggestions', async () => {
    const c = capture();
    expect(await runPlanCommand(['s.yaml'], c.io, deps)).toBe(0);
    const text = c.out.join('');
    expect(text).toMatch(/^Strategic approval — strategic-test \(equal-priority conflicts not permitted\)/);
    expect(text).toMatch(/\nWE\s+1\s+Accepted\s+07:59–08:\d\d/);
    expect(text).toMatch(/\nSN\s+0\s+Rejected\s+\S+\s+\+\d+ min[^\n]*\s+−40 m \(cruise 40 m AMSL\)/);
    expect(text).toContain('    ✗ conflicts with higher-priority WE (priority 1');
    expect(text).toContain('3 flights: 2 accepted, 1 rejected');
  });

  it('prints JSON decisions with --json', async () => {
    const c = capture();
    expect(await runPlanCommand(['s.yaml', '--json'], c.io, deps)).toBe(0);
    const doc = JSON.parse(c.out.join(''));
    expect(doc.decisions.map((d: { status: string }) => d.status)).toEqual(['Accepted', 'Rejected', 'Accepted']);
    expect(doc.decisions[1].reasons[0]).toMatchObject({ kind: 'intent-conflict', flight_id: 'WE', relation: 'higher' });
    expect(doc.stats.flights).toBe(3);
  });

  it('exits 2 with the located errors of a bad scenario, and on wrong arguments', async () => {
    const c = capture();
    expect(await runPlanCommand(['bad.yaml'], c.io, deps)).toBe(2);
    expect(c.err.join('')).toContain('bad.yaml:3:5: flights[0].class: unknown aircraft class');
    const u = capture();
    expect(await runPlanCommand([], u.io, deps)).toBe(2);
    expect(u.err.join('')).toContain('usage: skylane plan <scenario> [--intents FILE.json] [--json]');
  });
});

describe('skylane intents', () => {
  it('exports the accepted flights as an array of valid F3548 operational intents', async () => {
    const c = capture();
    expect(await runIntentsCommand(['s.yaml', '--json'], c.io, deps)).toBe(0);
    const intents = JSON.parse(c.out.join('')) as OperationalIntent[];
    // Two accepted at once, and the rejected SN re-submitted later (on_rejection: replan, the default).
    expect(intents).toHaveLength(3);
    for (const oi of intents) {
      expect(validateOperationalIntent(oi, { now_epoch_ms: START_EPOCH_MS }).ok).toBe(true);
    }
    expect(c.err.join('')).not.toContain('rejected flights have no intent');
  });

  it('prints a readable summary', async () => {
    const c = capture();
    expect(await runIntentsCommand(['s.yaml'], c.io, deps)).toBe(0);
    const text = c.out.join('');
    expect(text).toContain('Operational intents — strategic-test (3 accepted)');
    expect(text).toMatch(/WE {2}[0-9a-f-]{36} {2}Accepted v1 {2}priority 1/);
    expect(text).toMatch(/\d+ volumes \(2 circles, \d+ polygons\) {2}07:59–08:\d\d \(\+08:00\)/);
  });

  it('plans a bundled scenario through the real loader', async () => {
    const c = capture();
    expect(await runIntentsCommand(['scenarios/cyberport-waterfront.yaml', '--json'], c.io)).toBe(0);
    expect((JSON.parse(c.out.join('')) as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("skylane plan --intents (other USSs' F3548 intents)", () => {
  const FIXTURES = 'test/fixtures/external-intents';

  it('plans around every valid external intent, whatever its state, with or without an ovn', async () => {
    const c = capture();
    expect(await runPlanCommand(['s.yaml', '--intents', `${FIXTURES}/valid.json`, '--json'], c.io, deps)).toBe(0);
    const doc = JSON.parse(c.out.join(''));
    // The Activated priority-5 strip over the west–east route outranks WE (priority 1); the others are far away.
    expect(doc.decisions[0]).toMatchObject({ flight_id: 'WE', status: 'Rejected' });
    expect(doc.decisions[0].reasons).toEqual([
      expect.objectContaining({ kind: 'intent-conflict', flight_id: 'external:other-uss', relation: 'higher' }),
    ]);
    // SN crosses the strip too: blocked by it, not by WE (which now has no intent).
    expect(doc.decisions[1].reasons).toEqual([
      expect.objectContaining({ kind: 'intent-conflict', flight_id: 'external:other-uss', relation: 'higher' }),
    ]);
  });

  it('exits 2 with every invalid entry located (file, line, JSON path, found) and prints no plan', async () => {
    const c = capture();
    expect(await runPlanCommand(['s.yaml', '--intents', `${FIXTURES}/invalid.json`], c.io, deps)).toBe(2);
    expect(c.out).toEqual([]);
    const err = c.err.join('');
    expect(err).toMatch(
      /invalid\.json:\d+:\d+: \[1\]\.details\.volumes: an Accepted intent needs at least one volume \(found a list of 0\)/,
    );
    expect(err).toMatch(/invalid\.json:\d+:\d+: \[2\]\.details\.volumes\[0\]\.time_start: time_start is required/);
    expect(err).not.toMatch(/: \[0\]\./); // the valid entry has no error
  });

  it('exits 2 on a document that is not a list and on a missing file, for intents too', async () => {
    const c = capture();
    expect(await runIntentsCommand(['s.yaml', '--intents', `${FIXTURES}/not-a-list.json`], c.io, deps)).toBe(2);
    expect(c.err.join('')).toContain('expected a JSON array of F3548 OperationalIntent objects (found a mapping');
    const m = capture();
    expect(await runPlanCommand(['s.yaml', '--intents', `${FIXTURES}/missing.json`], m.io, deps)).toBe(2);
    expect(m.err.join('')).toContain('missing.json: no such file');
    expect(m.out).toEqual([]);
  });
});
