// Figures the viewer measures about itself (main-thread work per frame, frame round trips, seeks), for benchmarks.
import { SampleRing, type SampleSummary } from './sample-ring';

export const viewerPerf = {
  /** Main-thread time from the first scene update of a frame to the end of its render call, ms. */
  frameWork: new SampleRing(),
  /** The part of frameWork spent in the render call (three.js traversal, uniform and buffer uploads, draw calls). */
  renderCall: new SampleRing(),
  /** Worker time per frame request (restore + steps + copy), ms. */
  workerTick: new SampleRing(),
  /** Request → frame received on the main thread, ms. */
  roundTrip: new SampleRing(),
  /** Scrubber or event jump → the frame at the new time received, ms. */
  seek: new SampleRing(),
  /** Wall ms from navigation start to the first drawn frame with the world and a scenario frame. */
  firstDrawMs: Number.NaN,
  /** Wall ms the worker took to run the scenario in full (with monitors). */
  runMs: Number.NaN,
  renderedFrames: 0,
};

export interface ViewerPerfSummary {
  frameWork: SampleSummary;
  renderCall: SampleSummary;
  workerTick: SampleSummary;
  roundTrip: SampleSummary;
  seek: SampleSummary;
  firstDrawMs: number;
  runMs: number;
  renderedFrames: number;
}

export function summarizeViewerPerf(): ViewerPerfSummary {
  return {
    frameWork: viewerPerf.frameWork.summary(),
    renderCall: viewerPerf.renderCall.summary(),
    workerTick: viewerPerf.workerTick.summary(),
    roundTrip: viewerPerf.roundTrip.summary(),
    seek: viewerPerf.seek.summary(),
    firstDrawMs: viewerPerf.firstDrawMs,
    runMs: viewerPerf.runMs,
    renderedFrames: viewerPerf.renderedFrames,
  };
}

export function resetViewerPerf(): void {
  for (const ring of [
    viewerPerf.frameWork,
    viewerPerf.renderCall,
    viewerPerf.workerTick,
    viewerPerf.roundTrip,
    viewerPerf.seek,
  ])
    ring.clear();
  viewerPerf.renderedFrames = 0;
}
