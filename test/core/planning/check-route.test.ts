import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import { checkRoute } from '../../../src/core/planning/check-route';
import { segmentInsideRing } from '../../../src/core/planning/path-clearance';
import { weatherFinding } from '../../../src/core/planning/weather-check';
import type { CompiledScenario } from '../../../src/core/scenario/compiled';
import { planFlightSchedule } from '../../../src/core/strategic/flight-schedule';
import { DEFAULT_INTENT_MODEL } from '../../../src/core/strategic/intent-model';
import { planScenario } from '../../../src/core/strategic/strategic-planner';
import type { WeatherModel } from '../../../src/core/weather/weather-model';
import { pointInRing } from '../../../src/core/world/point-in-ring';
import type { LocalBuilding, World } from '../../../src/core/world/world';
import { constantWind, type FlightSpec, scenario } from '../strategic/fixtures';

/** A ridge `height` m high and 60 m wide across the route at x = ridgeX (the pads are at x = ±5,000). */
const ridge = (ridgeX: number, height: number) => (x: number) => (Math.abs(x - ridgeX) < 30 ? height : 0);

function check(s: CompiledScenario, i = 0) {
  const f = s.flights[i];
  const cls = s.classes[f.classIndex];
  return checkRoute(s, f, cls, planFlightSchedule(f, cls, s.weather, DEFAULT_INTENT_MODEL));
}

const kinds = (s: CompiledScenario) => check(s).findings.map((r) => r.kind);

