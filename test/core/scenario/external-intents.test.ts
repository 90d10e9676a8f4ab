// A scenario's external_intents: inline lists validated with located errors, files read next to the scenario.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/cli/load-scenario-file';
import { formatLocatedError } from '../../../src/core/document/located-error';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import { scenarioObject } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

const world = createTestWorld();
const FIXTURES = resolve('test/fixtures/external-intents');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('scenario external_intents', () => {
  it('compiles a valid inline list into the scenario', () => {
    const text = dump(scenarioObject([{ id: 'A1' }], { external_intents: fixture('valid.json') }));
    const r = loadScenario(text, 'inline.yaml', world);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.external_intents.map((i) => i.reference.state)).toEqual([
        'Activated',
        'Contingent',
        'Nonconforming',
      ]);
      expect(r.scenario.external_intents_file).toBeNull();
    }
  });

  it('reports an invalid inline intent at its line with its path inside the scenario', () => {
    const text = dump(scenarioObject([{ id: 'A1' }], { external_intents: fixture('invalid.json') }));
    const r = loadScenario(text, 'inline.yaml', world);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const lines = r.errors.map(formatLocatedError);
      expect(lines).toEqual([
        expect.stringMatching(
          /^inline\.yaml:\d+:\d+: external_intents\[1\]\.details\.volumes: an Accepted intent needs at least one volume \(found a list of 0\)$/,
        ),
        expect.stringMatching(
          /^inline\.yaml:\d+:\d+: external_intents\[2\]\.details\.volumes\[0\]\.time_start: time_start is required/,
        ),
      ]);
    }
  });

  it("reads a path relative to the scenario file, and reports that file's errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-ext-'));
    writeFileSync(join(dir, 'valid.json'), readFileSync(join(FIXTURES, 'valid.json')));
    writeFileSync(join(dir, 'invalid.json'), readFileSync(join(FIXTURES, 'invalid.json')));
    const write = (name: string, ref: string) => {
      writeFileSync(join(dir, name), dump(scenarioObject([{ id: 'A1' }], { external_intents: ref })));
      return join(dir, name);
    };
    const ok = await loadScenarioFile(write('ok.yaml', 'valid.json'), {}, world);
    expect(ok.ok && ok.scenario.external_intents.length).toBe(3);
    const bad = await loadScenarioFile(write('bad.yaml', 'invalid.json'), {}, world);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => `${e.file}: ${e.path}`)).toEqual([
        `${join(dir, 'invalid.json')}: [1].details.volumes`,
        `${join(dir, 'invalid.json')}: [2].details.volumes[0].time_start`,
      ]);
    }
    const missing = await loadScenarioFile(write('missing.yaml', 'nope.json'), {}, world);
    expect(missing.ok || missing.errors[0].message).toBe('no such file');
  });
});
