// Rounds a report's numbers to what they mean: metres, seconds, watt-hours and rates to 0.1, ratios to 0.001.
import { roundForLog } from '../sim/events';

/** Keys whose numbers are physical quantities (to 0.1); every other non-integer is a ratio (to 0.001). */
const TENTHS = /(_m|_s|_wh|_per_hour)$/;

/** A copy of `value` with every number rounded by the key it sits under (lists take their parent's key). */
export function roundFigures<T>(value: T, key = ''): T {
  if (typeof value === 'number') return roundForLog(value, TENTHS.test(key) ? 1 : 3) as T;
  if (Array.isArray(value)) return value.map((v) => roundFigures(v, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = roundFigures(v, k);
    return out as T;
  }
  return value;
}
