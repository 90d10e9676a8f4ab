// The drawable world (land mesh, coastlines, buildings, pads) built in the worker from the world data.
import { OSM_COAST } from '../../core/world/coast-attribution';
import type { TerrainGrid } from '../../core/world/terrain-grid';
import type { World } from '../../core/world/world';
import type { WorldGeometry } from '../sim-protocol';
import { buildTerrainMesh } from './terrain-mesh';

export function buildWorldGeometry(world: World, terrain: TerrainGrid, bbox: readonly number[]): WorldGeometry {
  const frame = world.frame;
  const mesh = buildTerrainMesh({
    cols: terrain.cols,
    rows: terrain.rows,
    values: terrain.values,
    nodeLocal: (i, j) => frame.toLocal(terrain.nodeLat(j), terrain.nodeLon(i)),
  });
  const coastlines = world.land.flatMap((polygon) =>
    polygon.map((ring) => {
      const out = new Float32Array(ring.length * 2);
      ring.forEach(([lon, lat], k) => {
        const p = frame.toLocal(lat, lon);
        out[2 * k] = p.x;
        out[2 * k + 1] = p.y;
      });
      return out;
    }),
  );
  const [west, south, east, north] = bbox;
  const sw = frame.toLocal(south, west);
  const ne = frame.toLocal(north, east);
  return {
    terrain: mesh,
    coastlines,
    buildings: world.buildings.map((b) => ({
      id: b.id,
      name: b.name,
      ring: b.ring.slice(),
      base_m: b.base_m,
      top_m: b.top_m,
    })),
    pads: world.pads.map((p) => ({
      id: p.id,
      name: p.name,
      x: p.x,
      y: p.y,
      elevation_m: p.elevation_m,
      kind: p.kind,
      evtol: p.evtol,
    })),
    bounds: { minX: sw.x, minY: sw.y, maxX: ne.x, maxY: ne.y },
    maxGroundHeight: terrain.max_m,
    attribution: OSM_COAST.attribution, // the source of the committed public/geo/coast.json (land.test.ts checks it)
  };
}
