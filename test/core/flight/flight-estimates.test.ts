// Speed-to-fly, expected speeds, route energy and the diversion pad choice against hand-computed cases.
import { describe, expect, it } from 'vitest';
import { builtinClass } from '../../../src/core/aircraft/builtin-classes';
import { expectedSpeeds } from '../../../src/core/flight/expected-speeds';
import { speedToFly } from '../../../src/core/flight/speed-to-fly';
import { solveWindTriangle } from '../../../src/core/flight/wind-triangle';
import { chooseDiversionPad } from '../../../src/core/sim/diversion-pad';

const quad = builtinClass('delivery-quad')!; // cruise 15, max 20
const evtol = builtinClass('passenger-evtol')!;

describe('speed to fly', () => {
  it('adds half the headwind up to the maximum and ignores tailwinds', () => {
    expect(speedToFly(15, 20, 0)).toBe(15);
    expect(speedToFly(15, 20, 6)).toBe(15);
    expect(speedToFly(15, 20, -6)).toBe(18);
    expect(speedToFly(15, 20, -30)).toBe(20);
  });
});

describe('expected speeds', () => {
  it('flies faster into a headwind and never estimates less than a quarter of cruise', () => {
    expect(expectedSpeeds(quad, { east: 0, north: -5 }, 0, 0, 0, 1000)).toEqual({ airspeed: 17.5, groundSpeed: 12.5 });
    expect(expectedSpeeds(quad, { east: 0, north: 5 }, 0, 0, 0, 1000)).toEqual({ airspeed: 15, groundSpeed: 20 });
    expect(expectedSpeeds(quad, { east: 0, north: -40 }, 0, 0, 0, 1000).groundSpeed).toBe(0.25 * 15);
  });
});

describe('wind triangle', () => {
  it('holds the track: the ground velocity is along the track at the given airspeed', () => {
    const out = { heading: 0, airspeed: 0, groundSpeed: 0 };
    const r = solveWindTriangle(1, 0, 3, -4, 15, out);
    const ge = r.airspeed * Math.sin(r.heading) + 3;
    const gn = r.airspeed * Math.cos(r.heading) - 4;
    expect(gn).toBeCloseTo(0, 12);
    expect(ge).toBeCloseTo(r.groundSpeed, 12);
    expect(r.groundSpeed).toBeCloseTo(3 + Math.sqrt(15 * 15 - 16), 12);
  });
});

describe('diversion pad', () => {
  const pads = {
    x: Float64Array.from([0, 3000, -1000]),
    y: Float64Array.from([0, 0, 0]),
    evtol: Uint8Array.from([0, 1, 0]),
  };
  const calm = { east: 0, north: 0 };
  it('picks the pad reached soonest', () => {
    expect(chooseDiversionPad(quad, calm, 2000, 0, pads, 0)).toBe(1);
  });
  it('prefers home when it is nearly as soon', () => {
    expect(chooseDiversionPad(quad, calm, 1400, 0, pads, 0)).toBe(0);
  });
  it('counts the wind: a strong tailwind makes a farther pad sooner', () => {
    // From x = 1000: pad 0 is 1000 m upwind, pad 1 2000 m downwind in a 10 m/s wind towards the east.
    expect(chooseDiversionPad(quad, { east: 10, north: 0 }, 1000, 0, pads, 2)).toBe(1);
    expect(chooseDiversionPad(quad, calm, 1000, 0, pads, 2)).toBe(0);
  });
  it('sends an eVTOL only to eVTOL pads', () => {
    expect(chooseDiversionPad(evtol, calm, -900, 0, pads, 0)).toBe(1);
  });
});
