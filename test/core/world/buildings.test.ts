// Checks the buildings: the rbush queries, point-in-footprint roofs, and that none crowds the pads.
import { describe, expect, it } from 'vitest';
import { world } from './world-fixture';

const centroid = (ring: Float64Array) => {
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i += 2) {
    x += ring[i];
    y += ring[i + 1];
  }
  return { x: (2 * x) / ring.length, y: (2 * y) / ring.length };
};

describe('buildings', () => {
  it('gives the roof height inside a footprint and -Infinity outside', () => {
    const b = world.buildings.find((x) => x.id === 'cyberport-1')!;
    const c = centroid(b.ring);
    expect(world.buildingTopLocal(c.x, c.y)).toBe(b.top_m);
    expect(world.buildingTopLocal(b.maxX + 1, c.y)).toBe(-Infinity);
    // Inside the bounding box but outside the rotated footprint: near a box corner.
    expect(world.buildingTopLocal(b.minX + 0.5, b.minY + 0.5)).toBe(-Infinity);
    expect(world.buildingTopLocal(0, -2000)).toBe(-Infinity);
  });

  it('finds every building whose box meets a query box, and only those', () => {
    const all = world.buildingsInBox(-1e6, -1e6, 1e6, 1e6);
    expect(all.length).toBe(world.buildings.length);
    const tower = world.buildings.find((x) => x.id === 'bel-air-tower-2')!;
    const found = world.buildingsInBox(tower.minX, tower.minY, tower.maxX, tower.maxY).map((b) => b.id);
    expect(found).toContain('bel-air-tower-2');
    expect(found).not.toContain('cyberport-2');
    expect(world.buildingsInBox(-5000, -5000, -4000, -4000)).toEqual([]);
  });

  it('keeps the Cyberport drone pad clear: no building within 50 m', () => {
    const pad = world.padById('cyberport-pad')!;
    expect(world.buildingTopLocal(pad.x, pad.y)).toBe(-Infinity);
    expect(world.buildingsInBox(pad.x - 50, pad.y - 50, pad.x + 50, pad.y + 50)).toEqual([]);
  });

  it('puts no pad inside a building footprint', () => {
    for (const pad of world.pads) expect(world.buildingTopLocal(pad.x, pad.y), pad.id).toBe(-Infinity);
  });

  it.each(world.buildings.map((b) => [b.id, b] as const))(
    '%s stands on land, on the modelled ground, and is marked approximate',
    (_id, b) => {
      for (const [lon, lat] of b.footprint) expect(world.isLand(lat, lon)).toBe(true);
      const c = world.frame.toGeo(centroid(b.ring).x, centroid(b.ring).y);
      expect(Math.abs(b.base_m - world.groundHeight(c.lat, c.lon))).toBeLessThanOrEqual(2);
      expect(b.top_m).toBeGreaterThan(b.base_m);
      expect(b.note).toMatch(/approximate/i);
    },
  );

  it('has the Cyberport blocks and tall Residence Bel-Air towers', () => {
    const ids = world.buildings.map((b) => b.id);
    for (const id of [
      'cyberport-1',
      'cyberport-2',
      'cyberport-3',
      'cyberport-4',
      'the-arcade',
      'le-meridien-cyberport',
    ])
      expect(ids).toContain(id);
    const belAir = world.buildings.filter((b) => b.id.startsWith('bel-air'));
    expect(belAir.length).toBeGreaterThanOrEqual(2);
    for (const b of belAir) expect(b.top_m).toBeGreaterThanOrEqual(150);
  });
});
