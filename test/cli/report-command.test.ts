// `skylane report`: a self-contained HTML report with every section and plot; a bad run folder writes nothing (exit 2).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('skylane report', () => {
  it('renders a run folder to one HTML file with the Metropolis 2 sections and six inline SVG plots', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-report-'));
    expect((await cli('run', 'scenarios/cyberport-waterfront.yaml', '--out', join(dir, 'run'))).code).toBe(0);
    const out = join(dir, 'report.html');
    const r = await cli('report', join(dir, 'run'), '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const id of ['summary', 'safety', 'efficiency', 'capacity', 'energy', 'strategic', 'flights', 'events'])
      expect(html).toContain(`<section id="${id}">`);
    expect(html.match(/<svg[\s>]/g)?.length).toBe(6);
    expect(html).toMatch(/scenario sha256<\/th><td>[0-9a-f]{64}/);
    expect(html).toContain('2026-01-15T08:');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('a run folder with a broken report.json: located error, exit 2, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'skylane-report-'));
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'report.json'), '{"schema_version": 1}');
    const out = join(dir, 'report.html');
    const r = await cli('report', join(dir, 'run'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.json: at scenario/);
    expect(existsSync(out)).toBe(false);
  });
});
