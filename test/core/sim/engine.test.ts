// Engine tests: flights complete, the wind triangle holds the track, weather holds and diversions, energy, determinism.
import { describe, expect, it } from 'vitest';
import { plannedFlightTime } from '../../../src/core/flight/planned-time';
import type { CompiledScenario } from '../../../src/core/scenario/compiled';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import { Engine } from '../../../src/core/sim/engine';
import { EventLog, eventToJson } from '../../../src/core/sim/events';
import { Phase } from '../../../src/core/sim/phases';
import { runSimulation } from '../../../src/core/sim/run-simulation';
import { scenarioYaml, type TestFlight } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

const world = createTestWorld();

function compile(flights: TestFlight[], extra: Record<string, unknown> = {}): CompiledScenario {
  const r = loadScenario(scenarioYaml(flights, extra), 'test.yaml', world);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.scenario;
}

const wind = (fromDeg: number, speed: number) => ({
  wind: [{ at: 0, layers: [{ alt_amsl_m: 0, from_deg: fromDeg, speed_mps: speed }] }],
});
const kinds = (events: { kind: string }[]) => events.map((e) => e.kind);

describe('engine', () => {
  it('flies a delivery from the Cyberport pad to Sok Kwu Wan and lands on the pad', async () => {
    const s = compile([{ id: 'D1' }]);
    const { engine, log } = await runSimulation(s);
    expect(kinds(log.events)).toEqual(['preflight', 'takeoff', 'approach', 'landed']);
    const landed = log.events[3];
    expect(landed.details).toMatchObject({ pad: 'sok-kwu-wan-pier', outcome: 'completed' });
    expect(engine.frame.phase[0]).toBe(Phase.Landed);
    const pad = world.padById('sok-kwu-wan-pier')!;
    expect(engine.frame.x[0]).toBeCloseTo(pad.x, 6);
    expect(engine.frame.y[0]).toBeCloseTo(pad.y, 6);
    const planned = plannedFlightTime(s.flights[0], s.classes[s.flights[0].classIndex]);
    const flown = Number(landed.details.flight_time_s);
    expect(flown).toBeGreaterThan(planned);
    expect(flown).toBeLessThan(planned * 1.15 + 30);
  });

  it('holds the ground track in a crosswind by crabbing into the wind', async () => {
    // Track roughly south; wind from the east at 8 m/s.
    const s = compile([{ id: 'X' }], { weather: wind(90, 8) });
    const log = new EventLog();
    const engine = new Engine(s, log);
    const route = s.flights[0].route;
    let worst = 0;
    let crab = 0;
    while (engine.frame.phase[0] !== Phase.Landed && engine.t < 3000) {
      engine.step();
      if (engine.frame.phase[0] === Phase.Enroute && engine.t > 200) {
        // Distance from the leg route[0] → route[1].
        const ax = route[0].x;
        const ay = route[0].y;
        const bx = route[1].x - ax;
        const by = route[1].y - ay;
        const px = engine.frame.x[0] - ax;
        const py = engine.frame.y[0] - ay;
        const along = (px * bx + py * by) / Math.hypot(bx, by);
        if (along > 100 && along < Math.hypot(bx, by) - 100) {
          worst = Math.max(worst, Math.abs(px * by - py * bx) / Math.hypot(bx, by));
          crab = engine.frame.heading[0];
        }
      }
    }
    expect(engine.frame.phase[0]).toBe(Phase.Landed);
    expect(worst).toBeLessThan(5);
    // Heading south-east-ish (between 90° and 180°): pointing into the easterly wind.
    expect(crab).toBeGreaterThan(Math.PI / 2);
    expect(crab).toBeLessThan(Math.PI - 0.2);
  });

  it('uses more energy into a headwind than with a tailwind', async () => {
    const used = async (fromDeg: number) => {
      const { log } = await runSimulation(compile([{ id: 'E' }], { weather: wind(fromDeg, 6) }));
      return Number(log.events.find((e) => e.kind === 'landed')!.details.energy_used_wh);
    };
    // The route runs north → south: a southerly wind is a headwind.
    expect(await used(180)).toBeGreaterThan((await used(0)) * 1.2);
  });

  it('holds a flight while rain exceeds its class limit and releases it when it clears', async () => {
    const s = compile([{ id: 'R' }], {
      weather: {
        rain: [
          { at: 0, rate_mmph: 40 },
          { at: 900, rate_mmph: 40 },
          { at: 901, rate_mmph: 0 },
        ],
      },
    });
    const { log } = await runSimulation(s);
    expect(kinds(log.events)).toEqual(['preflight', 'hold-start', 'hold-end', 'takeoff', 'approach', 'landed']);
    expect(log.events[1].details.cause).toBe('rain');
    expect(log.events[2].t).toBeGreaterThanOrEqual(901);
    expect(log.events[2].t).toBeLessThanOrEqual(911);
  });

  it('holds for an HKO signal and cancels when the hold window runs out', async () => {
    const s = compile([{ id: 'T', hold_window_s: 600 }], { weather: { signals: [{ signal: 'T3', from: 0 }] } });
    const { log } = await runSimulation(s);
    expect(kinds(log.events)).toEqual(['preflight', 'hold-start', 'cancelled']);
    expect(log.events[2].details).toMatchObject({ cause: 'signal-T3' });
    expect(Number(log.events[2].details.held_s)).toBeGreaterThanOrEqual(600);
  });

  it('turns back to the nearest pad when the wind rises beyond the limit in flight', async () => {
    // Calm at take-off; 16 m/s (above the 13.8 m/s limit, above cruise airspeed) soon after, near the origin.
    const s = compile([{ id: 'W' }], {
      weather: {
        wind: [
          { at: 0, layers: [{ alt_amsl_m: 0, from_deg: 90, speed_mps: 1 }] },
          { at: 150, layers: [{ alt_amsl_m: 0, from_deg: 90, speed_mps: 16 }] },
        ],
      },
    });
    const { log, engine } = await runSimulation(s);
    const turn = log.events.find((e) => e.kind === 'returning' || e.kind === 'diverted');
    expect(turn?.details.cause).toBe('wind');
    expect(turn?.kind).toBe('returning');
    expect(engine.frame.phase[0]).toBe(Phase.Returned);
  });

  it('cancels before take-off when the battery cannot fly the route with its reserve', async () => {
    const weak = { aircraft_classes: [{ id: 'weak-quad', base: 'delivery-quad', energy_wh: 150 }] };
    const s = compile(
      [
        {
          id: 'L',
          class: 'weak-quad',
          destination: 'cheung-chau-pad',
          route: [{ lat: 22.2, lon: 114.08, alt_m: 80, ref: 'AMSL' }],
        },
      ],
      weak,
    );
    const { log } = await runSimulation(s);
    expect(kinds(log.events)).toEqual(['preflight', 'cancelled']);
    expect(log.events[1].details.cause).toBe('energy');
    expect(Number(log.events[1].details.needed_wh)).toBeGreaterThan(120);
  });

  it('diverts to the pad reached soonest when a headwind breaks the energy reserve in flight', async () => {
    // Calm at take-off (the pre-flight check passes); a 12 m/s southerly (below the wind limit) from t = 200 s.
    const s = compile(
      [{ id: 'H', destination: 'cheung-chau-pad', route: [{ lat: 22.2, lon: 114.08, alt_m: 80, ref: 'AMSL' }] }],
      {
        aircraft_classes: [{ id: 'delivery-quad', energy_wh: 600 }],
        weather: {
          wind: [
            { at: 0, layers: [{ alt_amsl_m: 0, from_deg: 220, speed_mps: 0 }] },
            { at: 199, layers: [{ alt_amsl_m: 0, from_deg: 220, speed_mps: 0 }] },
            { at: 200, layers: [{ alt_amsl_m: 0, from_deg: 220, speed_mps: 12 }] },
          ],
        },
      },
    );
    const { log, engine } = await runSimulation(s);
    const reserve = log.events.find((e) => e.kind === 'energy-reserve')!;
    expect(reserve).toBeDefined();
    expect(Number(reserve.details.remaining_wh) - Number(reserve.details.needed_wh)).toBeLessThan(0.2 * 600);
    const turn = log.events.find((e) => e.kind === 'returning' || e.kind === 'diverted')!;
    expect(turn.details.cause).toBe('energy');
    expect(turn.t).toBe(reserve.t);
    expect([Phase.Returned, Phase.Diverted]).toContain(engine.frame.phase[0]);
  });

  it('logs energy depletion when the wind blows the aircraft away from every pad', async () => {
    const twoPads = createTestWorld({
      pads: [
        { id: 'cyberport-pad', lat: 22.26, lon: 114.128 },
        { id: 'sok-kwu-wan-pier', lat: 22.205, lon: 114.13167 },
      ],
    });
    const text = scenarioYaml([{ id: 'Z', class: 'storm-quad' }], {
      aircraft_classes: [{ id: 'storm-quad', base: 'delivery-quad', max_wind_mps: 40, max_gust_mps: 45 }],
      weather: {
        wind: [
          { at: 0, layers: [{ alt_amsl_m: 0, from_deg: 270, speed_mps: 0 }] },
          { at: 120, layers: [{ alt_amsl_m: 0, from_deg: 270, speed_mps: 25 }] },
        ],
      },
    });
    const r = loadScenario(text, 'storm.yaml', twoPads);
    if (!r.ok) throw new Error('scenario should load');
    const { log, engine } = await runSimulation(r.scenario);
    expect(kinds(log.events)).toContain('energy-depleted');
    expect(engine.frame.phase[0]).toBe(Phase.Lost);
    expect(engine.frame.energy[0]).toBe(0);
  });

  it('gives a byte-identical event log for the same scenario and seed, and a different one for another seed', async () => {
    const flights = Array.from({ length: 12 }, (_, k) => ({ id: `F${k}`, departure: k * 20 }));
    const extra = { weather: { ...wind(70, 7), gusts: [{ at: 0, intensity_mps: 4 }] } };
    const text = async (seed: number) => {
      const { log, engine } = await runSimulation(compile(flights, { ...extra, meta: { seed } }), { until: 900 });
      return `${log.events.map((e) => eventToJson(e)).join('\n')}|${Array.from(engine.frame.x).join(',')}`;
    };
    const a = await text(7);
    expect(await text(7)).toBe(a);
    expect(await text(8)).not.toBe(a);
  });

  it('restores snapshots exactly: seeking then stepping equals running straight through', async () => {
    const s = compile(
      Array.from({ length: 6 }, (_, k) => ({ id: `S${k}`, departure: k * 45 })),
      { weather: { ...wind(70, 7), gusts: [{ at: 0, intensity_mps: 3 }] } },
    );
    const { snapshots } = await runSimulation(s, { keepSnapshots: true, until: 1200 });
    expect(snapshots.length).toBe(1200 / 30 + 1);
    const straight = new Engine(s, new EventLog());
    while (straight.t < 700) straight.step();
    const seeker = new Engine(s, new EventLog());
    seeker.restore(snapshots[Math.floor(700 / 30)]);
    while (seeker.t < 700) seeker.step();
    expect(Array.from(seeker.frame.x)).toEqual(Array.from(straight.frame.x));
    expect(Array.from(seeker.frame.z)).toEqual(Array.from(straight.frame.z));
    expect(Array.from(seeker.frame.phase)).toEqual(Array.from(straight.frame.phase));
  });
});

