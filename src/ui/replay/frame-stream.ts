// Requests frames from the worker, one at a time, always for the latest wanted time; keeps the newest frame received.
import type { FrameReply } from '../../session/sim-protocol';

export interface FrameStreamStats {
  onFrame(roundTripMs: number, workerMs: number, seekMs: number | null): void;
}

interface Want {
  t: number;
  selected: number;
  key: string;
}

/**
 * At most one request is in flight: while it is, later wishes replace each other and the last one is sent when the
 * reply arrives. A wish for the engine step and selection already received or asked for is not sent again.
 */
export class FrameStream {
  latest: FrameReply | null = null;
  /** Increments whenever a new frame arrives. */
  version = 0;
  private generation = 0;
  private stepSeconds = 0.5;
  private inFlight: Want | null = null;
  private queued: Want | null = null;
  private lastKey = '';
  private seekStarted: number | null = null;

  constructor(
    private readonly fetchFrame: (t: number, selected: number) => Promise<FrameReply>,
    private readonly onFrame: (frame: FrameReply) => void,
    private readonly stats?: FrameStreamStats,
  ) {}

  /** Forgets frames of the previous scenario. */
  reset(generation: number, stepSeconds: number): void {
    this.generation = generation;
    this.stepSeconds = stepSeconds;
    this.latest = null;
    this.queued = null;
    this.lastKey = '';
    this.seekStarted = null;
  }

  /** Asks for the frame at t (with the status of flight `selected`, −1 for none). */
  want(t: number, selected: number): void {
    if (this.generation === 0) return;
    const key = `${this.generation}|${Math.floor(t / this.stepSeconds + 1e-6)}|${selected}`;
    if (key === this.lastKey) return;
    this.lastKey = key;
    const wish = { t, selected, key };
    if (this.inFlight) this.queued = wish;
    else this.send(wish);
  }

  /** Takes a frame that arrived another way (with a scenario's load reply) as the one shown. */
  accept(frame: FrameReply, selected: number): void {
    if (frame.generation !== this.generation) return;
    this.latest = frame;
    this.version++;
    this.lastKey = `${this.generation}|${Math.floor(frame.t / this.stepSeconds + 1e-6)}|${selected}`;
    this.onFrame(frame);
  }

  /** Asks again for the frame shown (its alerts changed when the run ended). */
  refresh(): void {
    this.lastKey = '';
  }

  /** The next frame received is a seek's: its latency is recorded as a seek time. */
  markSeek(): void {
    this.seekStarted = performance.now();
  }

  private send(wish: Want): void {
    this.inFlight = wish;
    const generation = this.generation;
    const started = performance.now();
    this.fetchFrame(wish.t, wish.selected)
      .then((frame) => {
        if (frame.generation !== generation || generation !== this.generation) return;
        const now = performance.now();
        const seekMs = this.seekStarted !== null && !this.queued ? now - this.seekStarted : null;
        if (seekMs !== null) this.seekStarted = null;
        this.latest = frame;
        this.version++;
        this.stats?.onFrame(now - started, frame.workerMs, seekMs);
        this.onFrame(frame);
      })
      .catch((error: unknown) => console.warn('frame request failed', error))
      .finally(() => {
        this.inFlight = null;
        const next = this.queued;
        this.queued = null;
        if (next) this.send(next);
      });
  }
}
