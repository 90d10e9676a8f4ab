// JavaScript the built viewer loads at start-up, gzipped: the entry chunk with its static imports, and with the app
// chunk the entry imports at once (the entry starts the worker first, then imports three.js, React and the panels).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSize {
  /** The entry and its static imports. */
  entry: { files: ChunkSize[]; bytes: number; gzip: number };
  /** Everything loaded before the first draw: also the chunks the entry imports dynamically, with their imports. */
  startup: { files: ChunkSize[]; bytes: number; gzip: number };
  /** Every stylesheet of the build (loaded with the app chunk). */
  css: { bytes: number; gzip: number };
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

function collect(start: string[], seen: Set<string>, dist: string): ChunkSize[] {
  const queue = [...start];
  const out: ChunkSize[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const buf = readFileSync(file);
    out.push({ file: file.slice(resolve(dist).length + 1), bytes: buf.length, gzip: gz(buf) });
    for (const m of buf.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(dirname(file), m[1]));
  }
  return out;
}

const total = (files: ChunkSize[]) => ({
  files,
  bytes: files.reduce((s, f) => s + f.bytes, 0),
  gzip: files.reduce((s, f) => s + f.gzip, 0),
});

export function initialJavaScript(dist: string): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => resolve(dist, `.${m[1]}`));
  const entries = attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g);
  const seen = new Set<string>();
  const entry = collect([...entries, ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)], seen, dist);
  const dynamic = entries.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[1])),
  );
  const later = collect(dynamic, seen, dist);
  const assets = join(dist, 'assets');
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f)));
  return {
    entry: total(entry),
    startup: total([...entry, ...later]),
    css: { bytes: css.reduce((s, b) => s + b.length, 0), gzip: css.reduce((s, b) => s + gz(b), 0) },
  };
}
