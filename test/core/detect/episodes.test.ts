// Episode tracking: one episode per condition with hysteresis, worst figures, deterministic order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EpisodeTracker } from '../../../src/core/detect/episodes';

function run(tracker: EpisodeTracker, pattern: string, key = 7) {
  const log: string[] = [];
  [...pattern].forEach((c, t) => {
    tracker.begin(t);
    if (c === '#') tracker.observe(key, 1, 2, 100 - t, 50 - t, 60 - t, t, 0, 0);
    for (const e of tracker.end()) log.push(`end@${t}:${e.start}-${e.lastSeen}`);
    for (const _ of tracker.started()) log.push(`start@${t}`);
  });
  return log;
}

describe('EpisodeTracker', () => {
  it('does not flicker: gaps shorter than the hysteresis continue the episode', () => {
    expect(run(new EpisodeTracker(3), '##.#..#.....')).toEqual(['start@0', 'end@9:0-6']);
  });

  it('ends at the first clear tick with a hysteresis of 1', () => {
    expect(run(new EpisodeTracker(1), '##.#')).toEqual(['start@0', 'end@2:0-1', 'start@3']);
  });

  it('keeps the worst figures and where they happened', () => {
    const tracker = new EpisodeTracker(2);
    tracker.begin(0);
    tracker.observe(1, 0, 1, 30, 40, 41, 5, 5, 5);
    tracker.end();
    tracker.begin(1);
    tracker.observe(1, 0, 1, 10, 20, 21, 6, 6, 6);
    tracker.observe(1, 0, 1, 1, 1, 1, 9, 9, 9); // a second observation in the same tick is ignored
    tracker.end();
    tracker.begin(2);
    tracker.observe(1, 0, 1, 50, 50, 50, 7, 7, 7);
    tracker.end();
    expect(tracker.closeAll()).toMatchObject([
      { ticks: 3, start: 0, lastSeen: 2, minPredicted: 10, minActual: 20, minActual3d: 21, tWorst: 1, xWorst: 6 },
    ]);
  });

  it('accepts observations in any key order', () => {
    const tracker = new EpisodeTracker(1);
    tracker.begin(0);
    for (const key of [9, 2, 5, 2]) tracker.observe(key, key, -1, 0, 0, 0, 0, 0, 0);
    tracker.end();
    expect(tracker.started().map((e) => e.key)).toEqual([2, 5, 9]);
    tracker.begin(1);
    for (const key of [5, 1]) tracker.observe(key, key, -1, 0, 0, 0, 0, 0, 0);
    expect(tracker.end().map((e) => e.key)).toEqual([2, 9]);
    expect(tracker.started().map((e) => e.key)).toEqual([1]);
    expect(tracker.openCount).toBe(2);
  });

  it('closes open episodes at the end, sorted by key', () => {
    const tracker = new EpisodeTracker(3);
    tracker.begin(0);
    for (const key of [9, 2, 5]) tracker.observe(key, 0, 1, 0, 0, 0, 0, 0, 0);
    expect(tracker.end()).toEqual([]);
    expect(tracker.started().map((e) => e.key)).toEqual([2, 5, 9]);
    expect(tracker.closeAll().map((e) => e.key)).toEqual([2, 5, 9]);
    expect(tracker.openCount).toBe(0);
  });

  it('agrees with a plain per-key model on random observation patterns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 8 }), { maxLength: 30 }),
        (hysteresis, ticks) => {
          const tracker = new EpisodeTracker(hysteresis);
          const model = new Map<number, { start: number; clear: number }>();
          const got: string[] = [];
          const want: string[] = [];
          ticks.forEach((keys, t) => {
            tracker.begin(t);
            for (const key of keys) tracker.observe(key, key, -1, 0, 0, 0, 0, 0, 0);
            for (const e of tracker.end()) got.push(`end ${e.key}@${t} from ${e.start}`);
            for (const e of tracker.started()) got.push(`start ${e.key}@${t}`);
            const seen = new Set(keys);
            const ends: string[] = [];
            for (const [key, m] of [...model].sort((p, q) => p[0] - q[0])) {
              if (seen.has(key)) m.clear = 0;
              else if (++m.clear >= hysteresis) {
                ends.push(`end ${key}@${t} from ${m.start}`);
                model.delete(key);
              }
            }
            const starts = [...seen].filter((key) => !model.has(key)).sort((p, q) => p - q);
            for (const key of starts) model.set(key, { start: t, clear: 0 });
            want.push(...ends, ...starts.map((key) => `start ${key}@${t}`));
          });
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it('rejects a hysteresis that is not a whole number of ticks ≥ 1', () => {
    expect(() => new EpisodeTracker(0)).toThrow(RangeError);
    expect(() => new EpisodeTracker(1.5)).toThrow(RangeError);
  });
});
