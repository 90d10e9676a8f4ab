// The simulation worker (comlink): builds the world, compiles and plans scenarios, runs each once, serves frames,
// event pages and the selected flight's strategic view.
import * as Comlink from 'comlink';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../src/core/geo';
import { loadScenario } from '../src/core/scenario/load-scenario';
import { createStandardMonitors } from '../src/core/sim/standard-monitors';
import { createWorld, fetchWorldData } from '../src/core/world';
import { createTerrainGrid } from '../src/core/world/terrain-grid';
import type { World } from '../src/core/world/world';
import { buildFrameReply } from '../src/session/frame-reply';
import { busiestOpeningTime } from '../src/session/opening-time';
import { ReplaySession } from '../src/session/replay-session';
import { scenarioMeta } from '../src/session/scenario-meta';
import type { RunSummary, ScenarioMeta, SimWorkerApi } from '../src/session/sim-protocol';
import { StrategicRecord } from '../src/session/strategic-view';
import { buildWorldGeometry } from '../src/session/world-mesh/world-geometry';
import { RunCancelled } from '../src/session/yielding-monitor';

let resolveWorld: (w: World) => void;
const worldReady = new Promise<World>((resolve) => (resolveWorld = resolve));
let current: { session: ReplaySession; meta: ScenarioMeta; generation: number; strategic: StrategicRecord } | undefined;
let generation = 0;
let progress: ((generation: number, fraction: number) => void) | undefined;
/** The current scenario's run (kept after it ends: the page may ask after a fast run is over). */
let run: { generation: number; result: Promise<RunSummary | null> } | undefined;

const api: SimWorkerApi = {
  async init() {
    const data = await fetchWorldData();
    const world = createWorld(data, createLocalFrame(CYBERPORT_ORIGIN));
    resolveWorld(world);
    // Replies are copied, never transferred: a transfer would put this worker's V8 in its slower typed-array mode (see
    // frame-reply.ts).
    return buildWorldGeometry(world, createTerrainGrid(data.terrain), data.coast.bbox);
  },

  async load(text, file, startAt, options = { monitors: true }) {
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
    // The UTM plans first; what flies is the plan's flights (replanned ones moved, grounded ones kept down).
    const strategic = new StrategicRecord(result.scenario);
    const flown = { ...result.scenario, flights: strategic.plan.flights };
    const session = new ReplaySession(flown);
    const meta = scenarioMeta(flown);
    current = { session, meta, generation: gen, strategic };
    const compileMs = performance.now() - started;
    const opening =
      startAt ??
      busiestOpeningTime(
        meta.flights.map((f) => f.departure_s),
        meta.duration_s,
      );
    const first = buildFrameReply(session, gen, meta.windLayers, opening, -1);
    const runStart = performance.now();
    const summary = session
      .run(
        () => (options.monitors ? createStandardMonitors(flown, { plan: strategic.plan }) : []),
        (fraction) => progress?.(gen, fraction),
      )
      .then((record) => ({
        generation: gen,
        eventCount: record.events.length,
        kinds: record.kinds,
        marks: record.marks,
        busiest_s: record.busiest_s,
        snapshots: session.snapshotCount,
        runMs: performance.now() - runStart,
      }))
      .catch((error) => {
        if (error instanceof RunCancelled) return null;
        throw error;
      });
    run = { generation: gen, result: summary };
    return { ok: true as const, meta, generation: gen, compileMs, opening: first };
  },

  runResult(gen) {
    return run?.generation === gen ? run.result : Promise.resolve(null);
  },

  async events(gen, filter, offset, limit) {
    const record = current?.generation === gen ? current.session.record : null;
    return record ? record.view.page(filter, offset, Math.min(limit, 500)) : { total: 0, offset: 0, rows: [] };
  },

  async strategicView(gen, flight) {
    if (current?.generation !== gen) return null;
    return current.strategic.view(gen, flight, current.session.record?.events ?? null);
  },

  async frameAt(t, selected) {
    if (!current) throw new Error('no scenario loaded');
    return buildFrameReply(current.session, current.generation, current.meta.windLayers, t, selected);
  },

  onProgress(listener) {
    progress = listener;
  },
};

Comlink.expose(api);
