// Start-up: build the world in the worker, then open the scenario named in the URL or the default bundled one.
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
  // The scenario text loads while the worker builds the world.
  const text = bundled?.load();
  performance.mark('skylane:start');
  try {
    const world = await simWorker().init();
    performance.mark('skylane:world');
    useUiStore.setState({ world });
  } catch (error) {
    useUiStore.setState({ fatal: `Could not load the world data: ${(error as Error).message}` });
    return;
  }
  const speed = Number(params.get('speed'));
  if (speed > 0) useUiStore.setState({ speed: Math.min(1000, speed) });
  if (!bundled || !text) return;
  const t = params.has('t') ? Number(params.get('t')) : undefined;
  const opened = await openScenarioText(await text, bundled.file, Number.isFinite(t) ? t : undefined);
  if (opened && params.get('play') === '1') useUiStore.setState({ playing: true });
}
