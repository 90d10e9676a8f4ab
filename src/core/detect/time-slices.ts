// How many time slices a tick's look-ahead is cut into: more where the swept boxes crowd, one where they do not.

/** The crowding from which 2, and 3, time slices are used: the crossovers measured in docs/detect.md. */
const SLICES_2 = 28;
const SLICES_3 = 90;

/**
 * How many other boxes a box overlaps, on average, when n boxes of mean extent `extent` (the larger horizontal side)
 * and `extentZ` (vertical) are spread uniformly over width × height × depth: n·(2·extent)²/(width·height), times the
 * chance 2·extentZ/depth (at most 1) that two of them also overlap vertically.
 */
export function crowding(
  n: number,
  extent: number,
  extentZ: number,
  width: number,
  height: number,
  depth: number,
): number {
  const vertical = Math.min(1, (2 * extentZ) / Math.max(depth, 1e-9));
  return (n * 4 * extent * extent * vertical) / Math.max(width * height, 1e-9);
}

/**
 * The time slices for a crowding: 1, 2 or 3. More slices cut the false candidates, which pays where boxes crowd, and
 * cost where they do not (each slice lists every box again).
 */
export function slicesFor(crowdingOfTick: number): number {
  return crowdingOfTick < SLICES_2 ? 1 : crowdingOfTick < SLICES_3 ? 2 : 3;
}
