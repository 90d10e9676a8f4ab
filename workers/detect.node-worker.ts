// Node detection worker (worker_threads, loaded through tsx): the strip detector of src/core/detect over comlink.
import { parentPort } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { exposeStripWorker } from '../src/core/detect/strip-worker-api';

if (!parentPort) throw new Error('detect.node-worker must run in a worker thread');
exposeStripWorker(nodeEndpoint(parentPort as unknown as Parameters<typeof nodeEndpoint>[0]));
