// Measures the main thread's work per rendered frame: from the first scene update to the end of the render call.
import { viewerPerf } from '../perf/viewer-perf';

let started = Number.NaN;

export const frameTimer = {
  begin(): void {
    started = performance.now();
  },
  end(): void {
    if (Number.isNaN(started)) return;
    viewerPerf.frameWork.push(performance.now() - started);
    viewerPerf.renderedFrames++;
    started = Number.NaN;
  },
};
