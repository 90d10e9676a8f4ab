// The function a detection worker exposes: detect the pairs of one strip of the frame, owned aircraft plus halo.
import * as Comlink from './comlink-esm';
import { PairList, ROW } from './pair-list';
import { type DetectInput, INPUT_ARRAYS } from './traffic-input';
import { GridDetector, type GridStats } from './uniform-grid';

/**
 * One strip: `count` aircraft (owned ones and the halo beyond the strip's upper x), their global flight indices in
 * increasing order, and their figures packed field after field in one Float64Array (field f of aircraft k at
 * f·capacity + k, fields in INPUT_ARRAYS order). The buffers are shared memory where there is any (Node; a browser page
 * that is cross-origin isolated), so that no buffer is ever transferred: a transfer detaches the sender's ArrayBuffer,
 * which puts V8 in its slower typed-array mode for the rest of that thread (~15 % on detection; see docs/detect.md).
 * Elsewhere they travel as transferables and come back with the result.
 */
export interface StripInput {
  count: number;
  capacity: number;
  data: Float64Array;
  index: Int32Array;
  /** 1 for aircraft whose home is this strip, 0 for the halo. */
  owned: Uint8Array;
}

export { ROW };

export interface StripResult {
  /** The strip's pairs, ROW numbers each, sorted by global (i, j), i < j. */
  rows: Float64Array;
  pairCount: number;
  stats: GridStats;
  /** The input buffers, handed back for reuse. */
  strip: StripInput;
}

export interface StripWorkerApi {
  detectStrip(strip: StripInput): StripResult;
}

/** True when this thread can share memory with its workers. */
function canShareMemory(): boolean {
  return (
    typeof SharedArrayBuffer !== 'undefined' &&
    (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false
  );
}

/** An empty strip with room for `capacity` aircraft, in shared memory when there is any. */
export function createStripInput(capacity: number): StripInput {
  const memory = (bytes: number) => (canShareMemory() ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return {
    count: 0,
    capacity,
    data: new Float64Array(memory(8 * capacity * INPUT_ARRAYS.length)),
    index: new Int32Array(memory(4 * capacity)),
    owned: new Uint8Array(memory(capacity)),
  };
}

/** The buffers of a strip to transfer: none when they are shared. */
export function stripTransfers(strip: StripInput): Transferable[] {
  const { data, index, owned } = strip;
  return data.buffer instanceof ArrayBuffer ? ([data.buffer, index.buffer, owned.buffer] as Transferable[]) : [];
}

/** The strip as a DetectInput of views on its buffers (all aircraft active: the sender left out inactive ones). */
export function stripAsInput(strip: StripInput, active: Uint8Array): DetectInput {
  const view = (f: number) => strip.data.subarray(f * strip.capacity, f * strip.capacity + strip.count);
  const input = { count: strip.count, active: active.subarray(0, strip.count) } as DetectInput;
  INPUT_ARRAYS.forEach((name, f) => {
    input[name] = view(f);
  });
  return input;
}

/** The worker side: a grid detector kept between calls. */
export function createStripWorkerApi(): StripWorkerApi {
  const grid = new GridDetector();
  const out = new PairList();
  let active = new Uint8Array(0);
  return {
    detectStrip(strip) {
      if (active.length < strip.count) active = new Uint8Array(strip.count).fill(1);
      const stats = grid.detect(stripAsInput(strip, active), out, strip.owned.subarray(0, strip.count));
      const rows = new Float64Array(ROW * out.count);
      for (let r = 0; r < out.count; r++) {
        const o = ROW * r;
        rows[o] = strip.index[out.i[r]];
        rows[o + 1] = strip.index[out.j[r]];
        rows[o + 2] = out.flags[r];
        rows[o + 3] = out.tcpa[r];
        rows[o + 4] = out.dcpa[r];
        rows[o + 5] = out.tin[r];
        rows[o + 6] = out.tout[r];
        rows[o + 7] = out.dh[r];
        rows[o + 8] = out.dv[r];
        rows[o + 9] = out.mx[r];
        rows[o + 10] = out.my[r];
        rows[o + 11] = out.mz[r];
      }
      return { rows, pairCount: out.count, stats: { ...stats }, strip };
    },
  };
}

/** Exposes the strip detector on a worker endpoint (the browser worker's global scope, or a Node parentPort adapter). */
export function exposeStripWorker(endpoint: Comlink.Endpoint): void {
  const api = createStripWorkerApi();
  Comlink.expose(
    {
      detectStrip(strip: StripInput): StripResult {
        // The rows go back as a copy (see StripInput); the strip's buffers are transferred back only when not shared.
        const result = api.detectStrip(strip);
        return Comlink.transfer(result, stripTransfers(result.strip));
      },
    },
    endpoint,
  );
}
