// The grid's cells: each box listed (by slot number) in every cell it overlaps, in four groups per cell, each sorted.

/** Float32 words per box record: sweep-axis interval, y interval, third-axis interval, then two int32 cell spans. */
export const REC = 8;
/** Record word (int32) holding how many cells the box extends right of its home cell; the next word, upwards. */
export const SPAN_X = 6;
export const SPAN_Y = 7;
/** Groups per cell, by where a box's lower corner lies: in the cell (home), left of it, below it, below left. */
export const GROUPS = 4;
const LEFT = 1;
const BELOW = 2;
const DIAG = 3;

/**
 * The cell lists of one tick. Boxes are numbered by slot, in the order of their home cell (the cell of the box's lower
 * corner), and each home cell's slots are contiguous. A box is listed in every cell it overlaps, in one of four groups:
 * home, left (its lower corner lies left of the cell, in the same row), below (same column), diagonal (below left).
 * Group g of cell c spans entries [start[4c + g], start[4c + g + 1]) and is sorted by the box's lower end on the sweep
 * axis, kept beside each entry in `keys`. Buffers are kept between ticks and grow only.
 */
export class CellGroups {
  /** Entry boundaries: 4 groups per cell, then the total. */
  start = new Int32Array(0);
  /** Slot of each entry. */
  slots = new Int32Array(0);
  /** Lower end on the sweep axis of each entry's box (a copy of its record's first word). */
  keys = new Float32Array(0);
  entries = 0;

  /**
   * Lists the boxes of `records` (float32 words, REC per slot, with int32 views `ints`) in the cells of an nx × ny grid;
   * the slots of home cell c are [home[c], home[c + 1]).
   */
  build(records: Float32Array, ints: Int32Array, home: Int32Array, nx: number, ny: number): void {
    const cells = nx * ny;
    const groups = cells * GROUPS;
    if (this.start.length < groups + 1) this.start = new Int32Array(Math.max(groups + 1, this.start.length * 2));
    const start = this.start;
    start.fill(0, 0, groups + 1);
    // 1. Count, home cell by home cell: start[g + 1] counts group g.
    let total = 0;
    for (let cy = 0, c = 0; cy < ny; cy++) {
      for (let cx = 0; cx < nx; cx++, c++) {
        const s1 = home[c + 1];
        start[c * GROUPS + 1] += s1 - home[c];
        for (let s = home[c]; s < s1; s++) {
          const sx = ints[s * REC + SPAN_X];
          const sy = ints[s * REC + SPAN_Y];
          total += (sx + 1) * (sy + 1);
          if (sx === 0 && sy === 0) continue;
          let g = c * GROUPS + 1;
          for (let d = 1; d <= sx; d++) start[g + d * GROUPS + LEFT]++;
          for (let e = 1; e <= sy; e++) {
            g += nx * GROUPS;
            start[g + BELOW]++;
            for (let d = 1; d <= sx; d++) start[g + d * GROUPS + DIAG]++;
          }
        }
      }
    }
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    if (this.slots.length < total) {
      const cap = Math.max(total, this.slots.length * 2);
      this.slots = new Int32Array(cap);
      this.keys = new Float32Array(cap);
    }
    // 2. Write, in slot order (so each group is a few runs in home-cell order), then start[g] is group g's end.
    const slots = this.slots;
    const keys = this.keys;
    for (let cy = 0, c = 0; cy < ny; cy++) {
      for (let cx = 0; cx < nx; cx++, c++) {
        const s1 = home[c + 1];
        for (let s = home[c]; s < s1; s++) {
          const o = s * REC;
          const key = records[o];
          const sx = ints[o + SPAN_X];
          const sy = ints[o + SPAN_Y];
          let g = c * GROUPS;
          let p = start[g]++;
          slots[p] = s;
          keys[p] = key;
          if (sx === 0 && sy === 0) continue;
          for (let d = 1; d <= sx; d++) {
            p = start[g + d * GROUPS + LEFT]++;
            slots[p] = s;
            keys[p] = key;
          }
          for (let e = 1; e <= sy; e++) {
            g += nx * GROUPS;
            p = start[g + BELOW]++;
            slots[p] = s;
            keys[p] = key;
            for (let d = 1; d <= sx; d++) {
              p = start[g + d * GROUPS + DIAG]++;
              slots[p] = s;
              keys[p] = key;
            }
          }
        }
      }
    }
    // start[g] now holds group g's end, i.e. group g + 1's beginning: shift to get the beginnings back.
    for (let g = groups; g > 0; g--) start[g] = start[g - 1];
    start[0] = 0;
    // 3. Each group is a few runs already ordered by a coarse bin of the key: an insertion sort makes it exact.
    for (let g = 0; g < groups; g++) {
      const p0 = start[g];
      const p1 = start[g + 1];
      if (p1 - p0 > 1) sortGroup(slots, keys, p0, p1);
    }
    this.entries = total;
  }

  bufferBytes(): number {
    return this.start.byteLength + this.slots.byteLength + this.keys.byteLength;
  }
}

/** Sorts entries [p0, p1) by key (insertion sort: the input is nearly sorted). */
function sortGroup(slots: Int32Array, keys: Float32Array, p0: number, p1: number): void {
  for (let p = p0 + 1; p < p1; p++) {
    const key = keys[p];
    if (keys[p - 1] <= key) continue;
    const slot = slots[p];
    let q = p - 1;
    do {
      keys[q + 1] = keys[q];
      slots[q + 1] = slots[q];
      q--;
    } while (q >= p0 && keys[q] > key);
    keys[q + 1] = key;
    slots[q + 1] = slot;
  }
}
