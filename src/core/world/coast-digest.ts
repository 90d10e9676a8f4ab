// A short digest of coast polygons, stored in terrain.json so a terrain grid built from another coast is caught.

/**
 * FNV-1a (32-bit) over the coordinates in micro-degrees, ring and polygon boundaries included.
 * @example coastDigest([[[[114, 22], [114.1, 22], [114, 22.1], [114, 22]]]]) // 8 hex digits
 */
export function coastDigest(polygons: readonly (readonly (readonly (readonly number[])[])[])[]): string {
  let h = 0x811c9dc5;
  const mix = (v: number) => {
    for (let k = 0; k < 4; k++) {
      h ^= (v >>> (8 * k)) & 255;
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const polygon of polygons) {
    mix(0x7fffffff);
    for (const ring of polygon) {
      mix(0x7ffffffe);
      for (const point of ring) {
        mix(Math.round(point[0] * 1e6) | 0);
        mix(Math.round(point[1] * 1e6) | 0);
      }
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
