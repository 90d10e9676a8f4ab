// Browser detection worker (new Worker(new URL(...), { type: 'module' })): the strip detector of src/core/detect over comlink.
import type { Endpoint } from 'comlink';
import { exposeStripWorker } from '../src/core/detect/strip-worker-api';

exposeStripWorker(self as unknown as Endpoint);
