// The crowding of swept boxes and the time slices it chooses.
import { describe, expect, it } from 'vitest';
import { crowding, slicesFor } from '../../../src/core/detect/time-slices';

describe('crowding', () => {
  it('counts the boxes a box overlaps: n·(2e)²/area, times the vertical overlap chance', () => {
    // 100 boxes of 10 m over 100 × 100 m, each as tall as the band: 100 · 400 / 10,000 = 4.
    expect(crowding(100, 10, 50, 100, 100, 50)).toBeCloseTo(4, 12);
    // A band four times the boxes' height halves it (2·extentZ/depth = 0.5).
    expect(crowding(100, 10, 10, 100, 100, 40)).toBeCloseTo(2, 12);
  });

  it('stays finite for flat or degenerate bounds', () => {
    expect(crowding(10, 5, 0, 100, 100, 0)).toBe(0);
    expect(Number.isFinite(crowding(10, 5, 1, 0, 0, 0))).toBe(true);
  });
});

describe('slicesFor', () => {
  it('uses one slice for sparse traffic, two and three as it crowds', () => {
    expect([0, 27.9, 28, 89.9, 90, 1e6].map(slicesFor)).toEqual([1, 1, 2, 2, 3, 3]);
  });
});
