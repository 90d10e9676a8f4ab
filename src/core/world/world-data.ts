// The shapes of the world data files in public/geo (coast.json, terrain.json, buildings.json, pads.json).
import type { Building, Pad } from './world';

/** coast.json: land polygons clipped to the world box. Rings are closed (first point repeated), [lon, lat] WGS84. */
export interface CoastData {
  source: string;
  licence: string;
  /** [west, south, east, north] in degrees: the clip box. Ring edges lying on it are cuts, not coastline. */
  bbox: [number, number, number, number];
  simplification?: string;
  /** Polygons: outer ring (counter-clockwise) first, then holes (clockwise). */
  polygons: [number, number][][][];
}

/** A hill top the approximate terrain model rises to. */
export interface TerrainSummit {
  name: string;
  lat: number;
  lon: number;
  /** Summit height, metres AMSL. */
  height_m: number;
  /** Horizontal extent of the hill in metres: its bump falls smoothly from the summit to 0 at this distance. */
  radius_m: number;
  /** Where the figure comes from, and "approx." or "unconfirmed" when it is not a published figure. */
  note: string;
}

/** Parameters of the terrain model (see terrain-model.ts); stored so the grid can be re-evaluated and checked. */
export interface TerrainModelParams {
  /** Distances (to the coast, to summits) are measured in metres in the local frame around this origin. */
  distanceFrameOrigin: { lat: number; lon: number };
  /** Height of land far from every summit, metres. */
  base_m: number;
  /** Steepest rise from the coast, metres per metre (tan of the coastal slope). */
  coastSlope: number;
  /** Sharpness of the soft minimum between the hills and the coastal ramp. */
  softMinPower: number;
  /** Distances to the coast are capped here (metres); beyond, the coast no longer limits the height. */
  maxCoastDistance_m: number;
  /** Depth of the signed field over the sea is capped here (metres below 0); the sea reads 0 after clamping. */
  seaFloor_m: number;
}

/** A regular lon/lat grid: node (i, j) at lon = west + i·stepLon, lat = south + j·stepLat, row-major from the south-west. */
export interface GridSpec {
  west: number;
  south: number;
  stepLon: number;
  stepLat: number;
  cols: number;
  rows: number;
}

/**
 * terrain.json: a regular lon/lat grid of node heights. Node (i, j) is at lon = west + i·stepLon, lat = south + j·stepLat,
 * stored row-major from the south-west. Land nodes hold the model height (> 0); sea nodes hold a negative signed
 * distance term so that bilinear interpolation crosses 0 at the coastline; lookups clamp below at 0.
 */
export interface TerrainData extends GridSpec {
  note: string;
  /** Metres per stored integer (0.1: decimetres). */
  unit_m: number;
  /** Int16 values, each row delta-coded from its first node, zigzag, LEB128 varint, then base64. */
  encoding: 'int16-row-delta-zigzag-varint-base64';
  data: string;
  /** Highest node height, metres AMSL. */
  max_m: number;
  /** Digest of the coast polygons the land mask was made from (see coast-digest.ts). */
  coastDigest: string;
  model: TerrainModelParams;
  summits: TerrainSummit[];
}

/** buildings.json */
export interface BuildingsData {
  note: string;
  buildings: Building[];
}

/** pads.json */
export interface PadsData {
  note: string;
  pads: Pad[];
}

/** Everything createWorld needs, as read from the four files. */
export interface WorldData {
  coast: CoastData;
  terrain: TerrainData;
  buildings: BuildingsData;
  pads: PadsData;
}
