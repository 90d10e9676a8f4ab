// The tactical monitor on hand-made frames: an analytic head-on encounter, a vertical miss, clearance, CAD height, zones.
import { describe, expect, it } from 'vitest';
import { createTacticalMonitor, type TacticalReport } from '../../../src/core/detect/tactical-monitor';
import type { ZoneHit, ZoneQuery } from '../../../src/core/detect/zone-query';
import type { CompiledScenario } from '../../../src/core/scenario/compiled';
import { EventLog } from '../../../src/core/sim/events';
import type { Monitor } from '../../../src/core/sim/monitor';
import { Phase } from '../../../src/core/sim/phases';
import { channelPool } from './channel-pool';
import { frameOf, GROUND, type State, scenarioWith } from './scenario-fixture';

async function fly(
  monitor: Monitor,
  scenario: CompiledScenario,
  until: number,
  states: (t: number) => State[],
): Promise<EventLog> {
  const log = new EventLog();
  let frame = frameOf(0, states(0));
  for (let t = 1; t <= until; t++) {
    frame = frameOf(t, states(t));
    await monitor.check({ scenario, frame, t, log });
  }
  monitor.finish({ scenario, frame, t: until, log });
  return log;
}

const brief = (log: EventLog) => log.events.map((e) => `${e.t} ${e.kind} ${e.flights.join('+')}`);

