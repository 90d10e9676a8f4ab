// Compiles validated ED-269 features to Geozones in the local metric frame of a scenario.
import type { LocalFrame } from '../geo';
import type { World } from '../world/world';
import { compileApplicability } from './applicability';
import { type Ed269Feature, type Ed269Geometry, normaliseEd269Feature } from './ed269-normalise';
import type { Ed269FeatureInput } from './ed269-schema';
import { type Footprint, footprintBox, pointInFootprint } from './footprint';
import type { Geozone } from './geozone';

export const FEET_TO_METRES = 0.3048;
/** Samples per side of the grid used to find the ground range under an AGL zone. */
const GROUND_GRID = 24;
/** Added above the highest sampled ground of an AGL zone, for peaks between samples of the smooth terrain model. */
const GROUND_SAMPLING_MARGIN_M = 25;

export type GroundModel = Pick<World, 'groundHeightLocal'>;

function compileFootprint(g: Ed269Geometry, frame: LocalFrame, scale: number): Footprint {
  const hp = g.horizontalProjection;
  if (hp.type === 'Circle') {
    const c = frame.toLocal(hp.center[1], hp.center[0]);
    return { kind: 'circle', cx: c.x, cy: c.y, r: hp.radius * scale };
  }
  const rings = hp.coordinates.map((positions) => {
    const first = positions[0];
    const last = positions[positions.length - 1];
    const n = first[0] === last[0] && first[1] === last[1] ? positions.length - 1 : positions.length;
    const ring = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      const p = frame.toLocal(positions[i][1], positions[i][0]);
      ring[2 * i] = p.x;
      ring[2 * i + 1] = p.y;
    }
    return ring;
  });
  return { kind: 'polygon', rings };
}

/** Lowest and highest ground (m AMSL) sampled on a grid over the footprint and along its outline. */
function groundRange(f: Footprint, ground: GroundModel): [number, number] {
  const box = footprintBox(f);
  let lo = Infinity;
  let hi = -Infinity;
  const take = (x: number, y: number) => {
    const h = ground.groundHeightLocal(x, y);
    if (h < lo) lo = h;
    if (h > hi) hi = h;
  };
  for (let i = 0; i <= GROUND_GRID; i++) {
    for (let j = 0; j <= GROUND_GRID; j++) {
      const x = box.minX + ((box.maxX - box.minX) * i) / GROUND_GRID;
      const y = box.minY + ((box.maxY - box.minY) * j) / GROUND_GRID;
      if (pointInFootprint(f, x, y)) take(x, y);
    }
  }
  if (f.kind === 'circle') take(f.cx, f.cy);
  else for (let i = 0; i < f.rings[0].length; i += 2) take(f.rings[0][i], f.rings[0][i + 1]);
  return [lo, hi];
}

function compileVolume(
  feature: Ed269Feature,
  part: number,
  frame: LocalFrame,
  ground: GroundModel,
  startEpochMs: number,
): Geozone {
  const g = feature.geometry[part];
  const scale = g.uomDimensions === 'FT' ? FEET_TO_METRES : 1;
  const footprint = compileFootprint(g, frame, scale);
  const lower = g.lowerLimit * scale;
  const upper = g.upperLimit * scale;
  const needsGround = g.lowerVerticalReference === 'AGL' || g.upperVerticalReference === 'AGL';
  const [gLo, gHi] = needsGround ? groundRange(footprint, ground) : [0, 0];
  return {
    id: feature.identifier,
    part,
    name: feature.name ?? feature.identifier,
    country: feature.country,
    restriction: feature.restriction,
    reasons: feature.reason ?? [],
    message: feature.message ?? '',
    lower_m: lower,
    lower_ref: g.lowerVerticalReference,
    upper_m: upper,
    upper_ref: g.upperVerticalReference,
    z_min_amsl: g.lowerVerticalReference === 'AGL' ? lower + gLo : lower,
    z_max_amsl: g.upperVerticalReference === 'AGL' ? upper + gHi + GROUND_SAMPLING_MARGIN_M : upper,
    applicability: compileApplicability(feature.applicability, startEpochMs),
    footprint,
    ...footprintBox(footprint),
    feature,
  };
}

/**
 * Compiles validated ED-269 features (either wrapper's spelling) to the local frame: metres (FT × 0.3048, radius in
 * uomDimensions too), AGL limits kept with their reference, applicability in scenario seconds from startEpochMs.
 *
 * @example
 * const zones = compileGeozones(BUNDLED_ZONE_SETS['hk-illustrative'].features, frame, world, Date.parse('2026-03-01T01:00:00Z'));
 */
export function compileGeozones(
  features: readonly (Ed269FeatureInput | Ed269Feature)[],
  frame: LocalFrame,
  world: GroundModel,
  startEpochMs: number,
): Geozone[] {
  const zones: Geozone[] = [];
  for (const input of features) {
    const feature = normaliseEd269Feature(input);
    for (let part = 0; part < feature.geometry.length; part++) {
      zones.push(compileVolume(feature, part, frame, world, startEpochMs));
    }
  }
  return zones;
}
