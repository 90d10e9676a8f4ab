// Weather model: wind interpolation in altitude and time (against a hand-made oracle), gusts, series, limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinClass } from '../../../src/core/aircraft/builtin-classes';
import { exceededLimit } from '../../../src/core/weather/operating-limits';
import { createSeries, sampleSeries } from '../../../src/core/weather/piecewise-series';
import { createWeatherModel, windFromDirection } from '../../../src/core/weather/weather-model';

const profile = (t: number, layers: [number, number, number][]) => {
  const v = layers.map(([, from, speed]) => windFromDirection(from, speed));
  return {
    t,
    alt: Float64Array.from(layers, (l) => l[0]),
    east: Float64Array.from(v, (w) => w.east),
    north: Float64Array.from(v, (w) => w.north),
  };
};
const empty = createSeries([]);
const model = (extra: Partial<Parameters<typeof createWeatherModel>[0]> = {}) =>
  createWeatherModel({ seed: 1, wind: [], gusts: empty, rain: empty, visibility: empty, signals: [], ...extra });

describe('weather model', () => {
  it('turns a "from" direction into the vector the air moves along', () => {
    const w = windFromDirection(90, 10); // from the east: air moves west
    expect(w.east).toBeCloseTo(-10, 12);
    expect(w.north).toBeCloseTo(0, 12);
  });

  it('interpolates wind linearly in altitude and time, holding the ends', () => {
    const m = model({
      wind: [
        profile(0, [
          [0, 90, 10],
          [100, 90, 20],
        ]),
        profile(100, [
          [0, 90, 30],
          [100, 90, 40],
        ]),
      ],
    });
    const out = { east: 0, north: 0 };
    expect(m.windAt(0, 50, out).east).toBeCloseTo(-15, 12);
    expect(m.windAt(50, 50, out).east).toBeCloseTo(-25, 12);
    expect(m.windAt(500, 500, out).east).toBeCloseTo(-40, 12);
    expect(m.windAt(-5, -10, out).east).toBeCloseTo(-10, 12);
  });

  it('agrees with a bilinear oracle on random profiles (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([a, b, c, d], ft, fz) => {
          const p = (t: number, lo: number, hi: number) => ({
            t,
            alt: Float64Array.from([0, 200]),
            east: Float64Array.from([lo, hi]),
            north: Float64Array.from([0, 0]),
          });
          const m = model({ wind: [p(0, a, b), p(60, c, d)] });
          const expected = (1 - ft) * ((1 - fz) * a + fz * b) + ft * ((1 - fz) * c + fz * d);
          expect(m.windAt(60 * ft, 200 * fz, { east: 0, north: 0 }).east).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it('adds seeded gusts along the mean wind, bounded by the intensity and repeatable', () => {
    const gusts = createSeries([{ t: 0, v: 4 }]);
    const m = model({ wind: [profile(0, [[0, 0, 5]])], gusts });
    const seen: number[] = [];
    for (let t = 0; t < 600; t += 0.5) {
      const w = m.addGust(3, t, m.windAt(t, 0, { east: 0, north: 0 }));
      expect(Math.abs(w.east)).toBeLessThan(1e-9);
      seen.push(-w.north - 5);
    }
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(4);
    expect(Math.max(...seen) - Math.min(...seen)).toBeGreaterThan(2);
    const again = m.addGust(3, 123.5, m.windAt(123.5, 0, { east: 0, north: 0 }));
    expect(-again.north - 5).toBe(seen[247]);
  });

  it('reports signals in force in [from, to)', () => {
    const m = model({ signals: [{ signal: 'T3', from: 100, to: 200 }] });
    expect(m.signalsAt(99)).toEqual([]);
    expect(m.signalsAt(100)).toEqual(['T3']);
    expect(m.signalsAt(200)).toEqual([]);
  });
});

describe('piecewise series', () => {
  it('samples linearly and holds the ends; empty gives the default', () => {
    const s = createSeries([
      { t: 0, v: 0 },
      { t: 10, v: 10 },
      { t: 20, v: 0 },
    ]);
    expect(sampleSeries(s, 5, -1)).toBe(5);
    expect(sampleSeries(s, 15, -1)).toBe(5);
    expect(sampleSeries(s, 99, -1)).toBe(0);
    expect(sampleSeries(createSeries([]), 5, -1)).toBe(-1);
  });
});

describe('operating limits', () => {
  const quad = builtinClass('delivery-quad')!;
  it('names the first limit exceeded, in a fixed order', () => {
    expect(exceededLimit(quad, model(), 0, [0])).toBeNull();
    expect(
      exceededLimit(
        quad,
        model({ signals: [{ signal: 'AMBER', from: 0, to: 10 }], rain: createSeries([{ t: 0, v: 40 }]) }),
        0,
        [0],
      ),
    ).toBe('signal-AMBER');
    // Wind 5 m/s at the surface, 15 m/s at 300 m: within the limit low down, beyond it at height.
    const shear = model({
      wind: [
        profile(0, [
          [0, 70, 5],
          [300, 70, 15],
        ]),
      ],
    });
    expect(exceededLimit(quad, shear, 0, [0])).toBeNull();
    expect(exceededLimit(quad, shear, 0, [0, 300])).toBe('wind');
    expect(
      exceededLimit(quad, model({ wind: [profile(0, [[0, 70, 10]])], gusts: createSeries([{ t: 0, v: 8 }]) }), 0, [0]),
    ).toBe('gust');
    expect(exceededLimit(quad, model({ rain: createSeries([{ t: 0, v: 9 }]) }), 0, [0])).toBe('rain');
    expect(exceededLimit(quad, model({ visibility: createSeries([{ t: 0, v: 800 }]) }), 0, [0])).toBe('visibility');
  });
});