describe('createTacticalMonitor', () => {
  it('logs a head-on encounter at the analytically expected ticks, and nothing for a crossing 20 m apart vertically', async () => {
    // B-2 and A-1 close at 30 m/s from 2005 m at 100 m AMSL. Drone minima: 32 m, 7.62 m, 20 s; NMAC 10 m.
    // t_in = (2005 − 30t − 32)/30 < 20 first at t = 46; distance < 32 m at t = 66 (25 m) and 67 (5 m: NMAC);
    // at t = 68 they are 35 m apart and diverging: clear; the episodes end after 3 clear ticks, at t = 70.
    // C-3 and D-4 cross at right angles at 80 m and 100 m AMSL: never within 7.62 m vertically.
    const scenario = scenarioWith([{ id: 'B-2' }, { id: 'A-1' }, { id: 'C-3' }, { id: 'D-4' }]);
    const monitor = createTacticalMonitor(scenario, { zones: null });
    const log = await fly(monitor, scenario, 100, (t) => [
      { x: 15 * t, y: 5000, z: 100, vx: 15 },
      { x: 2005 - 15 * t, y: 5000, z: 100, vx: -15 },
      { x: -1000 + 15 * t, y: -3000, z: 80, vx: 15 },
      { x: 0, y: -4000 + 15 * t, z: 100, vy: 15 },
    ]);
    expect(brief(log)).toEqual([
      '46 conflict-start A-1+B-2',
      '66 los-start A-1+B-2',
      '67 nmac A-1+B-2',
      '70 conflict-end A-1+B-2',
      '70 los-end A-1+B-2',
    ]);
    const start = log.events[0];
    expect(start.details.tcpa_s).toBeCloseTo((2005 - 30 * 46) / 30, 9);
    expect(start.details.tin_s).toBeCloseTo((2005 - 30 * 46 - 32) / 30, 9);
    expect(start.x).toBeCloseTo(1002.5, 9);
    const losEnd = log.events[4];
    expect(losEnd.details).toMatchObject({ started_s: 66, last_seen_s: 67, min_distance_m: 5, t_worst_s: 67 });
    const report = monitor.report() as unknown as TacticalReport;
    expect(report.episodes).toEqual({
      conflict: 1,
      los: 1,
      nmac: 1,
      zone_infringement: 0,
      clearance: 0,
      cad_height: 0,
    });
    expect(report.per_flight['A-1'].conflict).toBe(1);
    expect(Object.keys(report.per_flight)).toEqual(['A-1', 'B-2']);
    expect(report.min_separation).toMatchObject({
      horizontal_m: 5,
      horizontal_flights: ['A-1', 'B-2'],
      horizontal_t_s: 67,
    });
    expect(report.time_in_conflict_s).toBe(67 - 46 + 1);
    expect(report.time_in_los_s).toBe(2);
  });

  it('logs the same events through a worker pool', async () => {
    const scenario = scenarioWith(Array.from({ length: 60 }, (_, k) => ({ id: `F-${String(k).padStart(2, '0')}` })));
    // 60 aircraft on converging tracks around the origin, some level, some climbing.
    const states = (t: number): State[] =>
      scenario.flights.map((_, k) => {
        const heading = (k * 2 * Math.PI) / 60;
        const v = 10 + (k % 7);
        return {
          x: 1500 * Math.sin(heading) - v * t * Math.sin(heading),
          y: 1500 * Math.cos(heading) - v * t * Math.cos(heading),
          z: 80 + (k % 3) * 4 + (k % 2 ? 0.5 * t : 0),
          vx: -v * Math.sin(heading),
          vy: -v * Math.cos(heading),
          vz: k % 2 ? 0.5 : 0,
        };
      });
    const inProcess = await fly(createTacticalMonitor(scenario, { zones: null }), scenario, 200, states);
    const pool = channelPool(2);
    try {
      const pooled = await fly(createTacticalMonitor(scenario, { zones: null, pool }), scenario, 200, states);
      expect(pooled.events).toEqual(inProcess.events);
      expect(inProcess.events.length).toBeGreaterThan(20);
    } finally {
      await pool.close();
    }
  });

  it('leaves aircraft on the ground out and closes open episodes at the end', async () => {
    const scenario = scenarioWith([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    const monitor = createTacticalMonitor(scenario, { zones: null });
    const log = await fly(monitor, scenario, 5, () => [
      { x: 0, y: 500, z: 100 },
      { x: 8, y: 500, z: 100 },
      { x: 4, y: 500, z: 100, phase: Phase.Landed },
    ]);
    expect(brief(log)).toEqual([
      '1 conflict-start a+b',
      '1 los-start a+b',
      '1 nmac a+b',
      '5 conflict-end a+b',
      '5 los-end a+b',
    ]);
  });

  it('checks ground and building clearance outside take-off and landing, and the CAD A2 limit unless Advanced', async () => {
    const scenario = scenarioWith([
      { id: 'low' },
      { id: 'roof' },
      { id: 'takeoff' },
      { id: 'high' },
      { id: 'high-advanced', advanced: true },
      { id: 'evtol-high', cls: 'passenger-evtol' },
    ]);
    const monitor = createTacticalMonitor(scenario, { zones: null });
    const log = await fly(monitor, scenario, 4, (t) => [
      { x: 5000, y: 0, z: GROUND + (t <= 2 ? 15 : 40) }, // 15 m above ground < 20 m, then fine
      { x: 50, y: 50, z: 55 }, // inside the 60 m building
      { x: 9000, y: 0, z: GROUND + 5, phase: Phase.Takeoff },
      { x: -5000, y: -3000, z: GROUND + 95 }, // above 91 m AGL
      { x: -9000, y: -3000, z: GROUND + 95 },
      { x: 0, y: 9000, z: GROUND + 300 },
    ]);
    // 'low' is clear from t = 3 but the run ends at t = 4, before 3 clear ticks: finish() closes every open episode.
    expect(brief(log)).toEqual([
      '1 clearance-start low',
      '1 clearance-start roof',
      '1 cad-height-start high',
      '4 clearance-end low',
      '4 clearance-end roof',
      '4 cad-height-end high',
    ]);
    const roof = log.events.find((e) => e.kind === 'clearance-start' && e.flights[0] === 'roof');
    expect(roof?.details.reason).toBe('inside-building');
    const cad = log.events.find((e) => e.kind === 'cad-height-start');
    expect(cad?.details).toMatchObject({ height_agl_m: 95, limit_m: 91 });
  });

  it('logs zone infringements: PROHIBITED, and REQ_AUTHORISATION only without the authorisation', async () => {
    const zones: ZoneQuery = {
      zonesAt: (x: number): ZoneHit[] => {
        if (x < 0) return [{ id: 'P1', restriction: 'PROHIBITED' }];
        if (x < 1000)
          return [
            { id: 'R1', restriction: 'REQ_AUTHORISATION' },
            { id: 'C1', restriction: 'CONDITIONAL' },
          ];
        return [];
      },
    };
    const scenario = scenarioWith([{ id: 'p' }, { id: 'r' }, { id: 'r-ok', authorisations: ['R1'] }]);
    const monitor = createTacticalMonitor(scenario, { zones, hysteresisTicks: 1 });
    const log = await fly(monitor, scenario, 3, (t) => [
      { x: t < 3 ? -500 : 5000, y: 0, z: 100 },
      { x: 500, y: 3000, z: 100 },
      { x: 500, y: -3000, z: 100 },
    ]);
    expect(brief(log)).toEqual([
      '1 zone-infringement-start p',
      '1 zone-infringement-start r',
      '3 zone-infringement-end p',
      '3 zone-infringement-end r',
    ]);
    expect(log.events[0].details).toEqual({ zone: 'P1', restriction: 'PROHIBITED' });
    expect(log.events[1].details).toEqual({ zone: 'R1', restriction: 'REQ_AUTHORISATION' });
  });

  it('names the class whose separation class has no minima', () => {
    const scenario = scenarioWith([{ id: 'a' }]);
    scenario.separation = {};
    expect(() => createTacticalMonitor(scenario, { zones: null })).toThrow(/separation class 'drone'/);
  });
});
