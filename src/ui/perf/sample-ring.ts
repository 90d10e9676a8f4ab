// A fixed-size ring of recent samples (durations in ms) with median and percentile summaries.

export interface SampleSummary {
  count: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

export class SampleRing {
  private readonly values: Float64Array;
  private next = 0;
  private size = 0;

  constructor(capacity = 2048) {
    this.values = new Float64Array(capacity);
  }

  push(v: number): void {
    this.values[this.next] = v;
    this.next = (this.next + 1) % this.values.length;
    if (this.size < this.values.length) this.size++;
  }

  clear(): void {
    this.next = 0;
    this.size = 0;
  }

  summary(): SampleSummary {
    const sorted = this.values.slice(0, this.size).sort();
    const at = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN;
    let sum = 0;
    for (const v of sorted) sum += v;
    return {
      count: sorted.length,
      median: at(0.5),
      p95: at(0.95),
      max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
      mean: sorted.length ? sum / sorted.length : Number.NaN,
    };
  }
}
