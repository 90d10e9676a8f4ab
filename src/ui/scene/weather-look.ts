// How the weather looks: fog distances and sky colours from visibility, raindrop count from rain rate.

export interface AtmosphereLook {
  fogNear: number;
  fogFar: number;
  /** sRGB hex colours. */
  horizon: string;
  zenith: string;
}

const CLEAR_HORIZON = [0.78, 0.87, 0.95];
const CLEAR_ZENITH = [0.27, 0.52, 0.86];
const MURK = [0.7, 0.72, 0.74];

const hex = (c: number[]) =>
  `#${c
    .map((v) =>
      Math.round(Math.max(0, Math.min(1, v)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
const mix = (a: number[], b: number[], f: number) => a.map((v, k) => v + (b[k] - v) * f);

/**
 * Visibility (m) is where contrast falls to about 5 %, so fog is nearly opaque there. In clear air (≥ 10 km) the
 * haze is kept light so that the whole 30 km area stays readable.
 */
export function atmosphereLook(visibility_m: number, rain_mmph: number): AtmosphereLook {
  const v = Math.max(50, visibility_m);
  const murk = Math.min(1, Math.max(0, (10_000 - v) / 9_000) + Math.min(0.4, rain_mmph / 75));
  const fogFar = v >= 10_000 ? Math.max(3 * v, 60_000) : 1.1 * v;
  return {
    fogNear: v >= 10_000 ? 0.15 * fogFar : 0.05 * v,
    fogFar,
    horizon: hex(mix(CLEAR_HORIZON, MURK, murk)),
    zenith: hex(mix(CLEAR_ZENITH, MURK, murk * 0.85)),
  };
}

/** Raindrops to draw for a rain rate (mm/h): none when dry, up to `max`. */
export function raindropCount(rain_mmph: number, max: number): number {
  if (rain_mmph <= 0.05) return 0;
  return Math.min(max, Math.round(400 + rain_mmph * 120));
}
