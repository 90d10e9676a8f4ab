// The detector's output: the pairs of one tick as growable flat typed arrays, sorted by (i, j) with i < j.
import { DCPA, DH, DV, TCPA, TIN, TOUT } from './closest-approach';

/**
 * Pairs in conflict, in loss of separation or NMAC. Row r: flight indices i[r] < j[r], the CPA figures and flags
 * (CONFLICT | LOS | NMAC), the distances now and the pair's midpoint now ((p_i + p_j) / 2, so that users need not
 * look the two aircraft up again). Rows are sorted by (i, j). Buffers grow by doubling and are reused from tick to tick.
 */
export class PairList {
  count = 0;
  i = new Int32Array(16);
  j = new Int32Array(16);
  flags = new Uint8Array(16);
  tcpa = new Float64Array(16);
  dcpa = new Float64Array(16);
  tin = new Float64Array(16);
  tout = new Float64Array(16);
  /** Horizontal distance now. */
  dh = new Float64Array(16);
  /** Vertical distance now, |Δz|. */
  dv = new Float64Array(16);
  /** Midpoint of the pair now. */
  mx = new Float64Array(16);
  my = new Float64Array(16);
  mz = new Float64Array(16);

  clear(): void {
    this.count = 0;
  }

  /** Bytes held by the buffers. */
  bufferBytes(): number {
    return [
      this.i,
      this.j,
      this.flags,
      this.tcpa,
      this.dcpa,
      this.tin,
      this.tout,
      this.dh,
      this.dv,
      this.mx,
      this.my,
      this.mz,
    ].reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Makes room for `n` rows, keeping the first `count`. */
  reserve(n: number): void {
    if (n <= this.i.length) return;
    let cap = this.i.length;
    while (cap < n) cap *= 2;
    this.i = grow(this.i, new Int32Array(cap), this.count);
    this.j = grow(this.j, new Int32Array(cap), this.count);
    this.flags = grow(this.flags, new Uint8Array(cap), this.count);
    this.tcpa = grow(this.tcpa, new Float64Array(cap), this.count);
    this.dcpa = grow(this.dcpa, new Float64Array(cap), this.count);
    this.tin = grow(this.tin, new Float64Array(cap), this.count);
    this.tout = grow(this.tout, new Float64Array(cap), this.count);
    this.dh = grow(this.dh, new Float64Array(cap), this.count);
    this.dv = grow(this.dv, new Float64Array(cap), this.count);
    this.mx = grow(this.mx, new Float64Array(cap), this.count);
    this.my = grow(this.my, new Float64Array(cap), this.count);
    this.mz = grow(this.mz, new Float64Array(cap), this.count);
  }

  /** Appends the pair (i, j), i < j, with the figures in `s` (see closest-approach.ts slots) and its midpoint. */
  push(i: number, j: number, flags: number, s: Float64Array, mx: number, my: number, mz: number): void {
    if (this.count === this.i.length) this.reserve(this.count + 1);
    const r = this.count++;
    this.i[r] = i;
    this.j[r] = j;
    this.flags[r] = flags;
    this.tcpa[r] = s[TCPA];
    this.dcpa[r] = s[DCPA];
    this.tin[r] = s[TIN];
    this.tout[r] = s[TOUT];
    this.dh[r] = s[DH];
    this.dv[r] = s[DV];
    this.mx[r] = mx;
    this.my[r] = my;
    this.mz[r] = mz;
  }
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(src: T, dst: T, n: number): T {
  dst.set(src.subarray(0, n));
  return dst;
}

/** Numbers per packed row: i, j, flags, tcpa, dcpa, tin, tout, dh, dv, mx, my, mz. */
export const ROW = 12;

/**
 * Pairs as packed rows in one Float64Array (ROW numbers each), in the order they are found: what the detector
 * collects before sorting, and what workers send back. One row is contiguous, so that sorting reads one place per row.
 */
export class PairRows {
  count = 0;
  data = new Float64Array(16 * ROW);

  clear(): void {
    this.count = 0;
  }

  bufferBytes(): number {
    return this.data.byteLength;
  }

  /** Makes room for n rows, keeping the first `count`. */
  reserve(n: number): void {
    if (n * ROW <= this.data.length) return;
    const data = new Float64Array(Math.max(n, (2 * this.data.length) / ROW) * ROW);
    data.set(this.data.subarray(0, this.count * ROW));
    this.data = data;
  }

  /** Appends n packed rows. */
  append(rows: Float64Array, n: number): void {
    this.reserve(this.count + n);
    this.data.set(rows.subarray(0, n * ROW), this.count * ROW);
    this.count += n;
  }
}

/**
 * Sorts rows by (i, j) into a list without comparisons on the hot path: a counting sort on i (flight indices are below
 * `count`), then an insertion sort on j inside each i (a handful of rows). Buffers are kept between calls.
 */
export class PairSorter {
  private starts = new Int32Array(0);
  private order = new Int32Array(0);

  bufferBytes(): number {
    return this.starts.byteLength + this.order.byteLength;
  }

  sort(src: PairRows, count: number, out: PairList): void {
    const n = src.count;
    const d = src.data;
    out.clear();
    out.reserve(n);
    if (this.starts.length < count + 1) this.starts = new Int32Array(count + 1);
    if (this.order.length < n) this.order = new Int32Array(Math.max(n, this.order.length * 2));
    const { starts, order } = this;
    starts.fill(0, 0, count + 1);
    for (let r = 0; r < n; r++) starts[d[r * ROW] + 1]++;
    for (let i = 0; i < count; i++) starts[i + 1] += starts[i];
    for (let r = 0; r < n; r++) order[starts[d[r * ROW]]++] = r * ROW;
    // starts[i] is now the end of group i; group i begins where group i − 1 ends.
    let begin = 0;
    for (let i = 0; i < count; i++) {
      const end = starts[i];
      for (let a = begin + 1; a < end; a++) {
        const r = order[a];
        const j = d[r + 1];
        let b = a - 1;
        while (b >= begin && d[order[b] + 1] > j) {
          order[b + 1] = order[b];
          b--;
        }
        order[b + 1] = r;
      }
      begin = end;
    }
    const { i, j, flags, tcpa, dcpa, tin, tout, dh, dv, mx, my, mz } = out;
    for (let k = 0; k < n; k++) {
      const r = order[k];
      i[k] = d[r];
      j[k] = d[r + 1];
      flags[k] = d[r + 2];
      tcpa[k] = d[r + 3];
      dcpa[k] = d[r + 4];
      tin[k] = d[r + 5];
      tout[k] = d[r + 6];
      dh[k] = d[r + 7];
      dv[k] = d[r + 8];
      mx[k] = d[r + 9];
      my[k] = d[r + 10];
      mz[k] = d[r + 11];
    }
    out.count = n;
  }
}
