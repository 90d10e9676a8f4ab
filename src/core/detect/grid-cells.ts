// The grid's cells: each box listed (by slot, with a 2-bit tag) in every cell it overlaps, in sweep-bin order.
import type { SliceBoxes } from './grid-layout';

/** 32-bit words per box record: float32 intervals on the sweep axis, y and the third axis, then int32 home cell x, y. */
export const REC = 8;
/** Entry tag bits: the box's lower corner lies left of the cell (bit 0), below it (bit 1); 0 = its home cell. */
export const LEFT = 1;
export const BELOW = 2;

/**
 * How the sweep axis is cut into bins within a cell: bin(v) = clamp(⌊(v − origin)·scale⌋ − column·columnOffset, 0,
 * perCell − 1), where column is the cell's column (columnOffset is 0 when the bins are the same in every cell, as
 * along z). Any such bin is non-decreasing in v, which is all the sweep relies on.
 */
export interface SweepBins {
  perCell: number;
  origin: number;
  scale: number;
  columnOffset: number;
}

/**
 * The cell lists of one tick (one time slice). A box is listed in every cell it overlaps; entry = slot · 4 + tag, where
 * the tag says where the box's lower corner lies relative to the cell (LEFT | BELOW bits). Two boxes that overlap do so
 * in a rectangle whose lower corner lies in exactly one cell — the one where they are not both left of it nor both
 * below it, i.e. where (tag_a & tag_b) === 0 — so a pair is counted only there, and exactly once. Cell c's entries are
 * [start[c], start[c + 1]), ordered by the sweep bin of the box's lower end (`bins`, which also holds the bin of its
 * upper end, so that the sweep need not look the box up to know how far to go), by one counting sort on (cell, bin):
 * no comparison sort. Buffers are kept between ticks and grow only.
 */
export class CellLists {
  /** Entry boundaries: one per cell, then the total. */
  start = new Int32Array(0);
  /** Slot · 4 + tag of each entry. */
  entries = new Int32Array(0);
  /** Sweep bins of each entry's box in the cell: lower end + 256 · upper end (both below 256). */
  bins = new Int32Array(0);
  count = 0;
  private counts = new Int32Array(0);

  /**
   * Lists the n boxes of one time slice (REC words per slot, home cell x, y in words 6, 7; spans; raw sweep bins) in
   * the cells of an nx × ny grid.
   */
  build(boxes: SliceBoxes, n: number, nx: number, ny: number, bins: SweepBins): void {
    const { ints, spanX, spanY, rawLow, rawHigh } = boxes;
    const cells = nx * ny;
    const Z = bins.perCell;
    const keys = cells * Z;
    const rowKeys = nx * Z;
    if (this.start.length < cells + 1) this.start = new Int32Array(Math.max(cells + 1, this.start.length * 2));
    if (this.counts.length < keys + 1) this.counts = new Int32Array(Math.max(keys + 1, this.counts.length * 2));
    const { start, counts } = this;
    const columnOffset = bins.columnOffset;
    counts.fill(0, 0, keys + 1);
    // 1. Count: counts[key + 1] counts the entries of (cell, bin) key.
    let total = 0;
    for (let s = 0; s < n; s++) {
      const o = s * REC;
      const cx = ints[o + 6];
      const sx = spanX[s];
      const sy = spanY[s];
      const raw = rawLow[s];
      const row = (ints[o + 7] * nx + cx) * Z + 1;
      total += (sx + 1) * (sy + 1);
      for (let d = 0; d <= sx; d++) {
        const first = row + d * Z + binOf(raw - (cx + d) * columnOffset, Z);
        for (let e = 0, key = first; e <= sy; e++, key += rowKeys) counts[key]++;
      }
    }
    for (let k = 0; k < keys; k++) counts[k + 1] += counts[k];
    for (let c = 0; c <= cells; c++) start[c] = counts[c * Z];
    if (this.entries.length < total) {
      const cap = Math.max(total, this.entries.length * 2);
      this.entries = new Int32Array(cap);
      this.bins = new Int32Array(cap);
    }
    // 2. Write, in the same order (so each bin keeps slot order).
    const entries = this.entries;
    const entryBins = this.bins;
    for (let s = 0; s < n; s++) {
      const o = s * REC;
      const cx = ints[o + 6];
      const sx = spanX[s];
      const sy = spanY[s];
      const raw = rawLow[s];
      const high = rawHigh[s];
      const row = (ints[o + 7] * nx + cx) * Z;
      for (let d = 0; d <= sx; d++) {
        const shift = (cx + d) * columnOffset;
        const b = binOf(raw - shift, Z);
        const both = b + 256 * binOf(high - shift, Z);
        const entry = s * 4 + (d > 0 ? LEFT : 0);
        for (let e = 0, key = row + d * Z + b; e <= sy; e++, key += rowKeys) {
          const p = counts[key]++;
          entries[p] = e > 0 ? entry + BELOW : entry;
          entryBins[p] = both;
        }
      }
    }
    this.count = total;
  }

  bufferBytes(): number {
    return this.start.byteLength + this.entries.byteLength + this.bins.byteLength + this.counts.byteLength;
  }
}

/** A raw bin (a whole number, possibly huge) clamped to [0, Z − 1], as a small integer. */
export function binOf(raw: number, Z: number): number {
  if (raw <= 0) return 0;
  return raw < Z ? raw | 0 : Z - 1;
}
