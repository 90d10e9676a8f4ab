// The one zone-restriction rule: whether a flight may be inside a zone of a given ED-269 restriction.

/** ED-269 restriction of a zone. */
export type ZoneRestriction = 'PROHIBITED' | 'REQ_AUTHORISATION' | 'CONDITIONAL' | 'NO_RESTRICTION';

/** True when being inside the zone is not allowed: PROHIBITED, or REQ_AUTHORISATION without the authorisation. */
export function zoneForbids(
  zone: { readonly id: string; readonly restriction: ZoneRestriction },
  authorisations: readonly string[],
): boolean {
  if (zone.restriction === 'PROHIBITED') return true;
  return zone.restriction === 'REQ_AUTHORISATION' && !authorisations.includes(zone.id);
}
