// The main thread's handle on the simulation worker (comlink), created on first use and shared.
import * as Comlink from 'comlink';
import type { SimWorkerApi } from '../session/sim-protocol';

let api: Comlink.Remote<SimWorkerApi> | undefined;

export function simWorker(): Comlink.Remote<SimWorkerApi> {
  api ??= Comlink.wrap<SimWorkerApi>(
    new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'skylane-sim' }),
  );
  return api;
}

export const proxy = Comlink.proxy;
