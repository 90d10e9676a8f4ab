// fast-check generators of random traffic for the detector tests: spreads, clusters, co-located, parallel, boundary pairs.
import fc from 'fast-check';
import { createDetectInput, type DetectInput } from '../../../src/core/detect/traffic-input';

export interface Craft {
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
  zone: number;
  active: boolean;
}

/** Protected zones to draw from: drones, a wider class and a tall one, as in a mixed scenario. */
export const ZONES = [
  { radius_m: 32, half_height_m: 7.62, lookahead_s: 20, nmac_radius_m: 10, nmac_half_height_m: 3 },
  { radius_m: 50, half_height_m: 15, lookahead_s: 30, nmac_radius_m: 15, nmac_half_height_m: 5 },
  { radius_m: 20, half_height_m: 30, lookahead_s: 10, nmac_radius_m: 25, nmac_half_height_m: 35 },
];

const coord = (span: number) => fc.double({ min: -span, max: span, noNaN: true });
const speed = fc.oneof(
  fc.constant(0),
  fc.double({ min: -30, max: 30, noNaN: true }),
  fc.integer({ min: -30, max: 30 }),
);

/** One aircraft within `span` metres of the origin; coordinates sometimes integers so that ties and exact boundaries occur. */
export const craft = (span: number): fc.Arbitrary<Craft> =>
  fc.record({
    x: fc.oneof(coord(span), fc.integer({ min: -span, max: span })),
    y: fc.oneof(coord(span), fc.integer({ min: -span, max: span })),
    z: fc.oneof(fc.double({ min: 0, max: 200, noNaN: true }), fc.integer({ min: 0, max: 200 })),
    vx: speed,
    vy: speed,
    vz: fc.oneof(fc.constant(0), fc.double({ min: -5, max: 5, noNaN: true })),
    zone: fc.integer({ min: 0, max: ZONES.length - 1 }),
    active: fc.integer({ min: 0, max: 9 }).map((v) => v > 0),
  });

/** A cluster: copies of a leader, moved a little (or not at all: co-located, same velocity, parallel tracks). */
export const cluster = (span: number): fc.Arbitrary<Craft[]> =>
  fc
    .tuple(
      craft(span),
      fc.array(
        fc.record({
          dx: fc.oneof(fc.constant(0), fc.double({ min: -60, max: 60, noNaN: true })),
          dy: fc.oneof(fc.constant(0), fc.double({ min: -60, max: 60, noNaN: true })),
          dz: fc.oneof(fc.constant(0), fc.constant(7.62), fc.double({ min: -20, max: 20, noNaN: true })),
          sameVelocity: fc.boolean(),
        }),
        { maxLength: 12 },
      ),
    )
    .map(([leader, offsets]) => [
      leader,
      ...offsets.map((o) => ({
        ...leader,
        x: leader.x + o.dx,
        y: leader.y + o.dy,
        z: leader.z + o.dz,
        vx: o.sameVelocity ? leader.vx : -leader.vx,
        vy: o.sameVelocity ? leader.vy : leader.vy * 0.5,
      })),
    ]);

/**
 * A pair exactly on a boundary of the drone zone (R = 32, H = 7.62, T = 20): d_cpa = R, |Δz| = H, t_in = look-ahead, or
 * touching at t = 0. Integer and power-of-two figures keep the arithmetic exact.
 */
export const boundaryPair = fc
  .tuple(
    fc.integer({ min: -2000, max: 2000 }),
    fc.integer({ min: -2000, max: 2000 }),
    fc.integer({ min: 30, max: 150 }),
    fc.constantFrom('dcpa', 'dz', 'tin', 'touch', 'dz-moving'),
  )
  .map(([x, y, z, kind]): Craft[] => {
    const a: Craft = { x, y, z, vx: 0, vy: 0, vz: 0, zone: 0, active: true };
    switch (kind) {
      case 'dcpa': // passes 32 m abeam: d_cpa == R
        return [a, { ...a, x: x - 400, y: y + 32, vx: 16 }];
      case 'dz': // head-on, 7.62 m above: |Δz| == H, never inside
        return [a, { ...a, x: x - 320, z: z + 7.62, vx: 16 }];
      case 'tin': // enters the zone exactly at the look-ahead: 32 + 16·20 = 352 m away at 16 m/s
        return [a, { ...a, x: x - 352, vx: 16 }];
      case 'touch': // exactly R apart now, moving apart
        return [a, { ...a, x: x + 32, vx: 1 }];
      default: // climbing through the band: enters |Δz| ≤ H at t = 20 s
        return [a, { ...a, x: x + 1, z: z - 7.62 - 40, vz: 2 }];
    }
  });

/** Random traffic: a spread, clusters and boundary pairs, shuffled into one list. */
export const traffic = (span: number, maxLength = 120): fc.Arbitrary<Craft[]> =>
  fc
    .tuple(
      fc.array(craft(span), { maxLength }),
      fc.array(cluster(span), { maxLength: 6 }),
      fc.array(boundaryPair, { maxLength: 4 }),
    )
    .chain(([spread, clusters, pairs]) => {
      const all = [...spread, ...clusters.flat(), ...pairs.flat()];
      return fc.shuffledSubarray(all, { minLength: all.length });
    })
    .filter((list) => list.length > 0);

export function toInput(list: readonly Craft[]): DetectInput {
  const input = createDetectInput(list.length);
  list.forEach((c, i) => {
    input.x[i] = c.x;
    input.y[i] = c.y;
    input.z[i] = c.z;
    input.vx[i] = c.vx;
    input.vy[i] = c.vy;
    input.vz[i] = c.vz;
    input.active[i] = c.active ? 1 : 0;
    const zone = ZONES[c.zone];
    input.radius[i] = zone.radius_m;
    input.halfHeight[i] = zone.half_height_m;
    input.lookahead[i] = zone.lookahead_s;
    input.nmacRadius[i] = zone.nmac_radius_m;
    input.nmacHalfHeight[i] = zone.nmac_half_height_m;
  });
  return input;
}
