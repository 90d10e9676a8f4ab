// Run report, summary, tracks and the event log's JSON form, on a small scenario run through the engine.
import { describe, expect, it } from 'vitest';
import { buildRunReport } from '../../../src/core/report/run-report';
import { summaryText } from '../../../src/core/report/summary-text';
import { createTrackRecorder } from '../../../src/core/report/track-recorder';
import { tracksToGeoJson } from '../../../src/core/report/tracks-geojson';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import { eventToJson, roundForLog } from '../../../src/core/sim/events';
import { runSimulation } from '../../../src/core/sim/run-simulation';
import { scenarioYaml } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

async function run() {
  const world = createTestWorld();
  const text = scenarioYaml([{ id: 'OK' }, { id: 'WET', departure: 1500, hold_window_s: 300 }], {
    weather: {
      rain: [
        { at: 0, rate_mmph: 0 },
        { at: 1400, rate_mmph: 0 },
        { at: 1401, rate_mmph: 30 },
      ],
    },
  });
  const r = loadScenario(text, 'r.yaml', world);
  if (!r.ok) throw new Error('scenario should load');
  const recorder = createTrackRecorder(r.scenario.flights.length, 5);
  const result = await runSimulation(r.scenario, { monitors: [recorder] });
  return {
    scenario: r.scenario,
    recorder,
    ...result,
    report: buildRunReport(r.scenario, result.engine, result.log.events),
  };
}

describe('run report', () => {
  it('counts flights by outcome and holds by cause, with per-flight times against plan', async () => {
    const { report } = await run();
    expect(report.flights).toEqual({
      planned: 2,
      completed: 1,
      diverted: 0,
      returned: 0,
      cancelled: 1,
      lost: 0,
      unfinished: 0,
    });
    expect(report.flights_held).toBe(1);
    expect(Object.keys(report.efficiency.holds_by_cause)).toEqual(['rain']);
    expect(report.efficiency.holds_by_cause.rain.holds).toBe(1);
    const ok = report.per_flight.find((f) => f.id === 'OK')!;
    expect(ok.outcome).toBe('completed');
    expect(ok.flight_s).toBeGreaterThan(ok.planned_flight_s);
    expect(ok.delta_s).toBeCloseTo(ok.flight_s! - ok.planned_flight_s, 0);
    expect(ok.energy_used_wh).toBeGreaterThan(0);
    const wet = report.per_flight.find((f) => f.id === 'WET')!;
    expect(wet).toMatchObject({ outcome: 'cancelled', takeoff_s: null, flight_s: null });
    expect(wet.held_s).toBeGreaterThanOrEqual(300);
  });

  it('prints a readable summary', async () => {
    const { report } = await run();
    const text = summaryText(report, 0.5);
    expect(text).toMatch(/flights: 2 planned · 1 completed · 1 cancelled · 1 held at some point/);
    expect(text).toMatch(/holds by cause: rain 1/);
  });

  it('records a track per flown flight, from the pad to the touchdown, as GeoJSON', async () => {
    const { scenario, recorder } = await run();
    const geo = tracksToGeoJson(scenario, recorder.tracks) as {
      features: { properties: { id: string; times_s: number[] }; geometry: { coordinates: number[][] } }[];
    };
    expect(geo.features.map((f) => f.properties.id)).toEqual(['OK']);
    const c = geo.features[0].geometry.coordinates;
    const pad = scenario.world.padById('sok-kwu-wan-pier')!;
    expect(c[c.length - 1][0]).toBeCloseTo(pad.lon, 5);
    expect(c[c.length - 1][1]).toBeCloseTo(pad.lat, 5);
    const times = geo.features[0].properties.times_s;
    expect(times.length).toBe(c.length);
    for (let k = 1; k < times.length; k++) expect(times[k]).toBeGreaterThan(times[k - 1]);
  });
});

describe('event JSON', () => {
  it('has a fixed key order, rounded numbers and sorted details', () => {
    const line = eventToJson(
      { t: 12.3456, kind: 'hold-start', flights: ['A'], x: 1.26, y: -0.04, z: 10, details: { z: 1.23456, a: 'rain' } },
      (x, y) => ({ lat: 22 + y * 1e-5, lon: 114 + x * 1e-5 }),
    );
    expect(line).toBe(
      '{"t":12.35,"kind":"hold-start","flights":["A"],"lat":22,"lon":114.000013,"x":1.3,"y":0,"alt_amsl_m":10,"details":{"a":"rain","z":1.235}}',
    );
    expect(Object.is(roundForLog(-0.0001), 0)).toBe(true);
  });
});
