// Checks the approximate terrain: sea at 0, summits, bounds, continuity, and the grid against the model it encodes.
import { booleanPointInPolygon, multiPolygon, point } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalFrame, greatCircleDistance, insideWorld, WORLD_BOUNDS } from '../../../src/core/geo';
import { coastSegments, distanceToSegment } from '../../../src/core/world/build/coast-segments';
import { TERRAIN_GRID, TERRAIN_MODEL_PARAMS, TERRAIN_SUMMITS } from '../../../src/core/world/build/terrain-inputs';
import { createTerrainGrid } from '../../../src/core/world/terrain-grid';
import { nodeModelValue, projectSummits, quantiseNode } from '../../../src/core/world/terrain-model';
import { data, world } from './world-fixture';

const HIGHEST_SUMMIT = Math.max(...data.terrain.summits.map((s) => s.height_m));
const inWorld = fc.record({
  lat: fc.double({ min: WORLD_BOUNDS.south, max: WORLD_BOUNDS.north, noNaN: true }),
  lon: fc.double({ min: WORLD_BOUNDS.west, max: WORLD_BOUNDS.east, noNaN: true }),
});

describe('ground height', () => {
  it.each([
    ['East Lamma Channel, off Cyberport', 22.235, 114.135],
    ['East Lamma Channel, north of Lamma', 22.22, 114.14],
    ['Victoria Harbour, west entrance', 22.29, 114.13],
    ['West Lamma Channel', 22.2, 114.07],
  ])('is 0 m over the sea: %s', (_name, lat, lon) => {
    expect(world.isLand(lat, lon)).toBe(false);
    expect(world.groundHeight(lat, lon)).toBe(0);
  });

  it.each([
    ['Cyberport campus', 22.261806, 114.130214],
    ['Cheung Chau town', 22.2089, 114.0292],
    ['Lamma, Mount Stenhouse area', 22.2, 114.13],
    ['Lantau, Sunset Peak area', 22.25, 113.95],
    ['Peng Chau', 22.2835, 114.0405],
  ])('is positive on land: %s', (_name, lat, lon) => {
    expect(world.isLand(lat, lon)).toBe(true);
    expect(world.groundHeight(lat, lon)).toBeGreaterThan(0);
  });

  it.each([
    ['Victoria Peak', 22.27547, 114.14383, 552],
    ['Mount Davis', 22.277028, 114.124789, 269],
  ])('comes within 10 %% of %s (%s, %s: %s m)', (_name, lat, lon, summit) => {
    expect(Math.abs(world.groundHeight(lat, lon) - summit) / summit).toBeLessThan(0.1);
  });

  it('never exceeds the highest summit, nor goes below 0', () => {
    const max = createTerrainGrid(data.terrain).max_m;
    expect(max).toBeLessThanOrEqual(HIGHEST_SUMMIT);
    expect(max).toBeGreaterThan(0.9 * HIGHEST_SUMMIT);
    expect(data.terrain.max_m).toBeCloseTo(max, 1);
    fc.assert(
      fc.property(inWorld, ({ lat, lon }) => {
        const h = world.groundHeight(lat, lon);
        return h >= 0 && h <= HIGHEST_SUMMIT;
      }),
      { numRuns: 5000 },
    );
  });

  it('is 0 outside the grid and for NaN', () => {
    expect(world.groundHeight(22.1, 114.1)).toBe(0);
    expect(world.groundHeight(Number.NaN, 114.1)).toBe(0);
  });

  it('is continuous inside the world box: neighbouring points differ by at most a 50° slope', () => {
    const maxSlope = 1.2; // the model's steepest rise is 0.8 m/m along a grid axis; bilinear adds up to √2
    fc.assert(
      fc.property(
        inWorld,
        fc.double({ min: -0.0003, max: 0.0003, noNaN: true }),
        fc.double({ min: -0.0003, max: 0.0003, noNaN: true }),
        (p, dLat, dLon) => {
          const q = { lat: p.lat + dLat, lon: p.lon + dLon };
          fc.pre(insideWorld(q.lat, q.lon)); // outside the box the lookup is 0 (no data), a step where land meets the edge
          const dh = Math.abs(world.groundHeight(p.lat, p.lon) - world.groundHeight(q.lat, q.lon));
          return dh <= maxSlope * greatCircleDistance(p, q) + 0.01;
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees in local metres with the geographic lookup', () => {
    fc.assert(
      fc.property(inWorld, ({ lat, lon }) => {
        const { x, y } = world.frame.toLocal(lat, lon);
        return Math.abs(world.groundHeightLocal(x, y) - world.groundHeight(lat, lon)) < 1e-6;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('terrain grid', () => {
  const terrain = data.terrain;
  const grid = createTerrainGrid(terrain);
  const modelFrame = createLocalFrame(terrain.model.distanceFrameOrigin);
  const segments = coastSegments(data.coast, modelFrame);
  const summits = projectSummits(terrain.summits, modelFrame);
  const land = multiPolygon(data.coast.polygons);

  it('was built from the current inputs (rebuild with npx tsx scripts/build-terrain.ts)', () => {
    expect(terrain.summits).toEqual(TERRAIN_SUMMITS);
    expect(terrain.model).toEqual(TERRAIN_MODEL_PARAMS);
    expect([terrain.west, terrain.south, terrain.stepLon, terrain.stepLat, terrain.unit_m]).toEqual([
      TERRAIN_GRID.west,
      TERRAIN_GRID.south,
      TERRAIN_GRID.stepLon,
      TERRAIN_GRID.stepLat,
      TERRAIN_GRID.unit_m,
    ]);
    expect(grid.nodeLon(terrain.cols - 1)).toBeCloseTo(TERRAIN_GRID.east, 9);
    expect(grid.nodeLat(terrain.rows - 1)).toBeCloseTo(TERRAIN_GRID.north, 9);
  });

  it('holds at every node what a brute-force evaluation of the model gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: terrain.cols - 2 }),
        fc.integer({ min: 1, max: terrain.rows - 2 }),
        (i, j) => {
          const lat = grid.nodeLat(j);
          const lon = grid.nodeLon(i);
          const isLand = booleanPointInPolygon(point([lon, lat]), land);
          const { x, y } = modelFrame.toLocal(lat, lon);
          let d = Infinity;
          for (let k = 0; k < segments.length / 4; k++) d = Math.min(d, distanceToSegment(segments, k, x, y));
          const expected =
            quantiseNode(nodeModelValue(isLand, x, y, d, summits, terrain.model), isLand, terrain.unit_m) *
            terrain.unit_m;
          expect(grid.values[j * terrain.cols + i]).toBeCloseTo(expected, 9);
          expect(world.groundHeight(lat, lon)).toBeCloseTo(Math.max(0, expected), 6);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('marks land nodes positive and sea nodes negative', () => {
    let land = 0;
    let sea = 0;
    for (const v of grid.values) {
      if (v > 0) land++;
      else if (v < 0) sea++;
    }
    expect(land + sea).toBe(grid.values.length);
    expect(land).toBeGreaterThan(0.2 * grid.values.length);
    expect(sea).toBeGreaterThan(0.3 * grid.values.length);
  });
});
