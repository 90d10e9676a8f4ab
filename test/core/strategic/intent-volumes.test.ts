// The intent model: F3548 field names, the volume budget, margins from wind and elapsed time, and containment of flown tracks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import { speedToFly } from '../../../src/core/flight/speed-to-fly';
import { solveWindTriangle } from '../../../src/core/flight/wind-triangle';
import { planFlightSchedule } from '../../../src/core/strategic/flight-schedule';
import { DEFAULT_INTENT_MODEL, type WindForecast } from '../../../src/core/strategic/intent-model';
import { validateOperationalIntent } from '../../../src/core/strategic/intent-validation';
import { pointInVolume } from '../../../src/core/strategic/local-volume';
import { flightVolumes, planScenario } from '../../../src/core/strategic/strategic-planner';
import { constantWind, flight, PADS, pad, START_EPOCH_MS, scenario } from './fixtures';

const quad = BUILTIN_CLASSES.find((c) => c.id === 'delivery-quad')!;

describe('operational intents', () => {
  const plan = planScenario(scenario({ flights: [{ id: 'A' }] }));
  const oi = plan.intents[0].intent;

  it('uses the F3548 field names exactly', () => {
    expect(Object.keys(oi).sort()).toEqual(['details', 'reference']);
    expect(Object.keys(oi.reference).sort()).toEqual(
      [
        'id',
        'manager',
        'uss_availability',
        'version',
        'state',
        'ovn',
        'time_start',
        'time_end',
        'uss_base_url',
        'subscription_id',
      ].sort(),
    );
    expect(Object.keys(oi.details).sort()).toEqual(['off_nominal_volumes', 'priority', 'volumes']);
    const [column, piece] = oi.details.volumes;
    expect(Object.keys(column).sort()).toEqual(['time_end', 'time_start', 'volume']);
    expect(Object.keys(column.volume).sort()).toEqual(['altitude_lower', 'altitude_upper', 'outline_circle']);
    expect(column.volume.outline_circle?.radius).toEqual({ value: 50, units: 'M' });
    expect(Object.keys(piece.volume).sort()).toEqual(['altitude_lower', 'altitude_upper', 'outline_polygon']);
    expect(piece.volume.altitude_lower).toEqual({ value: 65, reference: 'W84', units: 'M' });
    expect(column.time_start).toEqual({ value: '2026-03-01T23:59:30.000Z', format: 'RFC3339' });
    expect(oi.reference.state).toBe('Accepted');
    expect(oi.reference.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes polygons whose last vertex does not repeat the first, and passes its own validation', () => {
    for (const v of oi.details.volumes) {
      const vs = v.volume.outline_polygon?.vertices;
      if (vs) expect(vs[vs.length - 1]).not.toEqual(vs[0]);
    }
    expect(validateOperationalIntent(oi, { now_epoch_ms: START_EPOCH_MS })).toEqual({ ok: true, intent: oi });
  });

  it('gives the same ids on every run and different ids to different flights', () => {
    const again = planScenario(scenario({ flights: [{ id: 'A' }, { id: 'B', departure_s: 4000 }] }));
    expect(again.intents[0].intent.reference.id).toBe(oi.reference.id);
    expect(again.intents[1].intent.reference.id).not.toBe(oi.reference.id);
  });
});

describe('volume budget', () => {
  it('keeps a long zig-zag route of 60 points within 20 volumes, merging short legs', () => {
    const route: [number, number, number][] = Array.from({ length: 60 }, (_, i) => [
      -4500 + i * 150,
      i % 2 ? 100 : -100,
      80,
    ]);
    const f = flight({ id: 'Z', route });
    const { volumes } = flightVolumes(f, quad, constantWind(0, 0), DEFAULT_INTENT_MODEL);
    expect(volumes.length).toBeLessThanOrEqual(20);
    expect(volumes.length).toBeGreaterThanOrEqual(10);
  });

  it('cuts a straight 10 km route into ~20 volumes of equal length', () => {
    const { volumes } = flightVolumes(flight({ id: 'S' }), quad, constantWind(0, 0), DEFAULT_INTENT_MODEL);
    expect(volumes.length).toBeGreaterThanOrEqual(17);
    expect(volumes.length).toBeLessThanOrEqual(20);
    expect(volumes[0].footprint.kind).toBe('circle');
    expect(volumes[volumes.length - 1].footprint.kind).toBe('circle');
  });

  it('widens the pieces around a turn by the turn radius', () => {
    const straight = flightVolumes(
      flight({
        id: 'S',
        from: PADS.west,
        to: pad('w2', -5000, 4000),
        route: [
          [-5000, 1000, 80],
          [-5000, 3000, 80],
        ],
      }),
      quad,
      constantWind(0, 0),
      DEFAULT_INTENT_MODEL,
    );
    const turning = flightVolumes(
      flight({
        id: 'T',
        from: PADS.west,
        to: pad('ne', 1000, 2000),
        route: [
          [-5000, 2000, 80],
          [0, 2000, 80],
        ],
      }),
      quad,
      constantWind(0, 0),
      DEFAULT_INTENT_MODEL,
    );
    const widthX = (v: { minX: number; maxX: number }) => v.maxX - v.minX;
    const narrow = Math.max(...straight.volumes.slice(1, -1).map(widthX));
    const radius = quad.cruise_speed_mps / ((quad.turn_rate_dps * Math.PI) / 180);
    // The piece that holds the corner at (-5000, 2000) is wider west of the track by the turn radius.
    const corner = turning.volumes.find(
      (v) => v.footprint.kind === 'polygon' && v.minY < 1990 && v.maxY > 2010 && v.minX < -5000,
    )!;
    expect(-5000 - corner.minX).toBeGreaterThan(50 + radius * 0.99);
    expect(narrow).toBeLessThan(110);
  });
});

describe('time margins', () => {
  const f = flight({ id: 'M' });
  const spread = (wind: WindForecast) => {
    const s = planFlightSchedule(f, quad, wind, DEFAULT_INTENT_MODEL);
    return s.points.map((p) => p.latest - p.earliest);
  };

  it('grow with elapsed time', () => {
    const w = spread(constantWind(0, 0));
    for (let i = 1; i < w.length; i++) expect(w[i]).toBeGreaterThanOrEqual(w[i - 1]);
    expect(w[w.length - 1]).toBeGreaterThan(3 * w[0]);
  });

  it('grow with a headwind (slower and more uncertain) and shrink with a tailwind', () => {
    const calm = spread(constantWind(0, 0)).at(-1)!;
    const head = spread(constantWind(-8, 0)).at(-1)!;
    const tail = spread(constantWind(8, 0)).at(-1)!;
    expect(head).toBeGreaterThan(calm);
    expect(tail).toBeLessThan(head);
  });
});

/** A track flown with errors within the model's tolerances: position at time t (piecewise linear along the path). */
function flownTrack(
  f: ReturnType<typeof flight>,
  wind: { east: number; north: number },
  err: { speed: number; rate: number; we: number; wn: number; takeoff: number },
) {
  const s = planFlightSchedule(f, quad, constantWind(wind.east, wind.north), DEFAULT_INTENT_MODEL);
  const pts = s.points;
  const times = [s.takeoff_s + err.takeoff];
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const dz = b.z - a.z;
    const rate = (dz >= 0 ? quad.climb_rate_mps : quad.descent_rate_mps) * err.rate;
    let gs = 1;
    if (len > 0) {
      // The aircraft flies the engine's speed to fly for the wind it meets, within the speed tolerance.
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      const we = wind.east + err.we;
      const wn = wind.north + err.wn;
      const airspeed = speedToFly(quad.cruise_speed_mps, quad.max_speed_mps, we * ux + wn * uy) * err.speed;
      gs = solveWindTriangle(ux, uy, we, wn, airspeed, { heading: 0, airspeed: 0, groundSpeed: 0 }).groundSpeed;
    }
    times.push(times[i - 1] + Math.max(len / gs, Math.abs(dz) / rate));
  }
  return {
    start: f.departure_s,
    end: times[times.length - 1] + DEFAULT_INTENT_MODEL.landing_settle_s,
    at(t: number) {
      if (t <= times[0]) return pts[0];
      for (let i = 1; i < pts.length; i++) {
        if (t <= times[i]) {
          const u = (t - times[i - 1]) / (times[i] - times[i - 1]);
          const a = pts[i - 1];
          const b = pts[i];
          return { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u, z: a.z + (b.z - a.z) * u };
        }
      }
      return pts[pts.length - 1];
    },
  };
}

