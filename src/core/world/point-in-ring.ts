// Even–odd point-in-polygon test on a flat ring of x, y pairs (open: the first point is not repeated).

/** @example pointInRing(new Float64Array([0, 0, 10, 0, 10, 10, 0, 10]), 5, 5) // true */
export function pointInRing(ring: ArrayLike<number>, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length >> 1;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i];
    const yi = ring[2 * i + 1];
    const xj = ring[2 * j];
    const yj = ring[2 * j + 1];
    if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
  }
  return inside;
}
