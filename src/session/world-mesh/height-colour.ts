// Land colour by height above sea (beach, lowland green, hill green, upland scrub, rocky tops), in linear RGB.

/** Height stops (m) and their sRGB colours; colours between stops are interpolated. */
const STOPS: [height: number, r: number, g: number, b: number][] = [
  [0, 0.78, 0.72, 0.55],
  [6, 0.5, 0.62, 0.36],
  [80, 0.33, 0.52, 0.27],
  [250, 0.27, 0.44, 0.23],
  [420, 0.46, 0.47, 0.32],
  [700, 0.56, 0.53, 0.46],
];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Writes the linear RGB colour of land at `height` metres into out[offset..offset+2]. */
export function writeHeightColour(out: Float32Array, offset: number, height: number): void {
  let k = 1;
  while (k < STOPS.length - 1 && height > STOPS[k][0]) k++;
  const [h0, r0, g0, b0] = STOPS[k - 1];
  const [h1, r1, g1, b1] = STOPS[k];
  const f = Math.max(0, Math.min(1, (height - h0) / (h1 - h0)));
  out[offset] = toLinear(r0 + f * (r1 - r0));
  out[offset + 1] = toLinear(g0 + f * (g1 - g0));
  out[offset + 2] = toLinear(b0 + f * (b1 - b0));
}
