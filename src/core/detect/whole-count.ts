// Checks a count option (pool size, time slices, batch, hysteresis ticks): a whole number ≥ 1, else a RangeError.

/** Returns v when it is a whole number ≥ 1; throws a RangeError naming `what` otherwise (NaN included). */
export function wholeCount(what: string, v: number): number {
  if (!(v >= 1) || !Number.isInteger(v)) throw new RangeError(`${what} must be a whole number ≥ 1, got ${v}`);
  return v;
}
