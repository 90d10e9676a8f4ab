// Initial JavaScript of the built viewer: the entry chunk and everything it imports statically, gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
  css: { bytes: number; gzip: number };
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Follows `<script type="module" src>`, modulepreload links and static `import … from` of each chunk. */
export function initialJavaScript(dist: string): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
  const queue = [
    ...attr(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((p) => resolve(dist, `.${p}`));
  const seen = new Set<string>();
  const files: BundleSize['files'] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const buf = readFileSync(file);
    files.push({ file: file.slice(resolve(dist).length + 1), bytes: buf.length, gzip: gz(buf) });
    const text = buf.toString('utf8');
    for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), m[1]));
  }
  const cssFiles = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).map((p) =>
    readFileSync(resolve(dist, `.${p}`)),
  );
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    css: { bytes: cssFiles.reduce((s, b) => s + b.length, 0), gzip: cssFiles.reduce((s, b) => s + gz(b), 0) },
  };
}
