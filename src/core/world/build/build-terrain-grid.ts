// Evaluates the terrain model at every node of a lon/lat grid and packs the result as terrain.json data.
import { createLocalFrame } from '../../geo';
import { coastDigest } from '../coast-digest';
import { encodeTerrainValues } from '../terrain-codec';
import { nodeModelValue, projectSummits, quantiseNode } from '../terrain-model';
import type { CoastData, TerrainData, TerrainModelParams, TerrainSummit } from '../world-data';
import { createCoastDistance } from './coast-distance';
import { coastSegments } from './coast-segments';
import { rasteriseLand } from './rasterise-land';

export interface TerrainGridRequest {
  coast: CoastData;
  /** The grid: nodes from (west, south) every stepLon, stepLat up to and including (east, north). */
  west: number;
  south: number;
  east: number;
  north: number;
  stepLon: number;
  stepLat: number;
  unit_m: number;
  summits: TerrainSummit[];
  params: TerrainModelParams;
  note: string;
}

/** @example buildTerrainGrid({ coast, ...WORLD_GRID, unit_m: 0.1, summits: TERRAIN_SUMMITS, params: TERRAIN_MODEL_PARAMS, note }) */
export function buildTerrainGrid(request: TerrainGridRequest): TerrainData {
  const { coast, west, south, stepLon, stepLat, unit_m, summits, params } = request;
  const cols = Math.round((request.east - west) / stepLon) + 1;
  const rows = Math.round((request.north - south) / stepLat) + 1;
  const frame = createLocalFrame(params.distanceFrameOrigin);
  const land = rasteriseLand(coast.polygons, coast.bbox, { west, south, stepLon, stepLat, cols, rows });
  const coastDistance = createCoastDistance(coastSegments(coast, frame));
  const localSummits = projectSummits(summits, frame);
  const seaReach = params.seaFloor_m / params.coastSlope;

  const values = new Int16Array(cols * rows);
  let max = 0;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const k = j * cols + i;
      const isLand = land[k] === 1;
      const { x, y } = frame.toLocal(south + j * stepLat, west + i * stepLon);
      const d = coastDistance.distance(x, y, isLand ? params.maxCoastDistance_m : seaReach);
      values[k] = quantiseNode(nodeModelValue(isLand, x, y, d, localSummits, params), isLand, unit_m);
      max = Math.max(max, values[k] * unit_m);
    }

  return {
    note: request.note,
    west,
    south,
    stepLon,
    stepLat,
    cols,
    rows,
    unit_m,
    encoding: 'int16-row-delta-zigzag-varint-base64',
    data: encodeTerrainValues(values, cols),
    max_m: Math.round(max * 10) / 10,
    coastDigest: coastDigest(coast.polygons),
    model: params,
    summits,
  };
}
