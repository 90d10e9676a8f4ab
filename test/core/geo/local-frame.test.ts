// Checks the local frame against turf's great-circle distances and its own inverse.
import { point, bearing as turfBearing, distance as turfDistance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYBERPORT_ORIGIN, createLocalFrame, greatCircleDistance, initialBearing } from '../../../src/core/geo';

const frame = createLocalFrame(CYBERPORT_ORIGIN);
// Points within ~30 km of Cyberport.
const nearby = fc.record({
  lat: fc.double({ min: 22.0, max: 22.52, noNaN: true }),
  lon: fc.double({ min: 113.84, max: 114.42, noNaN: true }),
});

describe('local frame', () => {
  it('maps the origin to (0, 0)', () => {
    const p = frame.toLocal(CYBERPORT_ORIGIN.lat, CYBERPORT_ORIGIN.lon);
    expect(Math.abs(p.x)).toBeLessThan(1e-9);
    expect(Math.abs(p.y)).toBeLessThan(1e-9);
  });

  it('puts Cheung Chau about 12 km west-south-west of Cyberport', () => {
    const p = frame.toLocal(22.2089, 114.0292);
    expect(p.x).toBeLessThan(-10_000);
    expect(p.y).toBeLessThan(-5_000);
    expect(Math.hypot(p.x, p.y)).toBeGreaterThan(11_500);
    expect(Math.hypot(p.x, p.y)).toBeLessThan(12_200);
  });

  it('round-trips toLocal → toGeo to a micro-degree', () => {
    fc.assert(
      fc.property(nearby, ({ lat, lon }) => {
        const p = frame.toLocal(lat, lon);
        const g = frame.toGeo(p.x, p.y);
        expect(Math.abs(g.lat - lat)).toBeLessThan(1e-9);
        expect(Math.abs(g.lon - lon)).toBeLessThan(1e-9);
      }),
    );
  });

  it('agrees with turf.distance within 0.1 % between any two points within 30 km', () => {
    fc.assert(
      fc.property(nearby, nearby, (a, b) => {
        const expected = turfDistance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'meters' });
        fc.pre(expected > 50);
        const pa = frame.toLocal(a.lat, a.lon);
        const pb = frame.toLocal(b.lat, b.lon);
        const local = Math.hypot(pb.x - pa.x, pb.y - pa.y);
        expect(Math.abs(local - expected) / expected).toBeLessThan(0.001);
      }),
      { numRuns: 500 },
    );
  });

  it('gives exact distances from the origin (azimuthal equidistant)', () => {
    fc.assert(
      fc.property(nearby, (a) => {
        const expected = turfDistance(point([CYBERPORT_ORIGIN.lon, CYBERPORT_ORIGIN.lat]), point([a.lon, a.lat]), {
          units: 'meters',
        });
        const p = frame.toLocal(a.lat, a.lon);
        expect(Math.abs(Math.hypot(p.x, p.y) - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
      }),
    );
  });
});

describe('great circle helpers', () => {
  it('match turf distance and bearing', () => {
    fc.assert(
      fc.property(nearby, nearby, (a, b) => {
        const d = turfDistance(point([a.lon, a.lat]), point([b.lon, b.lat]), { units: 'meters' });
        expect(greatCircleDistance(a, b)).toBeCloseTo(d, 3);
        fc.pre(d > 1);
        const tb = (turfBearing(point([a.lon, a.lat]), point([b.lon, b.lat])) + 360) % 360;
        const diff = Math.abs(initialBearing(a, b) - tb);
        expect(Math.min(diff, 360 - diff)).toBeLessThan(1e-6);
      }),
    );
  });
});
