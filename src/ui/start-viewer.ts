// Start-up: the worker builds the world and compiles the scenario named in the URL (or the default) at the same time.
import { resetViewerPerf, summarizeViewerPerf, viewerPerf } from './perf/viewer-perf';
import { displayTraffic } from './scene/display-traffic';
import { simWorker } from './sim-client';
import { BUNDLED_SCENARIOS } from './state/bundled-scenarios';
import { frameStream, loadOptions, openScenarioText, seek } from './state/replay-controller';
import { useUiStore } from './state/ui-store';

let started = false;

/** URL parameters: ?scenario=<bundled id>&t=<seconds>&speed=<n>&play=1&detect=off (rendering load tests only). */
export async function startViewer(): Promise<void> {
  if (started) return;
  started = true;
  // Hooks for benchmarks and end-to-end tests (read-only views and the seek action).
  Object.assign(window, {
    skylanePerf: { summary: summarizeViewerPerf, reset: resetViewerPerf, raw: viewerPerf },
    skylaneDebug: { traffic: displayTraffic, frames: frameStream, seek },
  });
  const params = new URLSearchParams(window.location.search);
  if (params.get('detect') === 'off') loadOptions.monitors = false;
  const wanted = params.get('scenario');
  const bundled = BUNDLED_SCENARIOS.find((b) => b.id === wanted) ?? BUNDLED_SCENARIOS[0];
  const speed = Number(params.get('speed'));
  if (speed > 0) useUiStore.setState({ speed: Math.min(1000, speed) });
  performance.mark('skylane:start');
  const world = simWorker()
    .init()
    .then((geometry) => {
      performance.mark('skylane:world');
      useUiStore.setState({ world: geometry });
      return true;
    })
    .catch((error: Error) => {
      useUiStore.setState({ fatal: `Could not load the world data: ${error.message}` });
      return false;
    });
  if (!bundled) return;
  // The worker compiles the scenario as soon as its world is ready (load waits for it there), not after a round trip.
  const t = params.has('t') ? Number(params.get('t')) : undefined;
  const opened = await openScenarioText(await bundled.load(), bundled.file, Number.isFinite(t) ? t : undefined);
  if ((await world) && opened && params.get('play') === '1') useUiStore.setState({ playing: true });
}
