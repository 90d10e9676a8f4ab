// Inputs of the approximate terrain model: summit figures (facts sheet, plus a few labelled approximations) and parameters.
import { CYBERPORT_ORIGIN } from '../../geo';
import type { TerrainModelParams, TerrainSummit } from '../world-data';

/** Heights from shared/facts/hong-kong.md where stated; everything marked approx. is illustrative, not survey data. */
export const TERRAIN_SUMMITS: TerrainSummit[] = [
  { name: 'Victoria Peak', lat: 22.27547, lon: 114.14383, height_m: 552, radius_m: 2000, note: 'facts sheet' },
  {
    name: 'High West',
    lat: 22.27547,
    lon: 114.13508,
    height_m: 494,
    radius_m: 1500,
    note: 'height from the facts sheet; position unconfirmed: placed 0.9 km west of Victoria Peak',
  },
  { name: 'Mount Davis', lat: 22.277028, lon: 114.124789, height_m: 269, radius_m: 900, note: 'facts sheet' },
  {
    name: 'Mount Kellett',
    lat: 22.2665,
    lon: 114.1525,
    height_m: 501,
    radius_m: 1600,
    note: 'approx. position and height',
  },
  {
    name: 'Mount Nicholson',
    lat: 22.258,
    lon: 114.18,
    height_m: 430,
    radius_m: 1500,
    note: 'approx. position and height',
  },
  {
    name: 'Mount Cameron',
    lat: 22.2615,
    lon: 114.1885,
    height_m: 439,
    radius_m: 1400,
    note: 'approx. position and height',
  },
  {
    name: 'Brick Hill (Nam Long Shan)',
    lat: 22.24,
    lon: 114.172,
    height_m: 284,
    radius_m: 1000,
    note: 'approx. position and height',
  },
  {
    name: 'Mount Johnston (Ap Lei Chau)',
    lat: 22.238,
    lon: 114.1567,
    height_m: 196,
    radius_m: 600,
    note: 'facts sheet',
  },
  {
    name: 'Mount Stenhouse (Lamma)',
    lat: 22.198,
    lon: 114.127,
    height_m: 353,
    radius_m: 1300,
    note: 'height from the facts sheet; position approx. (south-central Lamma)',
  },
  {
    name: 'North Lamma hills',
    lat: 22.2215,
    lon: 114.1215,
    height_m: 150,
    radius_m: 1000,
    note: 'illustrative: unnamed, approx. height',
  },
  {
    name: 'Finger Hill (Peng Chau)',
    lat: 22.2835,
    lon: 114.0405,
    height_m: 95,
    radius_m: 450,
    note: 'height from the facts sheet; position approx.',
  },
  {
    name: 'Cheung Chau high point',
    lat: 22.2035,
    lon: 114.0255,
    height_m: 95,
    radius_m: 600,
    note: 'height (~95 m) from the facts sheet; position approx.',
  },
  { name: 'Lantau Peak', lat: 22.2536, lon: 113.9203, height_m: 934, radius_m: 3000, note: 'approx. figure' },
  { name: 'Sunset Peak', lat: 22.2578, lon: 113.9553, height_m: 869, radius_m: 2800, note: 'approx. figure' },
  {
    name: 'Nei Lak Shan',
    lat: 22.2605,
    lon: 113.9035,
    height_m: 751,
    radius_m: 2000,
    note: 'approx. position and height',
  },
  { name: 'Lo Fu Tau', lat: 22.2905, lon: 114.006, height_m: 465, radius_m: 1500, note: 'approx. position and height' },
];

export const TERRAIN_MODEL_PARAMS: TerrainModelParams = {
  distanceFrameOrigin: { lat: CYBERPORT_ORIGIN.lat, lon: CYBERPORT_ORIGIN.lon },
  base_m: 10,
  coastSlope: 0.8,
  softMinPower: 4,
  maxCoastDistance_m: 5000,
  seaFloor_m: 20,
};

/** The grid: the world box every 0.0005° (≈ 51 m east–west, 55 m north–south), heights in decimetres. */
export const TERRAIN_GRID = {
  west: 113.88,
  south: 22.18,
  east: 114.2,
  north: 22.35,
  stepLon: 0.0005,
  stepLat: 0.0005,
  unit_m: 0.1,
} as const;