describe('pad sequencing', () => {
  const rain = {
    weather: {
      rain: [
        { at: 0, rate_mmph: 40 },
        { at: 600, rate_mmph: 40 },
        { at: 601, rate_mmph: 0 },
      ],
    },
  };
  const six = Array.from({ length: 6 }, (_, k) => ({ id: `Q${k}`, departure: k * 10, priority: k === 4 ? 5 : 0 }));

  it('releases six deliveries held by rain at one pad one by one, at least the minimum interval apart, priority first', async () => {
    const s = compile(six, rain);
    const { log } = await runSimulation(s, { until: 1500 });
    const takeoffs = log.events.filter((e) => e.kind === 'takeoff');
    expect(takeoffs.length).toBe(6);
    for (let k = 1; k < 6; k++) expect(takeoffs[k].t - takeoffs[k - 1].t).toBeGreaterThanOrEqual(30 - 1e-9);
    // The first ready flight goes at once; the others leave by priority, then planned departure.
    const rest = takeoffs.slice(1).map((e) => e.flights[0]);
    const expected = six
      .filter((f) => f.id !== takeoffs[0].flights[0])
      .sort((a, b) => b.priority - a.priority || a.departure - b.departure)
      .map((f) => f.id);
    expect(rest).toEqual(expected);
    expect(log.events.filter((e) => e.kind === 'queued').length).toBe(5);
    expect(log.events.filter((e) => e.kind === 'released').length).toBe(5);
  });

  it('consults the departure authority with the pad rules', async () => {
    const s = compile(six.slice(0, 2));
    const authority = { mayDepart: (i: number, t: number) => i !== 0 || t >= 300 };
    const log = new EventLog();
    const engine = new Engine(s, log, { authority });
    while (engine.t < 400) engine.step();
    const takeoffs = log.events.filter((e) => e.kind === 'takeoff');
    expect(takeoffs.map((e) => e.flights[0])).toEqual(['Q1', 'Q0']);
    expect(takeoffs[1].t).toBeGreaterThanOrEqual(300);
  });

  it('cancels a grounded flight at its departure time', async () => {
    const s = compile([{ id: 'G' }]);
    s.flights[0].grounded = 'intent-conflict';
    const { log } = await runSimulation(s, { until: 100 });
    expect(kinds(log.events)).toEqual(['cancelled']);
    expect(log.events[0].details).toMatchObject({ cause: 'rejected', reason: 'intent-conflict' });
  });

  it('restores snapshots mid-queue exactly', async () => {
    const s = compile(six, rain);
    const { snapshots } = await runSimulation(s, { keepSnapshots: true, until: 900 });
    const straight = new Engine(s, new EventLog());
    while (straight.t < 700) straight.step();
    const seeker = new Engine(s, new EventLog());
    seeker.restore(snapshots[Math.floor(630 / 30)]);
    while (seeker.t < 700) seeker.step();
    expect(Array.from(seeker.frame.x)).toEqual(Array.from(straight.frame.x));
    expect(Array.from(seeker.frame.phase)).toEqual(Array.from(straight.frame.phase));
    expect(Array.from(seeker.sequencer.state.next)).toEqual(Array.from(straight.sequencer.state.next));
  });
});
