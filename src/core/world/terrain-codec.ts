// Compact coding of the terrain grid: Int16 values, delta-coded along each row, zigzag, LEB128 varint, base64.
import { base64ToBytes, bytesToBase64 } from './base64';

/**
 * Encodes a row-major grid of integers in [-32768, 32767]. Smooth terrain and the flat sea give small deltas,
 * so most nodes take one byte.
 * @example decodeTerrainValues(encodeTerrainValues(new Int16Array([0, 5, 7]), 3), 3, 1) // Int16Array [0, 5, 7]
 */
export function encodeTerrainValues(values: Int16Array, cols: number): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const delta = i % cols === 0 ? values[i] : values[i] - values[i - 1];
    let z = delta >= 0 ? delta * 2 : -delta * 2 - 1; // zigzag
    while (z >= 0x80) {
      bytes.push((z & 0x7f) | 0x80);
      z >>>= 7;
    }
    bytes.push(z);
  }
  return bytesToBase64(Uint8Array.from(bytes));
}

/** Decodes cols × rows values; throws when the data hold more or fewer, or a value leaves the Int16 range. */
export function decodeTerrainValues(data: string, cols: number, rows: number): Int16Array {
  const bytes = base64ToBytes(data);
  const out = new Int16Array(cols * rows);
  let p = 0;
  for (let i = 0; i < out.length; i++) {
    let z = 0;
    let shift = 0;
    for (;;) {
      if (p >= bytes.length) throw new Error(`terrain data end after ${i} of ${out.length} values`);
      const b = bytes[p++];
      z += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
      if (shift > 21) throw new Error(`terrain data: varint too long at value ${i}`);
    }
    const delta = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    const value = i % cols === 0 ? delta : out[i - 1] + delta;
    if (value < -32768 || value > 32767) throw new Error(`terrain data: value ${value} at node ${i} is outside Int16`);
    out[i] = value;
  }
  if (p !== bytes.length) throw new Error(`terrain data: ${bytes.length - p} bytes left after ${out.length} values`);
  return out;
}
