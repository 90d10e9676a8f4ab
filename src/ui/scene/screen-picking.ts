// Picks the aircraft nearest to a screen point: projects every airborne aircraft with the view-projection matrix.

/**
 * Index of the airborne aircraft whose projection lies nearest to (px, py) in CSS pixels and within `maxPx`, or −1.
 * `viewProjection` is a column-major 4×4 matrix (three.js elements); `positions` holds three.js x, y, z per aircraft.
 */
export function nearestOnScreen(
  positions: Float32Array,
  airborne: Uint8Array,
  count: number,
  viewProjection: ArrayLike<number>,
  width: number,
  height: number,
  px: number,
  py: number,
  maxPx: number,
): number {
  const e = viewProjection;
  let best = -1;
  let bestD2 = maxPx * maxPx;
  for (let i = 0; i < count; i++) {
    if (!airborne[i]) continue;
    const x = positions[3 * i];
    const y = positions[3 * i + 1];
    const z = positions[3 * i + 2];
    const w = e[3] * x + e[7] * y + e[11] * z + e[15];
    if (w <= 0) continue;
    const sx = (((e[0] * x + e[4] * y + e[8] * z + e[12]) / w + 1) / 2) * width;
    const sy = ((1 - (e[1] * x + e[5] * y + e[9] * z + e[13]) / w) / 2) * height;
    const d2 = (sx - px) ** 2 + (sy - py) ** 2;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = i;
    }
  }
  return best;
}
