import { describe, expect, test } from 'vitest';
import type { SimEvent } from '../../src/core/sim/events';
import { buildEpisodes, EpisodeIndex, INSTANT_EPISODE_S } from '../../src/session/episodes';
import { Alert, flightAlertsAt, frameAlerts } from '../../src/session/frame-alerts';
import { timelineMarks } from '../../src/session/timeline-marks';

const ev = (t: number, kind: string, flights: string[], details: SimEvent['details'] = {}): SimEvent =>
  ({ t, kind, flights, x: 1, y: 2, z: 3, details }) as SimEvent;

const IDS = ['A', 'B', 'C', 'D', 'E'];
const indexOf = (id: string) => IDS.indexOf(id);

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
  const table = buildEpisodes(events, indexOf, 100);
  const rows = Array.from({ length: table.count }, (_, k) => [
    table.kinds[table.kind[k]],
    table.a[k],
    table.b[k],
    table.start[k],
    table.end[k],
    table.subject.get(k) ?? '',
  ]);

  test('pairs each start with the next end of the same kind, flights and zone', () => {
    expect(rows).toEqual([
      ['conflict', 0, 1, 10, 20, ''],
      ['los', 0, 1, 12, 15, ''],
      ['zone-infringement', 2, -1, 30, 100, 'Z1'],
      ['zone-infringement', 2, -1, 31, 40, 'Z2'],
      ['nmac', 0, 3, 50, 50 + INSTANT_EPISODE_S, ''],
      ['conflict', 0, 1, 60, 100, ''],
    ]);
  });

  test('the index finds exactly the episodes with start ≤ t < end', () => {
    const index = new EpisodeIndex(table, 7);
    for (let t = 0; t <= 101; t += 0.5) {
      const expected = rows.flatMap((r, k) => (Number(r[3]) <= t && t < Number(r[4]) ? [k] : []));
      expect(index.activeAt(t)).toEqual(expected);
    }
  });

  test('alerts per flight, pairs to join and one flight’s list', () => {
    const index = new EpisodeIndex(table);
    const at13 = frameAlerts(index, 13, IDS.length);
    expect([...at13.alerts]).toEqual([
      Alert.Conflict | Alert.LossOfSeparation,
      Alert.Conflict | Alert.LossOfSeparation,
      0,
      0,
      0,
    ]);
    expect([...at13.pairs]).toEqual([0, 1, Alert.Conflict, 0, 1, Alert.LossOfSeparation]);
    const at35 = frameAlerts(index, 35, IDS.length);
    expect(at35.alerts[2]).toBe(Alert.Infringement);
    expect([...at35.pairs]).toEqual([]);
    expect(flightAlertsAt(index, 35, 2, IDS)).toEqual([
      { kind: 'zone-infringement', subject: 'Z1', since: 30 },
      { kind: 'zone-infringement', subject: 'Z2', since: 31 },
    ]);
    expect(flightAlertsAt(index, 52, 3, IDS)).toEqual([{ kind: 'nmac', other: 'A', since: 50 }]);
    expect(frameAlerts(null, 13, 2).alerts).toEqual(new Uint8Array(2));
  });

  test('timeline marks: one per column, losses of separation win', () => {
    expect(timelineMarks(table, 100, 10)).toEqual([
      [1, 'los'],
      [5, 'los'],
      [6, 'conflict'],
    ]);
  });

  test('an empty log gives no episodes', () => {
    expect(new EpisodeIndex(buildEpisodes([], indexOf, 10)).activeAt(5)).toEqual([]);
  });
});
