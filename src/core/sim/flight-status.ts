// One flight's figures beyond its frame slot (energy, airspeed, route progress, target pad) for inspectors and reports.
import type { Engine } from './engine';

export interface FlightStatus {
  energy_wh: number;
  energy_used_wh: number;
  airspeed_mps: number;
  /** Fraction of the route points passed, 0..1. */
  route_progress: number;
  /** The pad the flight will land on now (its destination, or an alternate). */
  target_pad: string;
  takeoff_s: number;
  /** Where it is heading: 0 destination, 1 diverting, 2 returning (Outcome in flight-state.ts). */
  outcome: number;
}

export function flightStatus(engine: Engine, i: number): FlightStatus {
  const st = engine.state;
  const cls = engine.scenario.classes[engine.frame.classIndex[i]];
  const len = engine.routes.length[i];
  return {
    energy_wh: st.energyWh[i],
    energy_used_wh: cls.energy_wh - st.energyWh[i],
    airspeed_mps: st.airspeed[i],
    route_progress: len === 0 ? 1 : Math.min(st.leg[i], len) / len,
    target_pad: engine.scenario.world.pads[st.targetPad[i]].id,
    takeoff_s: st.takeoffTime[i],
    outcome: st.outcome[i],
  };
}
