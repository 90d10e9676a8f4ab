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
 * below it, i.e. where (tag_a & tag_b) === 0 — so a pair is counted only there, and exactly once. The entries are
 * listed cell after cell, each cell's ordered by the sweep bin of the box's lower end, by one counting sort on (cell,
 * bin): no comparison sort. Each entry's run ends at the first entry of its cell whose lower bin lies beyond the bin of
 * its own box's upper end: the end of that (cell, bin) group, which the counting sort's counters hold once it is done
 * (ends[p] is that group's key), so that the sweep need not look at bins, nor at cells. Buffers are kept between ticks
 * and grow only.
 */
export class CellLists {
  /** Slot · 4 + tag of each entry. */
  entries = new Int32Array(0);
  /**
   * The run of each entry: the entries after it in its cell, up to (not including) groupEnd[ends[p]], are those whose
   * box's lower end lies in a bin not beyond the bin of its box's upper end. That end is always > p and never beyond
   * the cell's last entry.
   */
  ends = new Int32Array(0);
  count = 0;
  /** After build: the end of each (cell, bin) group (the counting sort's counters). */
  groupEnd = new Int32Array(0);

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
    // Counters: one per (cell, bin), the total, a row and a cell beyond (zeros added past the grid's edge), a spare.
    const counters = keys + 2 + rowKeys + Z;
    if (this.groupEnd.length < counters) this.groupEnd = new Int32Array(Math.max(counters, this.groupEnd.length * 2));
    const counts = this.groupEnd;
    const columnOffset = bins.columnOffset;
    counts.fill(0, 0, counters);
    // 1. Count: counts[key + 1] counts the entries of (cell, bin) key. A box over at most 2 × 2 cells (most of them)
    // adds 0 or 1 to each of four counters, without a branch (the spans vary at random, so loops over them would end
    // on mispredicted branches); a bigger box takes the loops. Counters past the grid's edge take only zeros.
    let total = 0;
    for (let s = 0; s < n; s++) {
      const o = s * REC;
      const cx = ints[o + 6];
      const sx = spanX[s];
      const sy = spanY[s];
      const raw = rawLow[s];
      const row = (ints[o + 7] * nx + cx) * Z + 1;
      total += (sx + 1) * (sy + 1);
      if ((sx | sy) <= 1) {
        const k0 = row + binOf(raw - cx * columnOffset, Z);
        const k1 = row + Z + binOf(raw - (cx + 1) * columnOffset, Z);
        counts[k0]++;
        counts[k1] += sx;
        counts[k0 + rowKeys] += sy;
        counts[k1 + rowKeys] += sx & sy;
        continue;
      }
      for (let d = 0; d <= sx; d++) {
        const first = row + d * Z + binOf(raw - (cx + d) * columnOffset, Z);
        for (let e = 0, key = first; e <= sy; e++, key += rowKeys) counts[key]++;
      }
    }
    for (let k = 0; k < keys; k++) counts[k + 1] += counts[k];
    if (this.entries.length < total + 1) {
      const cap = Math.max(total + 1, this.entries.length * 2);
      this.entries = new Int32Array(cap);
      this.ends = new Int32Array(cap);
    }
    // 2. Write, in the same order (so each bin keeps slot order). A small box writes four entries; those beyond its
    // span go to a spare key whose counter never advances, past the last entry (so the next one overwrites them).
    const { entries, ends } = this;
    const spare = keys + 1 + rowKeys + Z;
    counts[spare] = total;
    for (let s = 0; s < n; s++) {
      const o = s * REC;
      const cx = ints[o + 6];
      const sx = spanX[s];
      const sy = spanY[s];
      const raw = rawLow[s];
      const high = rawHigh[s];
      const row = (ints[o + 7] * nx + cx) * Z;
      if ((sx | sy) <= 1) {
        const s0 = cx * columnOffset;
        const s1 = s0 + columnOffset;
        const k0 = row + binOf(raw - s0, Z);
        const k1 = row + Z + binOf(raw - s1, Z);
        const u0 = row + binOf(high - s0, Z);
        const u1 = row + Z + binOf(high - s1, Z);
        const entry = s * 4;
        place(counts, entries, ends, k0, 1, spare, entry, u0);
        place(counts, entries, ends, k1, sx, spare, entry + LEFT, u1);
        place(counts, entries, ends, k0 + rowKeys, sy, spare, entry + BELOW, u0 + rowKeys);
        place(counts, entries, ends, k1 + rowKeys, sx & sy, spare, entry + LEFT + BELOW, u1 + rowKeys);
        continue;
      }
      for (let d = 0; d <= sx; d++) {
        const shift = (cx + d) * columnOffset;
        const b = binOf(raw - shift, Z);
        // The (cell, bin) group of the box's upper end, turned into the group's end below.
        const upperKey = row + d * Z + binOf(high - shift, Z);
        const entry = s * 4 + (d > 0 ? LEFT : 0);
        for (let e = 0, key = row + d * Z + b; e <= sy; e++, key += rowKeys) {
          const p = counts[key]++;
          entries[p] = e > 0 ? entry + BELOW : entry;
          ends[p] = upperKey + e * rowKeys;
        }
      }
    }
    // counts[key] is now the end of group key, read by the sweep as groupEnd[ends[p]].
    this.count = total;
  }

  bufferBytes(): number {
    return this.entries.byteLength + this.ends.byteLength + this.groupEnd.byteLength;
  }
}

/**
 * Writes an entry (with the key of its run's end group) at the next place of group `key` when `valid` is 1; when it is 0,
 * at the spare group's place, which does not advance (the next entry written there overwrites it). Branch-free.
 */
function place(
  counts: Int32Array,
  entries: Int32Array,
  ends: Int32Array,
  key: number,
  valid: number,
  spare: number,
  entry: number,
  endKey: number,
): void {
  const k = spare + (key - spare) * valid;
  const p = counts[k];
  counts[k] = p + valid;
  entries[p] = entry;
  ends[p] = endKey;
}

/** A raw bin (a whole number, possibly huge) clamped to [0, Z − 1], as a small integer. */
export function binOf(raw: number, Z: number): number {
  if (raw <= 0) return 0;
  return raw < Z ? raw | 0 : Z - 1;
}
