// Builds the World from its data files (already parsed JSON) and a local frame: pure, no file or network access.
import RBush from 'rbush';
import type { LocalFrame } from '../geo';
import { createLandIndex } from './land-index';
import { pointInRing } from './point-in-ring';
import { createTerrainGrid, type TerrainGrid } from './terrain-grid';
import { validateWorldData, WorldDataError } from './validate-world-data';
import type { LocalBuilding, LocalPad, World } from './world';
import type { WorldData } from './world-data';
import { WORLD_DATA_FILES } from './world-data-urls';

/**
 * Validates the data (throwing a WorldDataError that names file and path) and returns the queryable world.
 *
 * @example
 * const world = createWorld(loadWorldData(), createLocalFrame(CYBERPORT_ORIGIN));
 * world.groundHeight(22.27547, 114.14383); // ≈ 540 m: Victoria Peak in the approximate terrain model
 * world.isLand(22.235, 114.135); // false: East Lamma Channel
 */
export function createWorld(data: WorldData, frame: LocalFrame): World {
  validateWorldData(data);
  let terrain: TerrainGrid;
  try {
    terrain = createTerrainGrid(data.terrain);
  } catch (error) {
    throw new WorldDataError(WORLD_DATA_FILES.terrain, 'data', (error as Error).message);
  }
  const land = createLandIndex(data.coast.polygons, data.coast.bbox);

  const pads: LocalPad[] = data.pads.pads.map((p) => {
    const { x, y } = frame.toLocal(p.lat, p.lon);
    return {
      id: p.id,
      name: p.name,
      lat: p.lat,
      lon: p.lon,
      elevation_m: p.elevation_m,
      capacity: p.capacity,
      kind: p.kind,
      evtol: p.evtol,
      note: p.note,
      x,
      y,
    };
  });
  const padsById = new Map(pads.map((p) => [p.id, p]));

  const buildings: LocalBuilding[] = data.buildings.buildings.map((b) => {
    const ring = new Float64Array(b.footprint.length * 2);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    b.footprint.forEach(([lon, lat], i) => {
      const p = frame.toLocal(lat, lon);
      ring[2 * i] = p.x;
      ring[2 * i + 1] = p.y;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    });
    const footprint = b.footprint.map(([lon, lat]) => [lon, lat] as [number, number]);
    return {
      id: b.id,
      name: b.name,
      footprint,
      base_m: b.base_m,
      top_m: b.top_m,
      note: b.note,
      ring,
      minX,
      minY,
      maxX,
      maxY,
    };
  });
  const buildingIndex = new RBush<LocalBuilding>();
  buildingIndex.load(buildings);
  const polygons = data.coast.polygons.map((polygon) =>
    polygon.map((ring) => ring.map(([lon, lat]) => [lon, lat] as [number, number])),
  );

  return {
    frame,
    pads,
    buildings,
    land: polygons,
    padById: (id) => padsById.get(id),
    groundHeight: terrain.sample,
    groundHeightLocal(x, y) {
      const g = frame.toGeo(x, y);
      return terrain.sample(g.lat, g.lon);
    },
    isLand: land.contains,
    buildingTopLocal(x, y) {
      let top = -Infinity;
      for (const b of buildingIndex.search({ minX: x, minY: y, maxX: x, maxY: y }))
        if (b.top_m > top && pointInRing(b.ring, x, y)) top = b.top_m;
      return top;
    },
    buildingsInBox: (minX, minY, maxX, maxY) => buildingIndex.search({ minX, minY, maxX, maxY }),
  };
}
