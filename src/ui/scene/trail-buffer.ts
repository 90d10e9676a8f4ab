// Fading trails as a ring of line segments per aircraft: each sample writes one segment per aircraft into one slot.

/**
 * Segments are laid out slot-major ([slot][aircraft][2 endpoints][x, y, z]), so one sample touches one contiguous
 * range. The age of a slot (0 = newest) is (head − 1 − slot) mod slots; the shader fades segments by age.
 */
export class TrailBuffer {
  readonly positions: Float32Array;
  private readonly last: Float32Array;
  private readonly hasLast: Uint8Array;
  head = 0;

  constructor(
    readonly aircraft: number,
    readonly slots: number,
  ) {
    this.positions = new Float32Array(slots * aircraft * 6);
    this.last = new Float32Array(aircraft * 3);
    this.hasLast = new Uint8Array(aircraft);
  }

  /** Forgets the history (after a seek). */
  reset(): void {
    this.positions.fill(0);
    this.hasLast.fill(0);
    this.head = 0;
  }

  /**
   * Adds one sample: for each airborne aircraft a segment from its previous sample to `positions` (three.js x, y, z
   * per aircraft); zero-length segments for the others. Returns the slot written.
   */
  sample(positions: Float32Array, airborne: Uint8Array): number {
    const slot = this.head;
    const base = slot * this.aircraft * 6;
    const out = this.positions;
    for (let i = 0; i < this.aircraft; i++) {
      const o = base + i * 6;
      const p = 3 * i;
      const on = airborne[i] === 1;
      const from = on && this.hasLast[i] ? this.last : positions;
      out[o] = from[p];
      out[o + 1] = from[p + 1];
      out[o + 2] = from[p + 2];
      out[o + 3] = positions[p];
      out[o + 4] = positions[p + 1];
      out[o + 5] = positions[p + 2];
      if (on) {
        this.last[p] = positions[p];
        this.last[p + 1] = positions[p + 1];
        this.last[p + 2] = positions[p + 2];
      }
      this.hasLast[i] = on ? 1 : 0;
    }
    this.head = (slot + 1) % this.slots;
    return slot;
  }

  /** Age of a slot: 0 for the newest sample, slots − 1 for the oldest. */
  ageOf(slot: number): number {
    return (this.head - 1 - slot + 2 * this.slots) % this.slots;
  }
}

/** Trail length in samples for a number of aircraft, keeping the segment count near `budget`. */
export function trailSlots(aircraft: number, budget = 60_000): number {
  return Math.max(4, Math.min(24, Math.floor(budget / Math.max(1, aircraft))));
}

/** Simulated seconds between trail samples at a playback speed. */
export function trailInterval(speed: number): number {
  return Math.max(2, Math.min(30, speed * 0.1));
}
