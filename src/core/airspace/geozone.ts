// A geozone compiled to the local frame (footprint and limits in metres, applicability in scenario time), and its band at a point.
import type { ZoneApplicability } from './applicability';
import type { Ed269Feature } from './ed269-normalise';
import type { Ed269Reason, Ed269Restriction } from './ed269-schema';
import type { Box, Footprint } from './footprint';

export type VerticalReference = 'AGL' | 'AMSL';

/**
 * One volume of an ED-269 zone in the local frame. A feature with several `geometry` entries compiles to several
 * Geozones with the same id and consecutive `part` numbers; export writes the feature once.
 */
export interface Geozone extends Box {
  /** The ED-269 identifier (≤ 7 characters). */
  id: string;
  /** Index of this volume in the feature's `geometry` array. */
  part: number;
  name: string;
  country: string;
  restriction: Ed269Restriction;
  reasons: Ed269Reason[];
  message: string;
  /** Lower limit in metres, above ground (AGL: compare with the world's groundHeightLocal) or above mean sea level. */
  lower_m: number;
  lower_ref: VerticalReference;
  upper_m: number;
  upper_ref: VerticalReference;
  /**
   * Conservative AMSL bounds of the zone: equal to the limits for AMSL references; for AGL references the limit plus
   * the lowest (lower limit) or highest (upper limit) ground sampled under the footprint, with a margin.
   */
  z_min_amsl: number;
  z_max_amsl: number;
  applicability: ZoneApplicability;
  footprint: Footprint;
  /** The canonical ED-269 feature this volume came from, for export. */
  feature: Ed269Feature;
}

/** The zone's vertical band (metres AMSL) above the point whose ground height is `ground` (m AMSL). */
export function zoneBandAt(zone: Geozone, ground: number): [lower: number, upper: number] {
  return [
    zone.lower_ref === 'AGL' ? ground + zone.lower_m : zone.lower_m,
    zone.upper_ref === 'AGL' ? ground + zone.upper_m : zone.upper_m,
  ];
}
