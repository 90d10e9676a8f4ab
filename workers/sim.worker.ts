// The simulation worker (comlink): builds the world, compiles scenarios, runs each once, serves frames by seeking.
import * as Comlink from 'comlink';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../src/core/geo';
import { loadScenario } from '../src/core/scenario/load-scenario';
import { createStandardMonitors } from '../src/core/sim/standard-monitors';
import { createWorld, fetchWorldData } from '../src/core/world';
import { createTerrainGrid } from '../src/core/world/terrain-grid';
import type { World } from '../src/core/world/world';
import { flightStatus, frameReply, sampleWeather } from '../src/ui/replay/frame-reply';
import { ReplaySession } from '../src/ui/replay/replay-session';
import { scenarioMeta } from '../src/ui/replay/scenario-meta';
import { RunCancelled } from '../src/ui/replay/yielding-monitor';
import type { FrameReply, RunReply, ScenarioMeta, SimWorkerApi } from '../src/ui/sim-protocol';
import { buildWorldGeometry, worldGeometryBuffers } from '../src/ui/world-mesh/world-geometry';

let resolveWorld: (w: World) => void;
const worldReady = new Promise<World>((resolve) => (resolveWorld = resolve));
let current: { session: ReplaySession; meta: ScenarioMeta; generation: number } | undefined;
let generation = 0;
let progress: ((generation: number, fraction: number) => void) | undefined;
const runs = new Map<number, Promise<RunReply | null>>();

const api: SimWorkerApi = {
  async init() {
    const data = await fetchWorldData();
    const world = createWorld(data, createLocalFrame(CYBERPORT_ORIGIN));
    resolveWorld(world);
    const geometry = buildWorldGeometry(world, createTerrainGrid(data.terrain), data.coast.bbox);
    return Comlink.transfer(geometry, worldGeometryBuffers(geometry));
  },

  async load(text, file) {
    const world = await worldReady;
    const started = performance.now();
    let result: ReturnType<typeof loadScenario>;
    try {
      result = loadScenario(text, file, world);
    } catch (error) {
      return { ok: false, errors: [{ file, path: '', message: `internal error: ${(error as Error).message}` }] };
    }
    if (!result.ok) return { ok: false, errors: result.errors };
    current?.session.cancel();
    const gen = ++generation;
    const session = new ReplaySession(result.scenario);
    const meta = scenarioMeta(result.scenario);
    current = { session, meta, generation: gen };
    const compileMs = performance.now() - started;
    const monitors = createStandardMonitors(result.scenario);
    const runStart = performance.now();
    const run = session
      .run(monitors, (fraction) => progress?.(gen, fraction))
      .then(() => ({
        generation: gen,
        events: session.events,
        snapshots: session.snapshotCount,
        runMs: performance.now() - runStart,
      }))
      .catch((error) => {
        if (error instanceof RunCancelled) return null;
        throw error;
      })
      .finally(() => {
        for (const m of monitors) m.dispose?.();
        runs.delete(gen);
      });
    runs.set(gen, run);
    return { ok: true, meta, generation: gen, compileMs };
  },

  runResult(gen) {
    return runs.get(gen) ?? Promise.resolve(null);
  },

  async frameAt(t, selected) {
    if (!current) throw new Error('no scenario loaded');
    const { session, meta } = current;
    const started = performance.now();
    const { frame, steps } = session.seek(t);
    const { reply, transfer } = frameReply(frame, {
      generation: current.generation,
      workerMs: 0,
      steps,
      weather: sampleWeather(session.scenario.weather, meta.windLayers, frame.t),
      selected: flightStatus(session.scenario, session.engine, selected),
    });
    (reply as FrameReply).workerMs = performance.now() - started;
    return Comlink.transfer(reply, transfer);
  },

  onProgress(listener) {
    progress = listener;
  },
};

Comlink.expose(api);
