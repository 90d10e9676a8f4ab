import { describe, expect, test } from 'vitest';
import { advanceClock, arrowStep, clampTime, nextSpeed, PLAYBACK_SPEEDS } from '../../src/ui/replay/playback-clock';

describe('playback clock', () => {
  test('advances by wall time × speed and stops at the end', () => {
    expect(advanceClock(10, 0.1, 100, 3600)).toEqual({ t: 20, ended: false });
    expect(advanceClock(3595, 0.1, 100, 3600)).toEqual({ t: 3600, ended: true });
  });
  test('a long pause between frames (background tab) does not jump far', () => {
    expect(advanceClock(0, 30, 10, 3600).t).toBe(2.5);
  });
  test('speeds run from 1× to 1000× and step up and down', () => {
    expect(PLAYBACK_SPEEDS[0]).toBe(1);
    expect(PLAYBACK_SPEEDS.at(-1)).toBe(1000);
    expect(nextSpeed(10, 1)).toBe(20);
    expect(nextSpeed(10, -1)).toBe(5);
    expect(nextSpeed(1000, 1)).toBe(1000);
    expect(nextSpeed(1, -1)).toBe(1);
  });
  test('arrow steps and clamping', () => {
    expect(arrowStep(10, false)).toBe(10);
    expect(arrowStep(10, true)).toBe(60);
    expect(arrowStep(1000, false)).toBe(200);
    expect(clampTime(-5, 100)).toBe(0);
    expect(clampTime(500, 100)).toBe(100);
    expect(clampTime(Number.NaN, 100)).toBe(0);
  });
});
