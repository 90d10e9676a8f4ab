// The replay clock and its actions (play, speed, seek, load a scenario), driving the frame stream and the store.

import type { LoadOptions, ScenarioMeta } from '../../session/sim-protocol';
import { viewerPerf } from '../perf/viewer-perf';
import { FrameStream } from '../replay/frame-stream';
import { advanceClock, clampTime } from '../replay/playback-clock';
import { proxy, simWorker } from '../sim-client';
import { updateLiveReadouts } from './live-readouts';
import { useUiStore } from './ui-store';

/** The replay time, changed every frame while playing (not React state). `jumps` counts discontinuities (seeks). */
export const replayClock = { t: 0, jumps: 0 };

let invalidateScene: () => void = () => {};
let lastPublish = 0;
const PUBLISH_INTERVAL_MS = 250;

export const frameStream = new FrameStream(
  (t, selected) => simWorker().frameAt(t, selected),
  () => {
    publishClock(false);
    invalidateScene();
  },
  {
    onFrame(roundTripMs, workerMs, seekMs) {
      viewerPerf.roundTrip.push(roundTripMs);
      viewerPerf.workerTick.push(workerMs);
      if (seekMs !== null) viewerPerf.seek.push(seekMs);
    },
  },
);

/** The scene registers its invalidate (R3F demand rendering) here. */
export function setSceneInvalidator(fn: () => void): void {
  invalidateScene = fn;
}

function currentMeta(): ScenarioMeta | null {
  return useUiStore.getState().scenario?.meta ?? null;
}

/** Copies the clock and the latest frame's figures to the store (at most 4 times a second unless forced). */
export function publishClock(force: boolean): void {
  const now = performance.now();
  if (!force && now - lastPublish < PUBLISH_INTERVAL_MS) return;
  lastPublish = now;
  const { selected } = useUiStore.getState();
  const f = frameStream.latest;
  const i = selected;
  useUiStore.setState({
    clock: {
      t: replayClock.t,
      airborne: f?.airborne ?? 0,
      weather: f?.weather ?? null,
      selected: f?.selected && f.selected.index === i ? f.selected : null,
      selectedState:
        f && i >= 0 && i < f.count
          ? {
              phase: f.phase[i],
              x: f.x[i],
              y: f.y[i],
              z: f.z[i],
              vx: f.vx[i],
              vy: f.vy[i],
              heading: f.heading[i],
              energy: f.energy[i],
            }
          : null,
    },
  });
}

/** Called once per rendered frame before the scene updates: advances the clock and asks for the matching frame. */
export function tickReplay(wallDeltaSeconds: number): void {
  const meta = currentMeta();
  if (!meta) return;
  const state = useUiStore.getState();
  if (state.playing) {
    const next = advanceClock(replayClock.t, wallDeltaSeconds, state.speed, meta.duration_s);
    replayClock.t = next.t;
    if (next.ended) useUiStore.setState({ playing: false });
  }
  frameStream.want(replayClock.t, state.selected);
  updateLiveReadouts(replayClock.t, meta.start_epoch_ms, meta.utc_offset_min, frameStream.latest?.airborne ?? 0);
  publishClock(false);
}

export function seek(t: number): void {
  const meta = currentMeta();
  if (!meta) return;
  replayClock.t = clampTime(t, meta.duration_s);
  replayClock.jumps++;
  frameStream.markSeek();
  frameStream.want(replayClock.t, useUiStore.getState().selected);
  updateLiveReadouts(replayClock.t, meta.start_epoch_ms, meta.utc_offset_min, frameStream.latest?.airborne ?? 0);
  publishClock(true);
  invalidateScene();
}

export function setPlaying(playing: boolean): void {
  const meta = currentMeta();
  if (!meta) return;
  if (playing && replayClock.t >= meta.duration_s) seek(0);
  useUiStore.setState({ playing });
  invalidateScene();
}

export function togglePlaying(): void {
  setPlaying(!useUiStore.getState().playing);
}

let progressRegistered = false;
/** Options of every load (the URL's ?detect=off turns the monitors off for rendering load tests). */
export const loadOptions: LoadOptions = { monitors: true };
/** Scenarios with at most this many flights open with every route drawn. */
const ROUTES_ALL_MAX = 100;

/** Compiles and runs a scenario text in the worker; on errors the previous scenario stays loaded. */
export async function openScenarioText(text: string, file: string, startAt?: number): Promise<boolean> {
  const worker = simWorker();
  if (!progressRegistered) {
    progressRegistered = true;
    // Not awaited: comlink keeps the order of calls, so the listener is set before the load below runs.
    worker.onProgress(
      proxy((generation: number, fraction: number) => {
        const s = useUiStore.getState().scenario;
        // 100 % only once the summary is in (see below).
        if (s?.generation === generation && s.run === null)
          useUiStore.setState({ runProgress: Math.min(fraction, 0.99) });
      }),
    );
  }
  useUiStore.setState({ loading: file });
  const reply = await worker.load(text, file, startAt, loadOptions);
  performance.mark('skylane:compiled');
  if (!reply.ok) {
    useUiStore.setState({ loading: null, loadErrors: { file, errors: reply.errors } });
    return false;
  }
  const { meta, generation } = reply;
  useUiStore.setState((s) => ({
    scenario: { meta, generation, run: null },
    // Every route drawn for small scenarios; only the selected flight's when there are many.
    layers: { ...s.layers, routes: meta.flights.length <= ROUTES_ALL_MAX ? 'all' : 'selected' },
    loading: null,
    loadErrors: null,
    runProgress: 0,
    selected: -1,
    hovered: -1,
    follow: false,
    playing: false,
  }));
  frameStream.reset(generation, meta.time_step_s);
  frameStream.accept(reply.opening, -1);
  seek(reply.opening.t);
  const jumpsAtOpen = replayClock.jumps;
  const run = await worker.runResult(generation).catch((error: unknown) => {
    useUiStore.setState({ fatal: `simulation failed: ${(error as Error).message}` });
    return null;
  });
  if (!run || useUiStore.getState().scenario?.generation !== generation) return true;
  viewerPerf.runMs = run.runMs;
  useUiStore.setState((s) => ({ runProgress: 1, scenario: s.scenario && { ...s.scenario, run } }));
  // Untouched since opening: move to the moment with the most aircraft in the air.
  const untouched = replayClock.jumps === jumpsAtOpen && !useUiStore.getState().playing;
  if (startAt === undefined && run.busiest_s !== null && untouched) seek(run.busiest_s);
  // The run's alerts are now known: ask again for the frame shown.
  frameStream.refresh();
  invalidateScene();
  return true;
}

export async function openScenarioFile(file: File): Promise<boolean> {
  const MAX_BYTES = 64 * 1024 * 1024;
  if (file.size > MAX_BYTES) {
    useUiStore.setState({
      loadErrors: {
        file: file.name,
        errors: [
          {
            file: file.name,
            path: '',
            message: `file too large (${Math.round(file.size / 1048576)} MB, at most 64 MB)`,
          },
        ],
      },
    });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const message = `cannot read the file (${(error as Error).message})`;
    useUiStore.setState({ loadErrors: { file: file.name, errors: [{ file: file.name, path: '', message }] } });
    return false;
  }
  return openScenarioText(text, file.name);
}
