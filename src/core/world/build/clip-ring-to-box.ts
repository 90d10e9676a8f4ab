// Sutherland–Hodgman clipping of one polygon ring (flat x, y pairs) to an axis-aligned box.

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Clips a ring to a box and returns the clipped ring as flat x, y pairs, open (first point not repeated).
 * Parts of the ring outside the box become runs along the box edge, so a ring that leaves and re-enters
 * the box keeps zero-width corridors along the edge; they enclose no area and do not change an even–odd
 * point-in-polygon test inside the box. Returns an empty array when nothing is left.
 *
 * @example
 * clipRingToBox(new Float64Array([-1, -1, 2, -1, 2, 2, -1, 2]), { minX: 0, minY: 0, maxX: 1, maxY: 1 });
 * // → [0, 0, 1, 0, 1, 1, 0, 1] (in some rotation)
 */
export function clipRingToBox(ring: ArrayLike<number>, box: Box): number[] {
  let n = ring.length >> 1;
  if (n > 1 && ring[0] === ring[2 * n - 2] && ring[1] === ring[2 * n - 1]) n--; // drop the closing point
  let points: number[] = Array.from({ length: 2 * n }, (_, i) => ring[i]);
  // Each edge: keep points where inside(x, y) holds; cut edges at the boundary.
  const edges: [
    (x: number, y: number) => boolean,
    (ax: number, ay: number, bx: number, by: number) => [number, number],
  ][] = [
    [(x) => x >= box.minX, (ax, ay, bx, by) => [box.minX, ay + ((by - ay) * (box.minX - ax)) / (bx - ax)]],
    [(x) => x <= box.maxX, (ax, ay, bx, by) => [box.maxX, ay + ((by - ay) * (box.maxX - ax)) / (bx - ax)]],
    [(_x, y) => y >= box.minY, (ax, ay, bx, by) => [ax + ((bx - ax) * (box.minY - ay)) / (by - ay), box.minY]],
    [(_x, y) => y <= box.maxY, (ax, ay, bx, by) => [ax + ((bx - ax) * (box.maxY - ay)) / (by - ay), box.maxY]],
  ];
  for (const [inside, cut] of edges) {
    const m = points.length >> 1;
    if (m === 0) break;
    const out: number[] = [];
    let px = points[2 * m - 2];
    let py = points[2 * m - 1];
    let pIn = inside(px, py);
    for (let i = 0; i < m; i++) {
      const x = points[2 * i];
      const y = points[2 * i + 1];
      const cIn = inside(x, y);
      if (cIn) {
        if (!pIn) out.push(...cut(px, py, x, y));
        out.push(x, y);
      } else if (pIn) out.push(...cut(px, py, x, y));
      px = x;
      py = y;
      pIn = cIn;
    }
    points = out;
  }
  return removeRepeats(points);
}

/** Drops consecutive duplicate points (including last = first). */
function removeRepeats(points: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const k = out.length;
    if (k >= 2 && out[k - 2] === points[i] && out[k - 1] === points[i + 1]) continue;
    out.push(points[i], points[i + 1]);
  }
  while (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out.length >= 6 ? out : [];
}
