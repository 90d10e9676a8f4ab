// The ED-269 zone sets bundled with Skylane, by name (scenarios refer to them as `geozones: { sets: [name] }`).
import type { Ed269Document } from '../ed269-normalise';
import { formatIssuePath, parseEd269 } from '../ed269-parse';
import hkIllustrative from './hk-illustrative.json';

/** Validates a bundled set when the module loads: a broken bundled file is a programming error. */
function bundled(name: string, value: unknown): Ed269Document {
  const result = parseEd269(value);
  if (!result.ok) {
    const detail = result.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('; ');
    throw new Error(`bundled zone set ${name} is invalid: ${detail}`);
  }
  return result.document;
}

/**
 * Bundled zone sets. `hk-illustrative`: HKIA surroundings, Victoria Harbour, two helipads, the Green Island reporting
 * point and a weekend regatta off Cyberport — illustrative, not the official eSUA map.
 */
export const BUNDLED_ZONE_SETS: Readonly<Record<string, Ed269Document>> = {
  'hk-illustrative': bundled('hk-illustrative', hkIllustrative),
};
