// Guards V8's fast typed-array mode in the threads that detect: comlink by its ES module file on Node, and no transfers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

describe("V8's fast typed-array mode (docs/detect.md)", () => {
  it('Node code loads comlink by its ES module file, not the UMD main entry', () => {
    // Loaded through tsx, comlink's UMD entry slows every typed-array access of the process by ~15 %.
    const offenders = [...sources('src/core'), ...sources('src/cli'), ...sources('workers')].filter((file) =>
      /^import (?!type )[^;]*from 'comlink';/m.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    // The browser's simulation worker goes through Vite, which takes the package's ES module build.
    expect(offenders).toEqual(['workers/sim.worker.ts']);
  });

  it('the detector and the simulation worker transfer no buffer', () => {
    // A transfer detaches the sender's ArrayBuffer, which slows the sender's thread for good. The detection pool passes
    // a transfer list only without shared memory (stripTransfers).
    const transfers = [...sources('src/core'), ...sources('src/session'), 'workers/sim.worker.ts']
      .filter((file) => /Comlink\.transfer\(|postMessage\([^)]*,\s*\[/.test(readFileSync(join(ROOT, file), 'utf8')))
      .sort();
    expect(transfers).toEqual(['src/core/detect/detect-pool.ts', 'src/core/detect/strip-worker-api.ts']);
  });
});
