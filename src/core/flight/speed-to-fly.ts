// The airspeed to fly in a head- or tailwind: cruise plus half the headwind (the classic speed-to-fly rule).

/**
 * Airspeed for a leg with the given tailwind component (negative = headwind), capped at the class maximum.
 * @example speedToFly(13, 22, -8) // 17
 */
export function speedToFly(cruise: number, max: number, tailwind: number): number {
  return tailwind >= 0 ? cruise : Math.min(max, cruise - tailwind / 2);
}
