// Aircraft drawing size: true span, or a span that stays a readable number of pixels whatever the zoom.

/** Apparent span (px) of a typical aircraft at the orbit target distance in the "visible scale" mode. */
export const VISIBLE_SPAN_PX = 16;

/** Metres covered by one pixel at `distance` metres with a vertical field of view `fovDeg` over `heightPx`. */
export function metresPerPixel(distance: number, fovDeg: number, heightPx: number): number {
  return (2 * distance * Math.tan((fovDeg * Math.PI) / 360)) / Math.max(1, heightPx);
}

/**
 * The span to draw (m): the true span, or at least VISIBLE_SPAN_PX pixels — nudged up for large classes (an eVTOL
 * stays bigger than a delivery drone) but compressed so that none dominates.
 */
export function drawnSpan(size_m: number, mpp: number, visible: boolean): number {
  if (!visible) return size_m;
  const relative = Math.min(1.6, Math.max(0.8, Math.sqrt(size_m / 1.5)));
  return Math.max(size_m, VISIBLE_SPAN_PX * mpp * relative);
}
