// Writes compiled geozones back to an ED-269 document (the `features` wrapper), one feature per zone identifier.
import type { Ed269Document } from './ed269-normalise';
import type { Geozone } from './geozone';

export interface Ed269ExportOptions {
  title?: string;
  description?: string;
}

/**
 * The ED-269 document of the zones, in the order they first appear. Each feature is the canonical form of the one
 * imported (numbers for limits, `schedule` for daily windows), so import → export → import gives equal zones.
 */
export function exportEd269(zones: readonly Geozone[], options: Ed269ExportOptions = {}): Ed269Document {
  const seen = new Set<string>();
  const features = [];
  for (const zone of zones) {
    if (seen.has(zone.id)) continue;
    seen.add(zone.id);
    features.push(structuredClone(zone.feature));
  }
  return {
    title: options.title ?? 'Skylane geozones',
    description: options.description ?? 'Exported by Skylane',
    features,
  };
}
