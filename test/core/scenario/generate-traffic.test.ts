// The traffic generator: deterministic, and what it writes always loads against the real world.
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadDefaultWorld } from '../../../src/cli/world-files';
import { generateTraffic } from '../../../src/core/scenario/generate-traffic';
import { loadScenario } from '../../../src/core/scenario/load-scenario';

const world = loadDefaultWorld();

describe('generateTraffic', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateTraffic(world, { flights: 50, seed: 3 }));
    expect(JSON.stringify(generateTraffic(world, { flights: 50, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateTraffic(world, { flights: 50, seed: 4 }))).not.toBe(a);
  });

  it('always writes a scenario that loads, with departures inside the window (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 60 }), (seed, flights) => {
        const s = generateTraffic(world, { flights, seed, window_s: 300 });
        const r = loadScenario(dump(s), 'gen.yaml', world);
        if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
        expect(r.scenario.flights).toHaveLength(flights);
        for (const f of r.scenario.flights) expect(f.departure_s).toBeLessThanOrEqual(300);
      }),
      { numRuns: 40 },
    );
  });
});
