// Builds a frame reply in the worker: a snapshot of the traffic, alerts, weather, selection (posted as a copy).
import { flightStatus } from '../core/sim/flight-status';
import { isAirborne } from '../core/sim/phases';
import type { TrafficFrame } from '../core/sim/traffic-frame';
import { cloneTrafficFrame } from '../core/sim/traffic-frame';
import type { WeatherModel } from '../core/weather/weather-model';
import { flightAlertsAt, frameAlerts } from './frame-alerts';
import type { ReplaySession } from './replay-session';
import type { FlightStatus, FrameReply, WeatherSample } from './sim-protocol';

export function sampleWeather(weather: WeatherModel, windLayers: readonly number[], t: number): WeatherSample {
  const out = { east: 0, north: 0 };
  return {
    wind: windLayers.map((alt) => {
      weather.windAt(t, alt, out);
      return { alt, east: out.east, north: out.north };
    }),
    gust_mps: weather.gustIntensityAt(t),
    rain_mmph: weather.rainAt(t),
    visibility_m: weather.visibilityAt(t),
    signals: weather.signalsAt(t),
  };
}

function selectedStatus(session: ReplaySession, i: number): FlightStatus | null {
  const { engine, scenario } = session;
  if (!(i >= 0 && i < engine.frame.count)) return null;
  const s = flightStatus(engine, i);
  return {
    index: i,
    energy_wh: s.energy_wh,
    airspeed_mps: s.airspeed_mps,
    route_progress: s.route_progress,
    target_pad: s.target_pad,
    ground_m: scenario.world.groundHeightLocal(engine.frame.x[i], engine.frame.y[i]),
    alerts: flightAlertsAt(session.record?.episodes ?? null, engine.frame.t, i, session.ids),
  };
}

export function countAirborne(frame: TrafficFrame): number {
  let n = 0;
  for (let i = 0; i < frame.count; i++) if (isAirborne(frame.phase[i])) n++;
  return n;
}

/**
 * Seeks the session to t and packs the reply. Its arrays are a snapshot sized to the traffic (the replay engine's own
 * arrays change with the next seek), and the reply is posted as a copy, not transferred: a transfer detaches the worker's buffers,
 * which puts V8 in its slower typed-array mode for the rest of the worker's life (the engine and the detector ~15 %
 * slower; see docs/detect.md). Copying a frame of 10,000 aircraft takes well under a millisecond.
 */
export function buildFrameReply(
  session: ReplaySession,
  generation: number,
  windLayers: readonly number[],
  t: number,
  selected: number,
): FrameReply {
  const started = performance.now();
  const { frame, steps } = session.seek(t);
  const copy = cloneTrafficFrame(frame);
  const { alerts, pairs } = frameAlerts(session.record?.episodes ?? null, frame.t, frame.count);
  const reply: FrameReply = {
    ...copy,
    generation,
    airborne: countAirborne(frame),
    alerts,
    pairs,
    steps,
    weather: sampleWeather(session.scenario.weather, windLayers, frame.t),
    selected: selectedStatus(session, selected),
    workerMs: 0,
  };
  reply.workerMs = performance.now() - started;
  return reply;
}
