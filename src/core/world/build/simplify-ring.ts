// Douglas–Peucker simplification of a closed ring with a tolerance that varies with position (finer near a focus).

/** Tolerance in metres for a point at local (x, y) metres. */
export type ToleranceAt = (x: number, y: number) => number;

/**
 * Simplifies an open ring (flat x, y pairs in metres, first point not repeated) and returns the indices of the
 * points kept, in order. A point is kept when it lies farther from the chord of its span than the tolerance at
 * that point, so the tolerance can be fine near a focus and coarse elsewhere. The ring is split at its first point
 * and the point farthest from it, so both always survive; rings of 3 or fewer points are returned whole.
 *
 * @example
 * const square = [0, 0, 50, 0.5, 100, 0, 100, 100, 0, 100];
 * simplifyRing(square, () => 1); // → [0, 2, 3, 4]: the 0.5 m bump is dropped
 */
export function simplifyRing(xy: ArrayLike<number>, toleranceAt: ToleranceAt): number[] {
  const n = xy.length >> 1;
  if (n <= 3) return Array.from({ length: n }, (_, i) => i);
  let far = 0;
  let farD = -1;
  for (let i = 1; i < n; i++) {
    const d = (xy[2 * i] - xy[0]) ** 2 + (xy[2 * i + 1] - xy[1]) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[far] = 1;
  // Spans [a, b] over the ring's indices; the second span wraps from far back to 0 (as index n).
  const stack: number[] = [0, far, far, n];
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    if (b - a < 2) continue;
    const ax = xy[2 * (a % n)];
    const ay = xy[2 * (a % n) + 1];
    const bx = xy[2 * (b % n)];
    const by = xy[2 * (b % n) + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestExcess = 0;
    for (let i = a + 1; i < b; i++) {
      const px = xy[2 * i];
      const py = xy[2 * i + 1];
      let d: number;
      if (len2 === 0) d = Math.hypot(px - ax, py - ay);
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
      }
      const excess = d / toleranceAt(px, py);
      if (excess > 1 && excess > bestExcess) {
        bestExcess = excess;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push(a, best, best, b);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(i);
  return out;
}

/** Signed area of an open ring of flat x, y pairs (positive when counter-clockwise), in square units of x and y. */
export function ringArea(xy: ArrayLike<number>): number {
  const n = xy.length >> 1;
  let sum = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) sum += (xy[2 * j] - xy[2 * i]) * (xy[2 * j + 1] + xy[2 * i + 1]);
  return sum / 2;
}