describe('checkRoute: terrain', () => {
  it('finds a ridge crossed between two legal waypoints, at the ridge, and the lowest band that clears it', () => {
    // Advanced: the CAD limit over the sea would leave no band that clears the ridge.
    const s = scenario({ flights: [{ id: 'R', alt: 80, advanced: true }], ground: ridge(1200, 150) });
    const r = check(s);
    expect(r.findings.map((f) => f.kind)).toEqual(['terrain']);
    expect(Math.abs(r.findings[0].at.x - 1200)).toBeLessThanOrEqual(30);
    // 150 m ground + 20 m clearance − 80 m planned → 90 m up at least.
    expect(r.band?.min_shift_m).toBeCloseTo(90, 6);
  });

  it('passes the same route over a ridge 20 m lower than the clearance needs', () => {
    expect(kinds(scenario({ flights: [{ id: 'R', alt: 80 }], ground: ridge(1200, 59) }))).toEqual([]);
  });

  it('agrees with a 1 m brute-force walk of the straight leg for any ridge (at least 25 m wide)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3500, max: 3500 }), fc.integer({ min: 0, max: 200 }), (x, h) => {
        const ground = ridge(x, h);
        const s = scenario({ flights: [{ id: 'R', alt: 80 }], ground });
        let worst = Number.NEGATIVE_INFINITY;
        for (let px = -4000; px <= 4000; px += 1) worst = Math.max(worst, ground(px) + 20 - 80);
        expect(kinds(s).includes('terrain')).toBe(worst > 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('checkRoute: buildings', () => {
  const tower = (x0: number, top: number): LocalBuilding => {
    const ring = new Float64Array([x0, 5, x0 + 20, 5, x0 + 20, 25, x0, 25]);
    return {
      id: 'b',
      name: 'Tower',
      footprint: [],
      base_m: 0,
      top_m: top,
      note: '',
      ring,
      minX: x0,
      minY: 5,
      maxX: x0 + 20,
      maxY: 25,
    };
  };
  const withBuilding = (b: LocalBuilding, spec: FlightSpec) => {
    const s = scenario({ flights: [spec] });
    const world = { ...s.world, buildingsInBox: () => [b] } as unknown as World;
    return { ...s, world } as CompiledScenario;
  };
  // A leg from (0, 0) to (1000, 10) grazes the corner of a 20 m square whose south edge is at y = 5.
  const grazing: FlightSpec = {
    id: 'G',
    route: [
      [0, 0, 80],
      [1000, 10, 80],
    ],
  };

  it('finds a leg grazing a roof corner that no 25 m sample lands on', () => {
    const r = check(withBuilding(tower(700, 70), grazing));
    expect(r.findings.map((f) => f.kind)).toEqual(['obstacle']);
    expect(r.findings[0].message).toMatch(/Tower/);
  });

  it('passes when the roof is low enough or the leg misses the footprint', () => {
    expect(check(withBuilding(tower(700, 55), grazing)).findings).toEqual([]);
    expect(check(withBuilding(tower(300, 70), grazing)).findings).toEqual([]);
  });

  // End heights strictly inside the ring's y range, so no piece runs along an edge (where inside is ambiguous).
  it('cuts a segment into the parts inside a ring, as a point-in-ring test of 200 points along it says', () => {
    const ring = [0, 0, 10, 0, 10, 10, 5, 4, 0, 10];
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 9.99, noNaN: true }),
        fc.double({ min: 0.01, max: 9.99, noNaN: true }),
        (ya, yb) => {
          const parts = segmentInsideRing(ring, -5, ya, 15, yb);
          for (let k = 1; k < 200; k++) {
            const u = k / 200;
            const inPart = parts.some((_, j) => j % 2 === 0 && u > parts[j] + 1e-9 && u < parts[j + 1] - 1e-9);
            const onEdge = parts.some((p) => Math.abs(p - u) < 1e-6);
            if (!onEdge) {
              const inside = pointInRing(ring, -5 + 20 * u, ya + (yb - ya) * u);
              expect(inPart).toBe(inside);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('checkRoute: CAD height, energy, weather, horizon', () => {
  it('holds an A2 flight to 91 m above ground unless it is an Advanced operation', () => {
    expect(kinds(scenario({ flights: [{ id: 'A2', alt: 150 }] }))).toEqual(['cad-height']);
    expect(kinds(scenario({ flights: [{ id: 'A2', alt: 150, advanced: true }] }))).toEqual([]);
    expect(kinds(scenario({ flights: [{ id: 'A2', alt: 90 }] }))).toEqual([]);
  });

  it('offers the highest band under the CAD limit for a flight planned too high', () => {
    const r = check(scenario({ flights: [{ id: 'A2', alt: 150 }] }));
    expect(r.band?.max_shift_m).toBeCloseTo(91 - 150, 6);
    expect(r.band?.min_shift_m).toBeCloseTo(20 - 150, 6);
  });

  it('rejects a route whose energy in the forecast wind is above capacity less reserve', () => {
    const cls = BUILTIN_CLASSES.find((c) => c.id === 'racing-quad');
    expect(cls).toBeDefined();
    const r = check(scenario({ flights: [{ id: 'RQ', classId: 'racing-quad', alt: 60 }] }));
    expect(r.findings.map((f) => f.kind)).toContain('energy');
    expect(r.energy_needed_wh).toBeGreaterThan(r.energy_usable_wh);
    // A headwind makes the same trip cost more.
    const windy = check(
      scenario({ flights: [{ id: 'RQ', classId: 'racing-quad', alt: 60 }], wind: constantWind(-6, 0) }),
    );
    expect(windy.energy_needed_wh).toBeGreaterThan(r.energy_needed_wh);
  });

  const gustWindow = (from: number, to: number): WeatherModel => ({
    ...constantWind(0, 0),
    gustIntensityAt: (t) => (t >= from && t < to ? 25 : 0),
  });

  it('finds a forecast gust window met en route, at its first planned time', () => {
    const s = { ...scenario({ flights: [{ id: 'W' }] }), weather: gustWindow(300, 900) } as CompiledScenario;
    const f = check(s).findings;
    expect(f.map((r) => r.kind)).toEqual(['weather']);
    expect(f[0].at.t).toBeGreaterThanOrEqual(300);
    expect(f[0].at.t).toBeLessThan(300 + 20 + 1e-9);
    expect(f[0].message).toMatch(/gust/);
  });

  it('suggests the earliest 30 s departure after which the gust window has passed for the whole flight', () => {
    const s = { ...scenario({ flights: [{ id: 'W' }] }), weather: gustWindow(0, 900) } as CompiledScenario;
    const d = planScenario(s).decisions[0];
    expect(d.status).toBe('Rejected');
    expect(d.suggested_delay_s).not.toBeNull();
    const f = s.flights[0];
    const cls = s.classes[f.classIndex];
    const schedule = planFlightSchedule(f, cls, s.weather, DEFAULT_INTENT_MODEL);
    const delay = d.suggested_delay_s ?? 0;
    expect(weatherFinding(schedule, cls, s.weather, delay)).toBeNull();
    expect(weatherFinding(schedule, cls, s.weather, delay - 30)).not.toBeNull();
  });

  it('suggests the altitude that clears a ridge for a rejected flight', () => {
    const d = planScenario(scenario({ flights: [{ id: 'R', alt: 80, advanced: true }], ground: ridge(1200, 100) }))
      .decisions[0];
    expect(d.reasons.map((r) => r.kind)).toEqual(['terrain']);
    // 100 + 20 − 80 = 40 m up, in 5 m steps.
    expect(d.suggested_altitude?.shift_m).toBe(40);
  });
});
