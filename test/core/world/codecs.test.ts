// Checks base64 and the terrain value codec against Node's Buffer and by round trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/core/world/base64';
import { coastDigest } from '../../../src/core/world/coast-digest';
import { decodeTerrainValues, encodeTerrainValues } from '../../../src/core/world/terrain-codec';

describe('base64', () => {
  it('matches Buffer both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(Array.from(base64ToBytes(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('rejects bad characters and lengths', () => {
    expect(() => base64ToBytes('AQI')).toThrow(/multiple of 4/);
    expect(() => base64ToBytes('AQ*D')).toThrow(/unexpected character at offset 2/);
    expect(() => base64ToBytes('A=QD')).toThrow(/unexpected character at offset 1/);
  });
});

describe('terrain codec', () => {
  it('round-trips any Int16 grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: -32768, max: 32767 }), { minLength: 1, maxLength: 200 }),
        (cols, list) => {
          const rows = Math.ceil(list.length / cols);
          const values = new Int16Array(cols * rows);
          values.set(list);
          expect(Array.from(decodeTerrainValues(encodeTerrainValues(values, cols), cols, rows))).toEqual(
            Array.from(values),
          );
        },
      ),
    );
  });

  it('takes one byte per node for flat ground', () => {
    const text = encodeTerrainValues(new Int16Array(300).fill(-200), 100);
    expect(base64ToBytes(text).length).toBe(3 * 2 + 297);
  });

  it('rejects too few or too many values', () => {
    const text = encodeTerrainValues(new Int16Array([1, 2, 3, 4]), 2);
    expect(() => decodeTerrainValues(text, 2, 3)).toThrow(/end after 4 of 6 values/);
    expect(() => decodeTerrainValues(text, 2, 1)).toThrow(/bytes left after 2 values/);
  });
});

describe('coast digest', () => {
  it('changes when a coordinate moves by a micro-degree, not below', () => {
    const coast = [
      [
        [
          [114, 22],
          [114.1, 22],
          [114, 22.1],
          [114, 22],
        ],
      ],
    ];
    const moved = structuredClone(coast);
    moved[0][0][1][0] += 1e-6;
    const jitter = structuredClone(coast);
    jitter[0][0][1][0] += 1e-9;
    expect(coastDigest(coast)).toMatch(/^[0-9a-f]{8}$/);
    expect(coastDigest(moved)).not.toBe(coastDigest(coast));
    expect(coastDigest(jitter)).toBe(coastDigest(coast));
  });
});
