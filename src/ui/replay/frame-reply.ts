// Copies the replay engine's frame into fresh buffers (to transfer) with the weather and the selected flight's status.
import type { CompiledScenario } from '../../core/scenario/compiled';
import type { Engine } from '../../core/sim/engine';
import { isAirborne } from '../../core/sim/phases';
import type { TrafficFrame } from '../../core/sim/traffic-frame';
import { cloneTrafficFrame, trafficFrameBuffers } from '../../core/sim/traffic-frame';
import type { WeatherModel } from '../../core/weather/weather-model';
import type { FlightStatus, FrameReply, WeatherSample } from '../sim-protocol';

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

export function flightStatus(scenario: CompiledScenario, engine: Engine, i: number): FlightStatus | null {
  if (!(i >= 0 && i < engine.frame.count)) return null;
  const s = engine.flightStatus(i);
  return {
    index: i,
    energy_wh: s.energy_wh,
    airspeed_mps: s.airspeed_mps,
    route_progress: s.route_progress,
    target_pad: s.target_pad,
    ground_m: scenario.world.groundHeightLocal(engine.frame.x[i], engine.frame.y[i]),
  };
}

export function countAirborne(frame: TrafficFrame): number {
  let n = 0;
  for (let i = 0; i < frame.count; i++) if (isAirborne(frame.phase[i])) n++;
  return n;
}

/** The reply for one frame request and the buffers to transfer with it. */
export function frameReply(
  frame: TrafficFrame,
  extra: Omit<FrameReply, keyof TrafficFrame | 'airborne'>,
): { reply: FrameReply; transfer: ArrayBuffer[] } {
  const copy = cloneTrafficFrame(frame);
  return { reply: { ...copy, ...extra, airborne: countAirborne(frame) }, transfer: trafficFrameBuffers(copy) };
}
