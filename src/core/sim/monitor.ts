// Observers of the simulation (detection, conformance): run every detection interval, log events, never steer flights.
import type { CompiledScenario } from '../scenario/compiled';
import type { EventLog } from './events';
import type { TrafficFrame } from './traffic-frame';

export interface MonitorContext {
  scenario: CompiledScenario;
  frame: TrafficFrame;
  /** Seconds since scenario start (equals frame.t). */
  t: number;
  log: EventLog;
}

/**
 * A monitor observes the traffic every detection interval and logs what it finds. Monitors never change the
 * traffic, so a replay can seek by restoring dynamics snapshots alone. check may be async (a worker pool).
 */
export interface Monitor {
  readonly name: string;
  check(ctx: MonitorContext): void | Promise<void>;
  /** Called once after the last tick: close open episodes (with the end time) and log them. */
  finish(ctx: MonitorContext): void;
  /** Figures this monitor adds to the run report, under its name. */
  report(): Record<string, unknown>;
  /** Release threads or other resources. */
  dispose?(): void | Promise<void>;
}
