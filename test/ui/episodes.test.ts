import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../../src/core/sim/events';
import { buildEpisodes, EpisodeIndex, INSTANT_EPISODE_S } from '../../src/ui/replay/episodes';

const ev = (t: number, kind: string, flights: string[], details: SimEvent['details'] = {}): SimEvent =>
  ({ t, kind, flights, x: 1, y: 2, z: 3, details }) as SimEvent;

describe('episodes from the event log', () => {
  const events = [
    ev(10, 'conflict-start', ['A', 'B']),
    ev(12, 'los-start', ['A', 'B']),
    ev(15, 'los-end', ['A', 'B']),
    ev(20, 'conflict-end', ['A', 'B']),
    ev(30, 'zone-infringement-start', ['C'], { zone: 'Z1' }),
    ev(31, 'zone-infringement-start', ['C'], { zone: 'Z2' }),
    ev(40, 'zone-infringement-end', ['C'], { zone: 'Z2' }),
    ev(50, 'nmac', ['A', 'D']),
    ev(55, 'takeoff', ['E']),
    ev(60, 'conflict-start', ['A', 'B']),
  ];
  const episodes = buildEpisodes(events, 100);

  test('pairs each start with the next end of the same kind, flights and zone', () => {
    const summary = episodes.map((e) => [e.kind, e.flights.join('+'), e.start, e.end, e.subject ?? '']);
    expect(summary).toEqual([
      ['conflict', 'A+B', 10, 20, ''],
      ['los', 'A+B', 12, 15, ''],
      ['zone-infringement', 'C', 30, 100, 'Z1'],
      ['zone-infringement', 'C', 31, 40, 'Z2'],
      ['nmac', 'A+D', 50, 50 + INSTANT_EPISODE_S, ''],
      ['conflict', 'A+B', 60, 100, ''],
    ]);
  });

  test('the index finds exactly the episodes with start ≤ t < end', () => {
    const index = new EpisodeIndex(episodes, 7);
    for (let t = 0; t <= 101; t += 0.5) {
      const expected = episodes.filter((e) => e.start <= t && t < e.end);
      expect(index.activeAt(t)).toEqual(expected);
    }
  });

  test('an empty log gives no episodes', () => {
    expect(new EpisodeIndex(buildEpisodes([], 10)).activeAt(5)).toEqual([]);
  });
});
