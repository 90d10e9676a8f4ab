// Measures the main thread's work per rendered frame: from the first scene update to the end of the render call.
import { viewerPerf } from '../perf/viewer-perf';

let started = Number.NaN;
let renderStarted = Number.NaN;

export const frameTimer = {
  begin(): void {
    started = performance.now();
  },
  beforeRender(): void {
    renderStarted = performance.now();
  },
  end(): void {
    if (Number.isNaN(started)) return;
    const now = performance.now();
    viewerPerf.frameWork.push(now - started);
    if (!Number.isNaN(renderStarted)) viewerPerf.renderCall.push(now - renderStarted);
    viewerPerf.renderedFrames++;
    started = Number.NaN;
    renderStarted = Number.NaN;
  },
};
