// Zone applicability: permanent, start/end windows and weekly UTC schedules, at an instant and over intervals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableIntervals,
  clockTimeToUtcSeconds,
  compileApplicability,
  isApplicableAt,
} from '../../../src/core/airspace/applicability';
import type { Ed269Applicability } from '../../../src/core/airspace/ed269-normalise';

/** Monday 2 March 2026, 00:00 UTC. */
const MONDAY = Date.parse('2026-03-02T00:00:00Z');
const H = 3600;
const DAY = 24 * H;
const weekdayEvenings: Ed269Applicability[] = [
  {
    permanent: 'NO',
    schedule: [{ day: ['MON', 'TUE', 'WED', 'THU', 'FRI'], startTime: '17:00:00.00Z', endTime: '19:00:00.00Z' }],
  },
];

describe('applicability', () => {
  it('reads clock times with Z or an offset as UTC seconds', () => {
    expect(clockTimeToUtcSeconds('17:00:00.00Z')).toBe(17 * H);
    expect(clockTimeToUtcSeconds('17:30Z')).toBe(17.5 * H);
    expect(clockTimeToUtcSeconds('09:00+08:00')).toBe(H);
    expect(clockTimeToUtcSeconds('01:00+08:00')).toBe(-7 * H);
  });

  it('is permanent without entries or with permanent YES', () => {
    expect(isApplicableAt(compileApplicability(undefined, MONDAY), 123_456)).toBe(true);
    expect(isApplicableAt(compileApplicability([{ permanent: 'YES' }], MONDAY), -5)).toBe(true);
  });

  it('applies on weekdays 17:00–19:00Z only', () => {
    const app = compileApplicability(weekdayEvenings, MONDAY);
    expect(isApplicableAt(app, 16.99 * H)).toBe(false);
    expect(isApplicableAt(app, 17 * H)).toBe(true);
    expect(isApplicableAt(app, 18.5 * H)).toBe(true);
    expect(isApplicableAt(app, 19 * H)).toBe(false);
    expect(isApplicableAt(app, 4 * DAY + 18 * H)).toBe(true); // Friday
    expect(isApplicableAt(app, 5 * DAY + 18 * H)).toBe(false); // Saturday
    expect(isApplicableAt(app, 6 * DAY + 18 * H)).toBe(false); // Sunday
    expect(isApplicableAt(app, 7 * DAY + 18 * H)).toBe(true); // next Monday
    expect(isApplicableAt(app, -3 * DAY + 18 * H)).toBe(true); // the Friday before the scenario
  });

  it('evaluates schedules in UTC whatever the scenario start offset', () => {
    // Scenario starting Monday 08:00 Hong Kong time = 00:00Z: 17:00Z is 17 h after the start.
    const app = compileApplicability(weekdayEvenings, Date.parse('2026-03-02T08:00:00+08:00'));
    expect(isApplicableAt(app, 17.5 * H)).toBe(true);
  });

  it('handles windows over midnight and offsets that move a window to the previous day', () => {
    const overnight = compileApplicability(
      [{ schedule: [{ day: ['SUN'], startTime: '22:00Z', endTime: '02:00Z' }] }],
      MONDAY,
    );
    expect(isApplicableAt(overnight, -1 * H)).toBe(true); // Sunday 23:00Z
    expect(isApplicableAt(overnight, 1 * H)).toBe(true); // Monday 01:00Z
    expect(isApplicableAt(overnight, 3 * H)).toBe(false);
    // Monday 06:00–07:00 at +08:00 is Sunday 22:00–23:00Z.
    const early = compileApplicability(
      [{ schedule: [{ day: ['MON'], startTime: '06:00+08:00', endTime: '07:00+08:00' }] }],
      MONDAY,
    );
    expect(isApplicableAt(early, -1.5 * H)).toBe(true);
    expect(isApplicableAt(early, 6.5 * H)).toBe(false);
  });

  it('limits schedules to the start/end window', () => {
    const app = compileApplicability(
      [
        {
          permanent: 'NO',
          startDateTime: '2026-03-03T00:00:00Z',
          endDateTime: '2026-03-04T18:00:00Z',
          schedule: weekdayEvenings[0].schedule,
        },
      ],
      MONDAY,
    );
    expect(isApplicableAt(app, 18 * H)).toBe(false); // Monday: before the window
    expect(isApplicableAt(app, DAY + 18 * H)).toBe(true); // Tuesday
    expect(isApplicableAt(app, 2 * DAY + 17.5 * H)).toBe(true); // Wednesday before 18:00
    expect(isApplicableAt(app, 2 * DAY + 18.5 * H)).toBe(false); // window over
  });

  it('lists the applicable intervals of a span', () => {
    const app = compileApplicability(weekdayEvenings, MONDAY);
    expect(applicableIntervals(app, 0, 7 * DAY)).toEqual(
      [0, 1, 2, 3, 4].map((d) => [d * DAY + 17 * H, d * DAY + 19 * H]),
    );
    expect(applicableIntervals(app, 18 * H, 18.5 * H)).toEqual([[18 * H, 18.5 * H]]);
    expect(applicableIntervals(app, 20 * H, 21 * H)).toEqual([]);
  });

  it('agrees with the instant test: an instant is applicable iff some interval holds it', () => {
    const app = compileApplicability(
      [
        {
          startDateTime: '2026-03-01T00:00:00Z',
          endDateTime: '2026-03-20T00:00:00Z',
          schedule: weekdayEvenings[0].schedule,
        },
        { schedule: [{ day: ['SAT', 'SUN'], startTime: '23:00Z', endTime: '01:30Z' }] },
      ],
      MONDAY,
    );
    const span: [number, number] = [-2 * DAY, 25 * DAY];
    const intervals = applicableIntervals(app, span[0], span[1]);
    fc.assert(
      fc.property(fc.double({ min: span[0], max: span[1], noNaN: true }), (t) => {
        const inside = intervals.some(([a, b]) => t >= a && t < b);
        expect(inside).toBe(isApplicableAt(app, t));
      }),
      { numRuns: 2000 },
    );
  });
});
