// The middle of a set of longitudes along the shortest arc that holds them all (across the antimeridian if need be).

/**
 * The longitude in [−180, 180) halfway along the smallest arc containing every longitude of `lons` (degrees): the
 * complement of the largest gap between neighbours around the circle. For 179.99 and −179.99 that is 180 (not 0, the
 * mean); for points spread around the whole globe any answer is as good, and this is still one of them.
 * @example longitudeCentre([179.99, -179.99]) === -180
 */
export function longitudeCentre(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  const sorted = lons.map(wrap).sort((a, b) => a - b);
  // The gap from the last longitude round to the first, then each gap between neighbours.
  let gap = sorted[0] + 360 - sorted[sorted.length - 1];
  let start = sorted[0];
  for (let k = 1; k < sorted.length; k++) {
    const g = sorted[k] - sorted[k - 1];
    if (g > gap) {
      gap = g;
      start = sorted[k];
    }
  }
  // The arc runs from `start` eastwards over 360 − gap degrees.
  return wrap(start + (360 - gap) / 2);
}

/** A longitude in degrees brought into [−180, 180). */
function wrap(lon: number): number {
  const w = (((lon + 180) % 360) + 360) % 360;
  return w - 180;
}
