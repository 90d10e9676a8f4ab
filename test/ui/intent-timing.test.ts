// Unit tests of the selected intent's timing: its state at a moment and the volumes holding it.
import { describe, expect, test } from 'vitest';
import { countVolumesAt, intentStateAt, markVolumesAt } from '../../src/ui/replay/intent-timing';

describe('intent timing', () => {
  const transitions = [
    { t: 10, from: 'Accepted', to: 'Activated' },
    { t: 50, from: 'Activated', to: 'Nonconforming' },
    { t: 111, from: 'Nonconforming', to: 'Contingent' },
    { t: 130, from: 'Contingent', to: 'Activated' },
    { t: 300, from: 'Activated', to: 'Ended' },
  ] as const;
  const view = { has_intent: true, transitions: [...transitions] };

  test('the state at t is the latest transition at or before t', () => {
    expect(intentStateAt(view, 0)).toBe('Accepted');
    expect(intentStateAt(view, 10)).toBe('Activated');
    expect(intentStateAt(view, 49.5)).toBe('Activated');
    expect(intentStateAt(view, 50)).toBe('Nonconforming');
    expect(intentStateAt(view, 120)).toBe('Contingent');
    expect(intentStateAt(view, 200)).toBe('Activated');
    expect(intentStateAt(view, 1e6)).toBe('Ended');
    expect(intentStateAt({ has_intent: true, transitions: null }, 200)).toBe('Accepted');
    expect(intentStateAt({ has_intent: false, transitions: [] }, 200)).toBeNull();
  });

  test('volumes holding t are marked (closed windows); marks report changes only', () => {
    const volumes = [
      { t0: 0, t1: 100 },
      { t0: 50, t1: 200 },
      { t0: 300, t1: 400 },
    ];
    const marks = new Uint8Array(3).fill(2);
    expect(markVolumesAt(volumes, 75, marks)).toBe(true);
    expect([...marks]).toEqual([1, 1, 0]);
    expect(markVolumesAt(volumes, 80, marks)).toBe(false);
    expect(markVolumesAt(volumes, 200, marks)).toBe(true);
    expect([...marks]).toEqual([0, 1, 0]);
    expect(countVolumesAt(volumes, 100)).toBe(2);
    expect(countVolumesAt(volumes, 250)).toBe(0);
    expect(countVolumesAt(volumes, 300)).toBe(1);
  });
});
