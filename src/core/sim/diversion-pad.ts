// Where a flight goes when it must land early: the pad it reaches soonest, or home when that is nearly as soon.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { expectedSpeeds } from '../flight/expected-speeds';
import type { WindVector } from '../weather/weather-model';

/** A flight returns to its origin rather than divert when reaching it takes at most 25 % (+15 s) longer. */
const RETURN_PREFERENCE = 1.25;
const RETURN_ALLOWANCE_S = 15;

export interface PadPositions {
  x: Float64Array;
  y: Float64Array;
  evtol: Uint8Array;
}

/** Index of the pad to land on from (x, y), never `exclude`: eVTOL only on eVTOL pads; -1 when there is none. */
export function chooseDiversionPad(
  cls: AircraftClass,
  wind: WindVector,
  x: number,
  y: number,
  pads: PadPositions,
  origin: number,
  exclude = -1,
): number {
  const eligible = (k: number) => k !== exclude && (cls.kind !== 'evtol' || pads.evtol[k] === 1);
  const timeTo = (k: number) =>
    Math.hypot(pads.x[k] - x, pads.y[k] - y) / expectedSpeeds(cls, wind, x, y, pads.x[k], pads.y[k]).groundSpeed;
  let best = -1;
  let bestT = Number.POSITIVE_INFINITY;
  for (let k = 0; k < pads.x.length; k++) {
    if (!eligible(k)) continue;
    const time = timeTo(k);
    if (time < bestT) {
      bestT = time;
      best = k;
    }
  }
  if (best >= 0 && eligible(origin) && timeTo(origin) <= RETURN_PREFERENCE * bestT + RETURN_ALLOWANCE_S) return origin;
  return best;
}
