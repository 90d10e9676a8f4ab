// Atomic outputs: bad --out paths fail fast and named, a failed write keeps the old output, Ctrl-C leaves old or none.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkOutputDir,
  checkOutputFile,
  OutputPathError,
  removePendingOutputs,
  writeOutputDir,
  writeOutputFile,
} from '../../src/cli/atomic-output';
import { main } from '../../src/cli/main';

const tmp = () => mkdtempSync(join(tmpdir(), 'skylane-atomic-'));
const quiet = { stdout: () => {}, stderr: () => {}, isTTY: false };

describe('output path checks', () => {
  const dir = tmp();
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');

  it.each([
    ['', /empty path/],
    ['/proc/x', /not written under \/proc/],
    ['/sys/kernel/x', /not written under \/sys/],
    ['/dev/full', /not written under \/dev/],
    [file, /is an existing file, expected a folder/],
    [join(file, 'sub'), /is not a folder/],
  ])('refuses the folder %j', (path, reason) => {
    expect(() => checkOutputDir(path)).toThrow(OutputPathError);
    expect(() => checkOutputDir(path)).toThrow(reason);
  });

  it('accepts a new folder under missing parents and an existing folder', () => {
    expect(() => checkOutputDir(join(dir, 'new', 'deeper'))).not.toThrow();
    expect(() => checkOutputDir(dir)).not.toThrow();
  });

  it('refuses a file in a missing folder, a folder and a device, naming the path', () => {
    expect(() => checkOutputFile('/nonexistent/x')).toThrow(
      /--out "\/nonexistent\/x": the folder \/nonexistent does not exist/,
    );
    expect(() => checkOutputFile(dir)).toThrow(/is a folder/);
    expect(() => checkOutputFile('/dev/null')).toThrow(/under \/dev/);
    expect(() => checkOutputFile(join(dir, 'fresh.json'))).not.toThrow();
  });
});

describe('atomic writes', () => {
  it('replaces an old folder whole and leaves no temporary sibling', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.txt'), 'old');
    await writeOutputDir(out, async (d) => writeFileSync(join(d, 'new.txt'), 'new'));
    expect(readdirSync(out)).toEqual(['new.txt']);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('keeps the old folder when writing fails midway, and removes the partial one', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.json'), '{"old":true}');
    await expect(
      writeOutputDir(out, async (d) => {
        writeFileSync(join(d, 'report.json'), '{"tr');
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }),
    ).rejects.toThrow(/cannot write .*out: ENOSPC.*old output kept/);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('the signal cleanup removes what is being written', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    let release = () => {};
    const writing = writeOutputDir(out, async (d) => {
      writeFileSync(join(d, 'half.jsonl'), '{"t":');
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir)).toHaveLength(1); // the temporary sibling
    expect(removePendingOutputs()).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    release();
    await writing.catch(() => {});
  });

  it('writes a single file through a temporary sibling', async () => {
    const dir = tmp();
    const out = join(dir, 'schema.json');
    writeFileSync(out, 'old');
    await writeOutputFile(out, ['{', '}']);
    expect(readFileSync(out, 'utf8')).toBe('{}');
    expect(readdirSync(dir)).toEqual(['schema.json']);
  });
});

describe('skylane run and a bad --out', () => {
  it('fails before simulating with exit 2 naming the path', async () => {
    const dir = tmp();
    const file = join(dir, 'taken');
    writeFileSync(file, '');
    let stderr = '';
    const t0 = performance.now();
    const code = await main(['run', 'scenarios/cyberport-waterfront.yaml', '--out', file], {
      ...quiet,
      stderr: (s) => (stderr += s),
    });
    expect(performance.now() - t0).toBeLessThan(1000); // no simulation (which takes seconds) happened
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(await main(['run', 'scenarios/cyberport-waterfront.yaml', '--out', '/proc/x'], quiet)).toBe(2);
  });
});

/** Runs the real command and sends SIGINT or SIGTERM after `delayMs`. */
function interrupted(args: string[], signal: NodeJS.Signals, delayMs: number) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/skylane.mjs', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('interrupting skylane run', () => {
  it('leaves the old output or the whole new one, never a half-written one, and exits 130/143', async () => {
    const dir = tmp();
    const scenario = join(dir, 'traffic.yaml');
    expect(await main(['generate', 'traffic', '--flights', '1200', '--seed', '5', '--out', scenario], quiet)).toBe(0);
    const out = join(dir, 'out');
    expect(await main(['run', scenario, '--out', out, '--seed', '1'], quiet)).toBe(0);
    const old = readFileSync(join(out, 'events.jsonl'), 'utf8');
    const outcomes: string[] = [];
    // From during start-up and simulation to during writing: the writes take the last few hundred milliseconds.
    for (const [k, delay] of [300, 1500, 2500, 3500, 4500, 6000].entries()) {
      const signal = k % 2 ? 'SIGTERM' : 'SIGINT';
      const r = await interrupted(['run', scenario, '--out', out, '--seed', '2'], signal, delay);
      expect(readdirSync(dir).sort()).toEqual(['out', 'traffic.yaml']); // no temporary sibling left
      const events = readFileSync(join(out, 'events.jsonl'), 'utf8');
      for (const line of events.trimEnd().split('\n')) JSON.parse(line);
      JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      JSON.parse(readFileSync(join(out, 'tracks.geojson'), 'utf8'));
      if (r.code === 0) outcomes.push('finished');
      else if (r.code === null) {
        expect(events).toBe(old); // killed while Node was still starting, before any handler was installed
        outcomes.push('killed at start-up');
      } else {
        expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(r.stderr).toMatch(new RegExp(`interrupted \\(${signal}\\).*earlier output is unchanged`));
        expect(events).toBe(old);
        outcomes.push('interrupted');
      }
    }
    expect(outcomes).toContain('interrupted');
    console.log(`SIGINT/SIGTERM test outcomes: ${outcomes.join(', ')}`);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});

describe('generate and schema with a bad --out', () => {
  it.each([
    ['generate', 'traffic', '--flights', '2', '--out', '/nonexistent/x.yaml'],
    ['schema', '--out', '/nonexistent/x'],
  ])('%s exits 2 naming the path', async (...args) => {
    let stderr = '';
    expect(await main(args, { ...quiet, stderr: (s) => (stderr += s) })).toBe(2);
    expect(stderr).toMatch(/--out "\/nonexistent\/x(\.yaml)?": the folder \/nonexistent does not exist/);
  });
});
