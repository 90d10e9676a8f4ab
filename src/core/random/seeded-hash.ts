// Deterministic, stateless pseudo-random numbers: a 32-bit integer hash of (seed, stream, counter).

/** Mixes 32-bit integers into a well-distributed 32-bit value (murmur3 finaliser). */
export function hash32(a: number, b = 0, c = 0): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = (h + Math.imul(c ^ (b >>> 3), 0x27d4eb2f)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** A uniform number in [0, 1) from (seed, stream, counter). Same inputs, same output, everywhere. */
export function hashUniform(seed: number, stream: number, counter: number): number {
  return hash32(seed, stream, counter) / 4294967296;
}

/** A small seeded generator (mulberry32) for scenario generation. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
