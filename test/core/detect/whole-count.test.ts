// wholeCount: count options are whole numbers ≥ 1, anything else a RangeError that names the option.
import { describe, expect, it } from 'vitest';
import { GridDetector } from '../../../src/core/detect/uniform-grid';
import { wholeCount } from '../../../src/core/detect/whole-count';

describe('wholeCount', () => {
  it('passes whole numbers ≥ 1 through', () => {
    expect(wholeCount('slices', 1)).toBe(1);
    expect(wholeCount('slices', 4096)).toBe(4096);
  });

  it('rejects zero, negatives, fractions, NaN and infinity, naming the option and the value', () => {
    for (const v of [0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => wholeCount('batch', v)).toThrow(RangeError);
    }
    expect(() => wholeCount('pool size', 0.5)).toThrow('pool size must be a whole number ≥ 1, got 0.5');
  });

  it('guards the grid detector options', () => {
    expect(() => new GridDetector({ batch: 0 })).toThrow(/batch/);
    expect(() => new GridDetector({ slices: 2.5 })).toThrow(/slices/);
  });
});
