// An rbush index of geozones: which zones contain a point at a time, and which may meet a 4D box.
import RBush from 'rbush';
import { isApplicableAt, isApplicableDuring } from './applicability';
import type { GroundModel } from './compile-geozones';
import { type Box, type Footprint, pointInFootprint } from './footprint';
import { footprintsIntersect } from './footprint-intersection';
import { type Geozone, zoneBandAt } from './geozone';

export interface ZoneIndex {
  readonly zones: readonly Geozone[];
  /**
   * Zones containing the point (local metres, z AMSL) and applicable at scenario time t. Pass `out` to reuse an
   * array (it is cleared first): the query then allocates nothing.
   */
  zonesAt(x: number, y: number, z: number, t: number, out?: Geozone[]): Geozone[];
  /**
   * Zones that may meet the box × altitude band × time window: bounding boxes overlap, the band meets the zone's
   * conservative AMSL bounds, the zone applies at some instant of the window and, when a footprint is given, the
   * footprints intersect.
   */
  zonesIntersecting(
    box: Box,
    zBand: readonly [number, number],
    tWindow: readonly [number, number],
    footprint?: Footprint,
  ): Geozone[];
}

interface RBushNode extends Box {
  children: (RBushNode | Geozone)[];
  leaf: boolean;
}

const FLAT_GROUND: GroundModel = { groundHeightLocal: () => 0 };

/**
 * Builds the index once (zones are static during a run). `ground` gives the height of the ground for AGL limits;
 * without it the ground is taken as sea level.
 *
 * @example
 * const index = createZoneIndex(scenario.geozones, scenario.world);
 * index.zonesAt(x, y, z, t).map((zone) => zone.id);
 */
export function createZoneIndex(zones: readonly Geozone[], ground: GroundModel = FLAT_GROUND): ZoneIndex {
  const tree = new RBush<Geozone>();
  tree.load([...zones]);
  const root = tree.toJSON() as RBushNode;
  const stack: RBushNode[] = [];

  function zonesAt(x: number, y: number, z: number, t: number, out: Geozone[] = []): Geozone[] {
    out.length = 0;
    if (zones.length === 0) return out;
    let groundHere = Number.NaN;
    stack.length = 0;
    stack.push(root);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (x < node.minX || x > node.maxX || y < node.minY || y > node.maxY) continue;
      if (!node.leaf) {
        for (const child of node.children) stack.push(child as RBushNode);
        continue;
      }
      for (const child of node.children) {
        const zone = child as Geozone;
        if (x < zone.minX || x > zone.maxX || y < zone.minY || y > zone.maxY) continue;
        if (z < zone.z_min_amsl || z > zone.z_max_amsl) continue;
        if (!isApplicableAt(zone.applicability, t) || !pointInFootprint(zone.footprint, x, y)) continue;
        if (zone.lower_ref === 'AGL' || zone.upper_ref === 'AGL') {
          if (Number.isNaN(groundHere)) groundHere = ground.groundHeightLocal(x, y);
          const [lo, hi] = zoneBandAt(zone, groundHere);
          if (z < lo || z > hi) continue;
        } else if (z < zone.lower_m || z > zone.upper_m) continue;
        out.push(zone);
      }
    }
    return out;
  }

  function zonesIntersecting(
    box: Box,
    zBand: readonly [number, number],
    tWindow: readonly [number, number],
    footprint?: Footprint,
  ): Geozone[] {
    return tree
      .search(box)
      .filter(
        (zone) =>
          zBand[0] <= zone.z_max_amsl &&
          zone.z_min_amsl <= zBand[1] &&
          isApplicableDuring(zone.applicability, tWindow[0], tWindow[1]) &&
          (footprint === undefined || footprintsIntersect(footprint, zone.footprint)),
      );
  }

  return { zones, zonesAt, zonesIntersecting };
}
