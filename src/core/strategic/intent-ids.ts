// Deterministic identifiers for intents: UUID-formatted ids and OVNs derived from names, so runs are reproducible.

/** 32-bit hash of a string (FNV-1a with a murmur3 finaliser), seeded. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A UUID-formatted id (version 4 and variant bits set, as F3548 EntityIDs are validated) derived from the text:
 * the same text always gives the same id. Not random, so not for secrets.
 *
 * @example deterministicUuid('cyberport-waterfront/SF-001') // 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'
 */
export function deterministicUuid(text: string): string {
  const h = [1, 2, 3, 4].map((seed) => hex8(hash32(text, seed))).join('');
  const variant = ((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The opaque version number of an intent at a version (F3548 OVNs only need to change with each version). */
export function opaqueVersionNumber(intentId: string, version: number): string {
  return `skylane-${hex8(hash32(`${intentId}#${version}`, 7))}${hex8(hash32(`${intentId}#${version}`, 11))}`;
}
