// What the zone-infringement check needs from the airspace: the zones containing a point at a time.

/** ED-269 restriction of a zone. */
export type ZoneRestriction = 'PROHIBITED' | 'REQ_AUTHORISATION' | 'CONDITIONAL' | 'NO_RESTRICTION';

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

/** True when being inside the zone is an infringement: PROHIBITED, or REQ_AUTHORISATION without the authorisation. */
export function infringes(zone: ZoneHit, authorisations: readonly string[]): boolean {
  if (zone.restriction === 'PROHIBITED') return true;
  return zone.restriction === 'REQ_AUTHORISATION' && !authorisations.includes(zone.id);
}
