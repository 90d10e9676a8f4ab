// Checks the assembly of GMT's binned shore lines into closed land rings (joins, edge walks, located parse errors).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGmtSegments, ShoreParseError, shoreRings } from '../../../src/core/world/build/shore-rings';
import { pointInRing } from '../../../src/core/world/point-in-ring';

const BOX = { minX: 0, minY: 0, maxX: 10, maxY: 10 };
const flat = (ring: [number, number][]) => new Float64Array(ring.flat());
const inAny = (rings: [number, number][][], x: number, y: number) =>
  rings.reduce((inside, r) => inside !== pointInRing(flat(r), x, y), false);

describe('parseGmtSegments', () => {
  it('reads segments, skips empty ones and ignores blank lines', () => {
    const text = '> Shore Bin # 1, Level 1\n> Shore Bin # 1, Level 1\n1 2\n3\t4\n\n> x\n5 6\n7 8\n';
    expect(parseGmtSegments(text)).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseGmtSegments('> a\n1 2\n1 x\n')).toThrow(ShoreParseError);
    expect(() => parseGmtSegments('> a\n1 2\n1 x\n')).toThrow(/line 3: found "1 x", expected "lon lat"/);
    expect(() => parseGmtSegments('1 2\n')).toThrow(/line 1: .*segment header/);
  });
});

describe('shoreRings', () => {
  it('keeps a closed island and joins an island cut in two at a bin edge', () => {
    const island: [number, number][] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    const west: [number, number][] = [
      [5, 6],
      [4, 5],
      [5, 4],
    ];
    const east: [number, number][] = [
      [5, 4],
      [6, 5],
      [5, 6],
    ];
    const rings = shoreRings([island, east, west], BOX);
    expect(rings).toHaveLength(2);
    expect(inAny(rings, 5, 5)).toBe(true);
    expect(inAny(rings, 1.8, 1.2)).toBe(true);
    expect(inAny(rings, 8, 8)).toBe(false);
  });

  it('closes a mainland that leaves the box by walking its edge with the land on the left', () => {
    // Enters at the north edge, runs south then east, leaves at the east edge: land (left) is the north-east corner.
    const shore: [number, number][] = [
      [5, 10],
      [5, 5],
      [10, 5],
    ];
    const rings = shoreRings([shore], BOX);
    expect(rings).toHaveLength(1);
    expect(rings[0]).toContainEqual([10, 10]);
    expect(inAny(rings, 8, 8)).toBe(true);
    expect(inAny(rings, 2, 2)).toBe(false);
    expect(inAny(rings, 8, 2)).toBe(false);
  });

  it('closes two shore lines that leave the box, each along its own stretch of the edge', () => {
    // Two headlands east of x=4: south of y=3 and north of y=7, with a strait between them and open sea to the west.
    const south: [number, number][] = [
      [10, 3],
      [4, 3],
      [4, 0],
    ];
    const north: [number, number][] = [
      [4, 10],
      [4, 7],
      [10, 7],
    ];
    const rings = shoreRings([south, north], BOX);
    expect(rings).toHaveLength(2);
    expect(inAny(rings, 8, 1)).toBe(true);
    expect(inAny(rings, 8, 9)).toBe(true);
    expect(inAny(rings, 8, 5)).toBe(false);
    expect(inAny(rings, 2, 5)).toBe(false);
  });

  it('a half-plane shore splits the box: points fall on the side the line has on its left (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 9.5, noNaN: true }),
        fc.double({ min: 0.5, max: 9.5, noNaN: true }),
        fc.double({ min: 0.1, max: 9.9, noNaN: true }),
        fc.double({ min: 0.1, max: 9.9, noNaN: true }),
        (a, b, px, py) => {
          // A line from the south edge at x=a to the north edge at x=b: its left is the west.
          const rings = shoreRings(
            [
              [
                [a, 0],
                [b, 10],
              ],
            ],
            BOX,
          );
          const lineX = a + ((b - a) * py) / 10;
          if (Math.abs(px - lineX) < 1e-6) return;
          expect(inAny(rings, px, py)).toBe(px < lineX);
        },
      ),
    );
  });

  it('refuses a line that stops inside the box', () => {
    expect(() =>
      shoreRings(
        [
          [
            [0, 5],
            [5, 5],
          ],
        ],
        BOX,
      ),
    ).toThrow(/ends at 5, 5, inside the box/);
  });
});
