// Checks the coast: the islands that matter, the channels between them, the land index against turf, and the pads.
import { booleanPointInPolygon, multiPolygon, point, pointToPolygonDistance, polygon } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORLD_BOUNDS } from '../../../src/core/geo';
import { OSM_COAST } from '../../../src/core/world';
import { data, world } from './world-fixture';

describe('coast', () => {
  it.each([
    ['Cyberport', 22.261806, 114.130214],
    ['Cheung Chau', 22.2089, 114.0292],
    ['Lamma, Mount Stenhouse', 22.198, 114.127],
    ['Ap Lei Chau, Mount Johnston', 22.238, 114.1567],
    ['Peng Chau', 22.2835, 114.0405],
    ['Lantau, Lantau Peak', 22.2536, 113.9203],
    ['Victoria Peak', 22.27547, 114.14383],
  ])('%s is land', (_name, lat, lon) => {
    expect(world.isLand(lat, lon)).toBe(true);
  });

  it('has sea all along the East Lamma Channel between Cyberport and Lamma', () => {
    for (let t = 0.2; t <= 0.8; t += 0.05) {
      const lat = 22.2618 + (22.205 - 22.2618) * t;
      const lon = 114.1302 + (114.1317 - 114.1302) * t;
      expect(world.isLand(lat, lon), `${lat}, ${lon}`).toBe(false);
    }
  });

  it('keeps Cheung Chau, Lamma, Peng Chau and Ap Lei Chau as separate islands', () => {
    const polygonAt = (lat: number, lon: number) =>
      data.coast.polygons.findIndex((p) => booleanPointInPolygon(point([lon, lat]), polygon(p)));
    const islands = [
      polygonAt(22.2089, 114.0292),
      polygonAt(22.198, 114.127),
      polygonAt(22.2835, 114.0405),
      polygonAt(22.238, 114.1567),
    ];
    expect(islands.every((i) => i >= 0)).toBe(true);
    expect(new Set([...islands, polygonAt(22.261806, 114.130214)]).size).toBe(5);
  });

  it('answers isLand like turf.booleanPointInPolygon', () => {
    const land = multiPolygon(data.coast.polygons);
    fc.assert(
      fc.property(
        fc.double({ min: WORLD_BOUNDS.south + 1e-6, max: WORLD_BOUNDS.north - 1e-6, noNaN: true }),
        fc.double({ min: WORLD_BOUNDS.west + 1e-6, max: WORLD_BOUNDS.east - 1e-6, noNaN: true }),
        (lat, lon) => world.isLand(lat, lon) === booleanPointInPolygon(point([lon, lat]), land),
      ),
      { numRuns: 20_000 },
    );
  });

  it('is false outside the coast box', () => {
    expect(world.isLand(22.4, 114.1)).toBe(false);
    expect(world.isLand(Number.NaN, 114.1)).toBe(false);
  });

  it('carries the ODbL source and licence, and fits in a small file', () => {
    expect(data.coast.source).toContain('@geo-maps/earth-lands-10m 0.6.0');
    expect(data.coast.licence).toContain('ODbL');
    // The viewer shows OSM_COAST's attribution: it must name the committed coast's source.
    expect(data.coast.source).toBe(OSM_COAST.source);
    expect(OSM_COAST.attribution).toContain('© OpenStreetMap contributors, ODbL 1.0');
    expect(JSON.stringify(data.coast).length).toBeLessThan(1_000_000);
    for (const p of data.coast.polygons)
      for (const ring of p)
        for (const [lon, lat] of ring)
          expect(Math.round(lon * 1e6) / 1e6 === lon && Math.round(lat * 1e6) / 1e6 === lat).toBe(true);
  });
});

describe('pads', () => {
  const land = multiPolygon(data.coast.polygons);

  it.each(world.pads.map((p) => [p.id, p] as const))('%s is on land or within 30 m of it', (_id, pad) => {
    const onLand = world.isLand(pad.lat, pad.lon);
    const metres = pointToPolygonDistance(point([pad.lon, pad.lat]), land, { units: 'meters' });
    expect(onLand || metres <= 30).toBe(true);
  });

  it.each(world.pads.map((p) => [p.id, p] as const))(
    '%s sits on the modelled ground (piers: a deck at 3 m or more)',
    (_id, pad) => {
      const ground = world.groundHeight(pad.lat, pad.lon);
      const surface = pad.kind === 'pier' ? Math.max(3, ground) : ground;
      expect(Math.abs(pad.elevation_m - surface)).toBeLessThanOrEqual(1);
    },
  );

  it('has the sites the scenarios use, eVTOL vertiports included, all inside the world box', () => {
    for (const id of [
      'cyberport-pad',
      'cheung-chau-pad',
      'sok-kwu-wan-pier',
      'yung-shue-wan-pier',
      'aberdeen',
      'ap-lei-chau',
      'peng-chau',
      'mui-wo',
      'discovery-bay',
      'tung-chung',
      'kennedy-town',
      'drone-sports-centre',
    ])
      expect(world.padById(id), id).toBeDefined();
    expect(world.pads.filter((p) => p.evtol && p.kind === 'vertiport').length).toBeGreaterThanOrEqual(1);
    for (const p of world.pads) {
      expect(
        p.lat >= WORLD_BOUNDS.south &&
          p.lat <= WORLD_BOUNDS.north &&
          p.lon >= WORLD_BOUNDS.west &&
          p.lon <= WORLD_BOUNDS.east,
      ).toBe(true);
      expect(p.note).toMatch(/approx|illustrative|facts/i);
    }
    expect(world.padById('nowhere')).toBeUndefined();
  });

  it('puts the Cheung Chau pad about 12 km from the Cyberport pad, over water', () => {
    const a = world.padById('cyberport-pad')!;
    const b = world.padById('cheung-chau-pad')!;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(11_000);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeLessThan(13_000);
    let sea = 0;
    for (let t = 0.05; t < 1; t += 0.05) {
      const g = world.frame.toGeo(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      if (!world.isLand(g.lat, g.lon)) sea++;
    }
    expect(sea).toBeGreaterThanOrEqual(15);
  });
});
