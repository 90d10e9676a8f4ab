// The CPA narrow phase against analytic cases: head-on, abeam, vertical crossings, boundaries, LoS and NMAC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFLICT,
  DCPA,
  DH,
  DV,
  evaluatePair,
  LOS,
  NMAC,
  PAIR_FIELDS,
  TCPA,
  TIN,
  TOUT,
} from '../../../src/core/detect/closest-approach';

const out = new Float64Array(PAIR_FIELDS);
/** Drone minima: R 32 m, H 7.62 m, look-ahead 20 s, NMAC 10 m / 3 m. */
const drone = (dx: number, dy: number, dz: number, dvx: number, dvy: number, dvz: number, T = 20) =>
  evaluatePair(dx, dy, dz, dvx, dvy, dvz, 32, 7.62, T, 10, 3, out);

describe('evaluatePair', () => {
  it('head-on at 30 m/s closing from 300 m: CPA at 10 s, inside from 10 − 32/30 to 10 + 32/30 s', () => {
    expect(drone(300, 0, 0, -30, 0, 0)).toBe(CONFLICT);
    expect(out[TCPA]).toBe(10);
    expect(out[DCPA]).toBe(0);
    expect(out[TIN]).toBeCloseTo(10 - 32 / 30, 12);
    expect(out[TOUT]).toBeCloseTo(10 + 32 / 30, 12);
    expect(out[DH]).toBe(300);
  });

  it('crossing at right angles: t_cpa and d_cpa by hand', () => {
    // j 400 m east and 300 m south of i, flying north at 20 m/s; i flies east at 20 m/s. v = (−20, 20), d = (400, −300).
    expect(drone(400, -300, 0, -20, 20, 0)).toBe(0);
    expect(out[TCPA]).toBeCloseTo(700 / 40, 12); // −(d·v)/|v|² = 14000/800
    expect(out[DCPA]).toBeCloseTo(100 / Math.SQRT2, 9); // |d × v|/|v| = |400·20 − 300·20|/√800
    // 70.7 m > 32 m: no conflict. Closer track: d = (400, −360) gives |d × v|/|v| = 40·20/√800 = 28.28 m.
    expect(drone(400, -360, 0, -20, 20, 0)).toBe(CONFLICT);
    expect(out[TCPA]).toBeCloseTo(760 / 40, 12);
    const half = Math.sqrt(32 ** 2 - 800) / Math.sqrt(800);
    expect(out[TIN]).toBeCloseTo(19 - half, 9);
    expect(out[TOUT]).toBeCloseTo(19 + half, 9);
  });

  it('d_cpa equal to R is not a conflict (strict), just inside is', () => {
    expect(drone(-400, 32, 0, 16, 0, 0) & CONFLICT).toBe(0);
    expect(out[DCPA]).toBe(32);
    expect(out[TCPA]).toBe(25);
    expect(drone(-200, 31.99, 0, 16, 0, 0)).toBe(CONFLICT);
  });

  it('|Δz| equal to H with no vertical speed is never a conflict; just inside is', () => {
    expect(drone(300, 0, 7.62, -30, 0, 0)).toBe(0);
    expect(out[TIN]).toBe(Number.POSITIVE_INFINITY);
    expect(drone(300, 0, 7.6, -30, 0, 0)).toBe(CONFLICT);
  });

  it('t_in equal to the look-ahead is not a conflict; a larger look-ahead makes it one', () => {
    // 352 m away closing at 16 m/s: the 32 m zone is entered at (352 − 32)/16 = 20 s.
    expect(drone(352, 0, 0, -16, 0, 0)).toBe(0);
    expect(out[TIN]).toBe(20);
    expect(drone(352, 0, 0, -16, 0, 0, 20.5)).toBe(CONFLICT);
  });

  it('vertical interval: climbing through the other aircraft from below', () => {
    // Co-located horizontally, 40 m below the band edge, climbing at 2 m/s: inside |Δz| ≤ 7.62 from 20 s to 27.62 s.
    expect(drone(1, 0, -47.62, 0, 0, 2, 30)).toBe(CONFLICT);
    expect(out[TIN]).toBeCloseTo(20, 12);
    expect(out[TOUT]).toBeCloseTo(27.62, 12);
    expect(drone(1, 0, -47.62, 0, 0, 2, 20)).toBe(0);
  });

  it('horizontal and vertical windows that do not overlap are no conflict', () => {
    // Horizontal window around t = 10 s; the vertical window [20, 27.62] s comes later.
    expect(drone(300, 0, -47.62, -30, 0, 2, 60)).toBe(0);
  });

  it('diverging pairs are no conflict; t_cpa is negative', () => {
    expect(drone(100, 0, 0, 10, 0, 0)).toBe(0);
    expect(out[TCPA]).toBe(-10);
    expect(out[TOUT]).toBeLessThan(0);
  });

  it('zero relative velocity inside the zone: conflict for all time, LoS and NMAC', () => {
    expect(drone(5, 0, 1, 0, 0, 0)).toBe(CONFLICT | LOS | NMAC);
    expect(out[TCPA]).toBe(0);
    expect(out[DCPA]).toBe(5);
    expect(out[TIN]).toBe(Number.NEGATIVE_INFINITY);
    expect(out[TOUT]).toBe(Number.POSITIVE_INFINITY);
    expect(out[DV]).toBe(1);
    expect(drone(40, 0, 0, 0, 0, 0)).toBe(0);
  });

  it('takes a relative speed whose square is subnormal as no relative motion', () => {
    // 51 m apart closing at 4e-162 m/s: |v|² = 1.7e-323 has lost its precision; the pair is simply 51 m apart.
    expect(drone(-51, 0, 0, 4.158400847013625e-162, 0, 0)).toBe(0);
    expect(out[TCPA]).toBe(0);
    expect(out[DCPA]).toBe(51);
    expect(drone(-31, 0, 0, 4.158400847013625e-162, 0, 0)).toBe(CONFLICT | LOS);
    expect(out[TIN]).toBe(Number.NEGATIVE_INFINITY);
  });

  it('loss of separation needs both |d| < R and |Δz| < H now; NMAC its own distances', () => {
    expect(drone(20, 0, 5, 1, 0, 0)).toBe(CONFLICT | LOS);
    expect(drone(32, 0, 0, 1, 0, 0)).toBe(0);
    expect(drone(9, 0, 2.9, 1, 0, 0)).toBe(CONFLICT | LOS | NMAC);
  });

  it('is antisymmetric: swapping the aircraft gives bit-identical figures', () => {
    const num = fc.oneof(
      fc.double({ min: -5000, max: 5000, noNaN: true }),
      fc.constantFrom(0, -0, 5e-324, -5e-324, 7.62, -7.62, 32, -32),
    );
    fc.assert(
      fc.property(num, num, num, num, num, num, (dx, dy, dz, dvx, dvy, dvz) => {
        const f1 = evaluatePair(dx, dy, dz, dvx, dvy, dvz, 32, 7.62, 20, 10, 3, out);
        const a = Array.from(out);
        const f2 = evaluatePair(-dx, -dy, -dz, -dvx, -dvy, -dvz, 32, 7.62, 20, 10, 3, out);
        expect(f2).toBe(f1);
        expect(Array.from(out)).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('d_cpa² = |d|² − t_cpa²|v|² and the zone is entered and left at distance R', () => {
    const num = fc.double({ min: -2000, max: 2000, noNaN: true });
    const vel = fc.double({ min: -40, max: 40, noNaN: true }).filter((v) => Math.abs(v) > 0.5);
    fc.assert(
      fc.property(num, num, vel, vel, (dx, dy, dvx, dvy) => {
        evaluatePair(dx, dy, 0, dvx, dvy, 0, 32, 7.62, 20, 10, 3, out);
        const v2 = dvx * dvx + dvy * dvy;
        const d2 = dx * dx + dy * dy;
        expect(out[DCPA] ** 2).toBeCloseTo(Math.max(0, d2 - out[TCPA] ** 2 * v2), -Math.log10(d2 * 1e-12 + 1e-9));
        if (out[DCPA] < 32) {
          for (const t of [out[TIN], out[TOUT]]) {
            expect(Math.hypot(dx + dvx * t, dy + dvy * t)).toBeCloseTo(32, 6);
          }
        }
      }),
    );
  });
});
