// Records compact per-flight tracks while a run goes on (a monitor that samples positions every few seconds).
import type { Monitor, MonitorContext } from '../sim/monitor';
import { isAirborne } from '../sim/phases';

export interface FlightTrack {
  t: number[];
  x: number[];
  y: number[];
  z: number[];
}

export interface TrackRecorder extends Monitor {
  readonly tracks: FlightTrack[];
}

/** Samples airborne flights every `everyS` seconds (on detection ticks), and each flight's touchdown point once. */
export function createTrackRecorder(flightCount: number, everyS = 5): TrackRecorder {
  const tracks: FlightTrack[] = Array.from({ length: flightCount }, () => ({ t: [], x: [], y: [], z: [] }));
  const closed = new Uint8Array(flightCount);
  let next = 0;
  const sample = (ctx: MonitorContext) => {
    const f = ctx.frame;
    for (let i = 0; i < f.count; i++) {
      const tr = tracks[i];
      if (!isAirborne(f.phase[i])) {
        if (tr.t.length === 0 || closed[i]) continue;
        closed[i] = 1; // the first sample on the ground after flying: the touchdown (or ditching) point
      }
      tr.t.push(ctx.t);
      tr.x.push(f.x[i]);
      tr.y.push(f.y[i]);
      tr.z.push(f.z[i]);
    }
  };
  return {
    name: 'tracks',
    tracks,
    check(ctx) {
      if (ctx.t + 1e-9 < next) return;
      next = ctx.t + everyS;
      sample(ctx);
    },
    finish(ctx) {
      sample(ctx);
    },
    report() {
      return { sample_interval_s: everyS, points: tracks.reduce((s, tr) => s + tr.t.length, 0) };
    },
  };
}
