// The one seam for every kind of traffic a session serves: simulated (the engine), recorded (logs), piloted (training).
import type { TrafficFrame } from '../sim/traffic-frame';

export type TrafficKind = 'simulated' | 'recorded' | 'piloted';

/** What a source says about each of its flights, once (index i is the flight's index in every frame). */
export interface TrafficFlightInfo {
  id: string;
  kind: TrafficKind;
  class_id: string;
}

/** One sample of a pilot's sticks: axes in −1..1 (throttle 0..1), time in seconds since the session started. */
export interface PilotInput {
  t: number;
  roll: number;
  pitch: number;
  yaw: number;
  throttle: number;
  arm: boolean;
}

export interface TrafficSource {
  readonly flights: readonly TrafficFlightInfo[];
  /** Seconds after scenario start when the source ends; null when open-ended (piloted). */
  readonly end_s: number | null;
  /** The state at time t (seek; from snapshots where the source keeps them). */
  frameAt(t: number): TrafficFrame;
  /** Steps a live source by dt seconds (piloted); absent for sources that are only replayed. */
  advance?(dt: number, input?: PilotInput): TrafficFrame;
}
