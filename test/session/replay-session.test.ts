import { describe, expect, test } from 'vitest';
import type { CompiledScenario } from '../../src/core/scenario/compiled';
import { loadScenario } from '../../src/core/scenario/load-scenario';
import { Engine } from '../../src/core/sim/engine';
import { EventLog, eventToJson } from '../../src/core/sim/events';
import { runSimulation } from '../../src/core/sim/run-simulation';
import { cloneTrafficFrame, type TrafficFrame } from '../../src/core/sim/traffic-frame';
import { ReplaySession } from '../../src/session/replay-session';
import { scenarioYaml } from '../helpers/scenario-text';
import { createTestWorld } from '../helpers/test-world';

function compile(): CompiledScenario {
  const flights = Array.from({ length: 6 }, (_, k) => ({
    id: `F${k}`,
    departure: k * 45,
    destination: k % 2 ? 'sok-kwu-wan-pier' : 'yung-shue-wan-pier',
  }));
  const r = loadScenario(
    scenarioYaml(flights, {
      meta: { duration_s: 1800, snapshot_interval_s: 60 },
      weather: {
        wind: [{ at: 0, layers: [{ alt_amsl_m: 0, from_deg: 70, speed_mps: 6 }] }],
        gusts: [{ at: 0, intensity_mps: 2 }],
      },
    }),
    'replay.yaml',
    createTestWorld(),
  );
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario;
}

/** Frames of a straight run at the given times (each the last step at or before t). */
function referenceFrames(s: CompiledScenario, times: number[]): Map<number, TrafficFrame> {
  const engine = new Engine(s, new EventLog());
  const out = new Map<number, TrafficFrame>();
  for (const t of [...times].sort((a, b) => a - b)) {
    while (engine.stepIndex < Math.floor(t / s.time_step_s + 1e-6)) engine.step();
    out.set(t, cloneTrafficFrame(engine.frame));
  }
  return out;
}

const TIMES = [0, 37.25, 600, 1234.5, 61, 1800, 59.5, 900];

describe('replay session', () => {
  const scenario = compile();
  const reference = referenceFrames(scenario, TIMES);

  test('the full run keeps the same event log as runSimulation and one snapshot per interval', async () => {
    const session = new ReplaySession(scenario);
    const progress: number[] = [];
    await session.run(
      () => [],
      (f) => progress.push(f),
    );
    const direct = await runSimulation(scenario);
    expect(session.record?.events.map((e) => eventToJson(e))).toEqual(direct.log.events.map((e) => eventToJson(e)));
    expect(session.snapshotCount).toBe(1800 / 60 + 1);
    expect(progress.at(-1)).toBe(1);
  });

  test.each([
    ['after the run (snapshots of the run)', true],
    ['before the run (its own snapshots)', false],
  ])('seeking forwards and backwards gives the frames of a straight run — %s', async (_, runFirst) => {
    const session = new ReplaySession(scenario);
    if (runFirst)
      await session.run(
        () => [],
        () => {},
      );
    for (const t of TIMES) {
      const { frame } = session.seek(t);
      const want = reference.get(t)!;
      expect(frame.t).toBe(want.t);
      expect([...frame.x]).toEqual([...want.x]);
      expect([...frame.z]).toEqual([...want.z]);
      expect([...frame.phase]).toEqual([...want.phase]);
      expect([...frame.energy]).toEqual([...want.energy]);
    }
  });

  test('a seek after the run costs at most one snapshot interval of steps', async () => {
    const session = new ReplaySession(scenario);
    await session.run(
      () => [],
      () => {},
    );
    session.seek(1700);
    expect(session.seek(100).steps).toBeLessThanOrEqual(60 / scenario.time_step_s);
    expect(session.seek(100.2).steps).toBe(0);
  });

  test('a superseded run stops', async () => {
    const session = new ReplaySession(scenario);
    const run = session.run(
      () => [],
      () => {},
    );
    session.cancel();
    await expect(run).rejects.toThrow('superseded');
  });
});
