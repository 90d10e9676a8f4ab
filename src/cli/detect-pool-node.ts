// The detection worker pool on Node worker_threads (CLI and tests); workers load the TypeScript entry through tsx.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createDetectPool, type DetectPool } from '../core/detect/detect-pool';

const WORKER_URL = new URL('../../workers/detect.node-worker.ts', import.meta.url);

/**
 * A worker bootstrap: registers tsx's ESM hooks inside the worker thread, then imports the TypeScript entry. (Passing
 * `--import tsx` in execArgv does not install the hooks in a worker thread on Node 20.)
 */
function bootstrap(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exported = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = new URL(exported['./esm/api'].import.default, pathToFileURL(manifest)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
}

/**
 * Starts `size` worker threads running workers/detect.node-worker.ts and returns the pool over them.
 * Close it (pool.close()) to stop the threads.
 */
export function createNodeDetectPool(size: number): DetectPool {
  const code = bootstrap();
  return createDetectPool(size, () => {
    const worker = new Worker(code, { eval: true });
    worker.unref();
    return {
      endpoint: nodeEndpoint(worker as unknown as Parameters<typeof nodeEndpoint>[0]),
      terminate: () => worker.terminate(),
    };
  });
}
