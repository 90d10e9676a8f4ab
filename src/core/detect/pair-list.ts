// The detector's output: the pairs of one tick as growable flat typed arrays, sorted by (i, j) with i < j.
import { DCPA, DH, DV, evaluatePair, PAIR_FIELDS, TCPA, TIN, TOUT } from './closest-approach';
import type { DetectInput } from './traffic-input';

/**
 * Pairs in conflict, in loss of separation or NMAC. Row r: flight indices i[r] < j[r], the CPA figures and flags
 * (CONFLICT | LOS | NMAC). Rows are sorted by (i, j). Buffers grow by doubling and are reused from tick to tick.
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

  clear(): void {
    this.count = 0;
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
  }

  /** Appends the pair (i, j), i < j, with the figures in `s` (see closest-approach.ts slots). */
  push(i: number, j: number, flags: number, s: Float64Array): void {
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
  }
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(src: T, dst: T, n: number): T {
  dst.set(src.subarray(0, n));
  return dst;
}

const scratch = new Float64Array(PAIR_FIELDS);

/** Evaluates the pair (i, j), i < j, from the input arrays; appends it to `out` when it has any flag; returns the flags. */
export function evaluateInputPair(input: DetectInput, i: number, j: number, out: PairList): number {
  const flags = evaluatePair(
    input.x[j] - input.x[i],
    input.y[j] - input.y[i],
    input.z[j] - input.z[i],
    input.vx[j] - input.vx[i],
    input.vy[j] - input.vy[i],
    input.vz[j] - input.vz[i],
    Math.max(input.radius[i], input.radius[j]),
    Math.max(input.halfHeight[i], input.halfHeight[j]),
    Math.max(input.lookahead[i], input.lookahead[j]),
    Math.max(input.nmacRadius[i], input.nmacRadius[j]),
    Math.max(input.nmacHalfHeight[i], input.nmacHalfHeight[j]),
    scratch,
  );
  if (flags !== 0) out.push(i, j, flags, scratch);
  return flags;
}

/**
 * Turns `n` pair keys (i·count + j, i < j, any order, no duplicates) into sorted rows of `out`: sorts the keys in place
 * and evaluates each pair again from the input, so the figures are those of the brute-force detector bit for bit.
 */
export function rowsFromKeys(input: DetectInput, keys: Float64Array, n: number, out: PairList): void {
  out.clear();
  if (n === 0) return;
  const sorted = keys.subarray(0, n).sort();
  out.reserve(n);
  const count = input.count;
  for (let r = 0; r < n; r++) {
    const key = sorted[r];
    const i = Math.floor(key / count);
    evaluateInputPair(input, i, key - i * count, out);
  }
}

/**
 * Sorts rows by (i, j) into another list without comparisons on the hot path: a counting sort on i (flight indices are
 * below `count`), then an insertion sort on j inside each i (a handful of rows). Buffers are kept between calls.
 */
export class PairSorter {
  private starts = new Int32Array(0);
  private order = new Int32Array(0);

  sort(src: PairList, count: number, out: PairList): void {
    const n = src.count;
    out.clear();
    out.reserve(n);
    if (this.starts.length < count + 1) this.starts = new Int32Array(count + 1);
    if (this.order.length < n) this.order = new Int32Array(Math.max(n, this.order.length * 2));
    const { starts, order } = this;
    starts.fill(0, 0, count + 1);
    for (let r = 0; r < n; r++) starts[src.i[r] + 1]++;
    for (let i = 0; i < count; i++) starts[i + 1] += starts[i];
    for (let r = 0; r < n; r++) order[starts[src.i[r]]++] = r;
    // starts[i] is now the end of group i; group i begins where group i − 1 ends.
    let begin = 0;
    for (let i = 0; i < count; i++) {
      const end = starts[i];
      for (let a = begin + 1; a < end; a++) {
        const r = order[a];
        const j = src.j[r];
        let b = a - 1;
        while (b >= begin && src.j[order[b]] > j) {
          order[b + 1] = order[b];
          b--;
        }
        order[b + 1] = r;
      }
      begin = end;
    }
    for (let k = 0; k < n; k++) {
      const r = order[k];
      out.i[k] = src.i[r];
      out.j[k] = src.j[r];
      out.flags[k] = src.flags[r];
      out.tcpa[k] = src.tcpa[r];
      out.dcpa[k] = src.dcpa[r];
      out.tin[k] = src.tin[r];
      out.tout[k] = src.tout[r];
      out.dh[k] = src.dh[r];
      out.dv[k] = src.dv[r];
    }
    out.count = n;
  }
}
