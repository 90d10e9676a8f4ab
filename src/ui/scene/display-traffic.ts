// The traffic as drawn this frame: the latest worker frame extrapolated to the replay time, in three.js axes, with alerts.
import { isAirborne } from '../../core/sim/phases';
import type { EpisodeIndex } from '../replay/episodes';
import type { FrameReply } from '../sim-protocol';

/** Alert flags per flight, from the episodes active at the replay time. */
export const Alert = { Conflict: 1, LossOfSeparation: 2, Infringement: 4, Nmac: 8 } as const;

const ALERT_OF_KIND: Record<string, number> = {
  conflict: Alert.Conflict,
  los: Alert.LossOfSeparation,
  nmac: Alert.Nmac | Alert.LossOfSeparation,
};

/** Kinds of pair episodes drawn as lines between the two aircraft. */
export const PAIR_LINE_KINDS = new Set(['conflict', 'los', 'nmac']);

export class DisplayTraffic {
  count = 0;
  /** three.js x, y, z per flight (valid where airborne[i] = 1). */
  positions = new Float32Array(0);
  heading = new Float32Array(0);
  airborne = new Uint8Array(0);
  alerts = new Uint8Array(0);
  airborneCount = 0;
  /** Active pair episodes: flight index pairs and the alert of each pair. */
  pairs: { a: number; b: number; alert: number }[] = [];
  /** The frame version and replay time these were computed for. */
  private frameVersion = -1;
  private time = Number.NaN;
  private episodes: EpisodeIndex | null = null;

  /** Recomputes when the frame, time or episodes changed; returns true if anything changed. */
  update(
    frame: FrameReply | null,
    version: number,
    t: number,
    maxExtrapolation_s: number,
    episodes: EpisodeIndex | null,
    indexOf: ReadonlyMap<string, number>,
  ): boolean {
    if (version === this.frameVersion && t === this.time && episodes === this.episodes) return false;
    this.frameVersion = version;
    this.time = t;
    this.episodes = episodes;
    if (!frame) {
      this.airborneCount = 0;
      this.airborne.fill(0);
      this.pairs.length = 0;
      return true;
    }
    const n = frame.count;
    if (this.count !== n) this.resize(n);
    const dt = Math.max(0, Math.min(maxExtrapolation_s, t - frame.t));
    const { x, y, z, vx, vy, vz, phase } = frame;
    const pos = this.positions;
    let airborneCount = 0;
    for (let i = 0; i < n; i++) {
      if (!isAirborne(phase[i])) {
        this.airborne[i] = 0;
        continue;
      }
      this.airborne[i] = 1;
      airborneCount++;
      pos[3 * i] = x[i] + vx[i] * dt;
      pos[3 * i + 1] = z[i] + vz[i] * dt;
      pos[3 * i + 2] = -(y[i] + vy[i] * dt);
    }
    this.heading.set(frame.heading);
    this.airborneCount = airborneCount;
    this.updateAlerts(t, indexOf);
    return true;
  }

  private updateAlerts(t: number, indexOf: ReadonlyMap<string, number>): void {
    this.alerts.fill(0);
    this.pairs.length = 0;
    this.episodes?.forEachActive(t, (e) => {
      const alert = ALERT_OF_KIND[e.kind] ?? Alert.Infringement;
      const a = indexOf.get(e.flights[0]) ?? -1;
      const b = e.flights.length > 1 ? (indexOf.get(e.flights[1]) ?? -1) : -1;
      if (a >= 0) this.alerts[a] |= alert;
      if (b >= 0) this.alerts[b] |= alert;
      if (a >= 0 && b >= 0 && PAIR_LINE_KINDS.has(e.kind)) this.pairs.push({ a, b, alert });
    });
  }

  private resize(n: number): void {
    this.count = n;
    this.positions = new Float32Array(3 * n);
    this.heading = new Float32Array(n);
    this.airborne = new Uint8Array(n);
    this.alerts = new Uint8Array(n);
  }
}

/** The one instance the scene layers share. */
export const displayTraffic = new DisplayTraffic();
