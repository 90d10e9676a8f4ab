// What the zone-infringement check needs from the airspace: the zones containing a point at a time.
import type { ZoneRestriction } from '../airspace/zone-restriction';

export interface ZoneHit {
  readonly id: string;
  readonly restriction: ZoneRestriction;
}

/**
 * Zones containing (x, y, z) — local metres, z AMSL — and applicable at t (seconds since scenario start). The airspace
 * module's ZoneIndex (createZoneIndex in src/core/airspace) has this shape; tests use a fake.
 */
export interface ZoneQuery {
  zonesAt(x: number, y: number, z: number, t: number): readonly ZoneHit[];
}
