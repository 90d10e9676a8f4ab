// report.json of every bundled scenario's run validates against docs/report.schema.json (ajv, draft 2020-12).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

const schema = JSON.parse(readFileSync(new URL('../../../docs/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
const out = mkdtempSync(join(tmpdir(), 'skylane-report-schema-'));
const quiet = { stdout: () => {}, stderr: () => {}, isTTY: false };

async function reportOf(file: string): Promise<Record<string, unknown>> {
  const dir = join(out, basename(file, '.yaml'));
  expect(await main(['run', join('scenarios', file), '--out', dir], quiet)).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
}

describe('report.json schema', () => {
  it('covers the bundled scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(5));

  for (const file of scenarios) {
    it(`${file}: its report.json is valid, with provenance`, async () => {
      const report = await reportOf(file);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect((report.provenance as { scenario_sha256: string }).scenario_sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }

  it('rejects a report with a missing outcome, a spaced key or a string number', async () => {
    const report = await reportOf('cross-sea-cheung-chau.yaml');
    const bad = (edit: (r: Record<string, any>) => void) => {
      const copy = structuredClone(report) as Record<string, any>;
      edit(copy);
      return validate(copy);
    };
    expect(bad((r) => delete r.flights.lost)).toBe(false);
    expect(bad((r) => (r.diversions_by_cause['en route'] = 1))).toBe(false);
    expect(bad((r) => (r.safety.conflicts = '3'))).toBe(false);
    expect(bad((r) => (r.schema_version = 2))).toBe(false);
  });
});
