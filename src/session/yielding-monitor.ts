// A monitor that logs nothing: it lets a long run yield to the worker's event loop (so frames can be served) and stop.
import type { Monitor } from '../core/sim/monitor';

export class RunCancelled extends Error {
  constructor() {
    super('run superseded');
  }
}

/**
 * Every `sliceMs` of wall time spent in a run, check() returns a promise settled on a later macrotask, so that the
 * worker answers queued messages (frame requests) before the run goes on. Throws RunCancelled once `cancelled()` is
 * true. It never changes the traffic or the log, so the run's result is the same with or without it.
 */
export function createYieldingMonitor(cancelled: () => boolean, sliceMs = 40): Monitor {
  // The first check always yields.
  let sliceStart = Number.NEGATIVE_INFINITY;
  const nextMacrotask = () =>
    new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  return {
    name: 'viewer-yield',
    check() {
      if (cancelled()) throw new RunCancelled();
      if (performance.now() - sliceStart < sliceMs) return;
      return nextMacrotask().then(() => {
        sliceStart = performance.now();
        if (cancelled()) throw new RunCancelled();
      });
    },
    finish() {},
    report: () => ({}),
  };
}
