// hypot2 returns exactly Math.hypot's result (V8), including zeros, subnormals, huge values and non-finite ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypot2 } from '../../../src/core/detect/hypot';

describe('hypot2', () => {
  it('is bit-identical to Math.hypot', () => {
    const value = fc.oneof(
      fc.double(),
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.constantFrom(0, -0, Number.MIN_VALUE, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NaN),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(Object.is(hypot2(a, b), Math.hypot(a, b))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });
});
