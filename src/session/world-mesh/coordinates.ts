// The mapping from Skylane's local frame (x east, y north, z up, metres) to three.js world space (y up, −z north).

/** Writes the three.js position of local (x, y, z) into out[offset..offset+2]. */
export function writeScenePoint(out: Float32Array, offset: number, x: number, y: number, z: number): void {
  out[offset] = x;
  out[offset + 1] = z;
  out[offset + 2] = -y;
}

/**
 * Writes a column-major 4×4 matrix (three.js Matrix4 element order) that scales uniformly by `scale`, turns a model
 * whose nose points north (−z in three.js) to `heading` (radians clockwise from north, seen from above) and moves it
 * to the three.js point (px, py, pz). Equivalent to Matrix4.compose with a rotation of −heading about +y, without
 * allocation.
 */
export function writeYawMatrix(
  out: Float32Array,
  offset: number,
  px: number,
  py: number,
  pz: number,
  heading: number,
  scale: number,
): void {
  const c = Math.cos(heading) * scale;
  const s = Math.sin(heading) * scale;
  out[offset] = c;
  out[offset + 1] = 0;
  out[offset + 2] = s;
  out[offset + 3] = 0;
  out[offset + 4] = 0;
  out[offset + 5] = scale;
  out[offset + 6] = 0;
  out[offset + 7] = 0;
  out[offset + 8] = -s;
  out[offset + 9] = 0;
  out[offset + 10] = c;
  out[offset + 11] = 0;
  out[offset + 12] = px;
  out[offset + 13] = py;
  out[offset + 14] = pz;
  out[offset + 15] = 1;
}
