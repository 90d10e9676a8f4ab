// The traffic as drawn this frame: the latest worker frame extrapolated to the replay time, in three.js axes, with alerts.
import { isAirborne } from '../../core/sim/phases';
import type { FrameReply } from '../../session/sim-protocol';

export class DisplayTraffic {
  count = 0;
  /** three.js x, y, z per flight (valid where airborne[i] = 1). */
  positions = new Float32Array(0);
  heading = new Float32Array(0);
  airborne = new Uint8Array(0);
  /** Alert flags per flight (frame-alerts.ts) and (a, b, flag) triples of pairs to join, from the worker's frame. */
  alerts: Uint8Array = new Uint8Array(0);
  pairs: Int32Array = new Int32Array(0);
  /** Increments whenever positions or alerts change. */
  version = 0;
  /** The frame version and replay time these were computed for. */
  private frameVersion = -1;
  private time = Number.NaN;

  /** Recomputes when the frame or the time changed; returns true if anything changed. */
  update(frame: FrameReply | null, version: number, t: number, maxExtrapolation_s: number): boolean {
    if (version === this.frameVersion && t === this.time) return false;
    this.frameVersion = version;
    this.time = t;
    this.version++;
    if (!frame) {
      this.airborne.fill(0);
      this.pairs = new Int32Array(0);
      return true;
    }
    const n = frame.count;
    if (this.count !== n) this.resize(n);
    const dt = Math.max(0, Math.min(maxExtrapolation_s, t - frame.t));
    const { x, y, z, vx, vy, vz, phase } = frame;
    const pos = this.positions;
    for (let i = 0; i < n; i++) {
      if (!isAirborne(phase[i])) {
        this.airborne[i] = 0;
        continue;
      }
      this.airborne[i] = 1;
      pos[3 * i] = x[i] + vx[i] * dt;
      pos[3 * i + 1] = z[i] + vz[i] * dt;
      pos[3 * i + 2] = -(y[i] + vy[i] * dt);
    }
    this.heading.set(frame.heading);
    this.alerts = frame.alerts;
    this.pairs = frame.pairs;
    return true;
  }

  private resize(n: number): void {
    this.count = n;
    this.positions = new Float32Array(3 * n);
    this.heading = new Float32Array(n);
    this.airborne = new Uint8Array(n);
  }
}

/** The one instance the scene layers share. */
export const displayTraffic = new DisplayTraffic();