describe('containment', () => {
  it('contains every track flown within the speed, rate, wind and take-off tolerances (property)', () => {
    const point = fc.tuple(
      fc.integer({ min: -4000, max: 4000 }),
      fc.integer({ min: -4000, max: 4000 }),
      fc.integer({ min: 40, max: 120 }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 6 }),
        fc.record({
          east: fc.double({ min: -7, max: 7, noNaN: true }),
          north: fc.double({ min: -7, max: 7, noNaN: true }),
        }),
        fc.record({
          speed: fc.double({ min: 0.96, max: 1.04, noNaN: true }),
          rate: fc.double({ min: 0.96, max: 1.04, noNaN: true }),
          we: fc.double({ min: -0.7, max: 0.7, noNaN: true }),
          wn: fc.double({ min: -0.7, max: 0.7, noNaN: true }),
          takeoff: fc.double({ min: -25, max: 25, noNaN: true }),
        }),
        (route, wind, err) => {
          const f = flight({ id: 'P', from: PADS.west, to: PADS.north, route, departure_s: 100 });
          const { volumes, problem } = flightVolumes(
            f,
            quad,
            constantWind(wind.east, wind.north),
            DEFAULT_INTENT_MODEL,
          );
          fc.pre(problem === null);
          const track = flownTrack(f, wind, err);
          for (let t = track.start; t <= track.end; t += 2) {
            const p = track.at(t);
            const inside = volumes.some((v) => pointInVolume(v, p.x, p.y, p.z, t));
            if (!inside)
              throw new Error(
                `outside all volumes at t=${t.toFixed(1)} (${p.x.toFixed(0)}, ${p.y.toFixed(0)}, ${p.z.toFixed(0)})`,
              );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
