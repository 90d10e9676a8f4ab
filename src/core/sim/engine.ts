// The fixed-step flight engine: weather → guidance → kinematics → energy → phase changes and their events.
import { type AircraftClass, powerDraw } from '../aircraft/aircraft-class';
import { expectedSpeeds } from '../flight/expected-speeds';
import { approach, turnLeadDistance, turnTowards, verticalSpeedCommand } from '../flight/kinematics';
import { energyToFinishWh, routeEnergyWh } from '../flight/route-energy';
import { speedToFly } from '../flight/speed-to-fly';
import { type AirVector, angleDifference, solveWindTriangle } from '../flight/wind-triangle';
import type { CompiledScenario } from '../scenario/compiled';
import { exceededLimit } from '../weather/operating-limits';
import type { WindVector } from '../weather/weather-model';
import { ALWAYS_RELEASE, type DepartureAuthority } from './departure-authority';
import { chooseDiversionPad, type PadPositions } from './diversion-pad';
import type { EventDetail, EventKind, EventLog } from './events';
import { cloneFlightState, copyFlightState, createFlightState, type FlightState, Outcome } from './flight-state';
import { loiterAim, loiterFloor, loiterRadius } from './loiter-orbit';
import {
  cloneSequencerState,
  PadSequencer,
  QueueKind,
  type SequencerHandler,
  type SequencerState,
} from './pad-sequencer';
import { Phase } from './phases';
import { buildRouteTable, type RouteTable } from './route-table';
import { cloneTrafficFrame, copyTrafficFrame, createTrafficFrame, type TrafficFrame } from './traffic-frame';

/** Seconds between weather and energy-reserve re-checks of one flight (staggered across flights). */
export const CHECK_INTERVAL_S = 10;
const CAPTURE_RADIUS_M = 2;
/** turnLeadDistance caps the turn angle at 120°: no lead is longer than (gs / turn rate) · tan 60°. */
const MAX_LEAD_FACTOR = Math.tan(Math.PI / 3);
const LANDING_DRIFT_MPS = 1;
/** The phase and report name of a landing, by Outcome (destination, diverting, returning). */
const FINAL_PHASE = [Phase.Landed, Phase.Diverted, Phase.Returned] as const;
const OUTCOME_NAMES = ['completed', 'diverted', 'returned'] as const;

export interface EngineSnapshot {
  stepIndex: number;
  frame: TrafficFrame;
  state: FlightState;
  pads: SequencerState;
}

export interface EngineOptions {
  /** Consulted with the pad rules before each take-off (strategic release); every departure may go by default. */
  authority?: DepartureAuthority;
}

export class Engine {
  readonly frame: TrafficFrame;
  stepIndex = 0;
  /** Per-flight state beyond the frame and the packed routes: read them, never write (see flight-status.ts). */
  readonly state: FlightState;
  readonly routes: RouteTable;
  private readonly classes: AircraftClass[];
  private readonly padX: Float64Array;
  private readonly padY: Float64Array;
  private readonly padZ: Float64Array;
  private readonly pads: PadPositions;
  private readonly checkSteps: number;
  private readonly wind: WindVector = { east: 0, north: 0 };
  private readonly tri: AirVector = { heading: 0, airspeed: 0, groundSpeed: 0 };
  private readonly aim = { x: 0, y: 0 };
  /** Pad departures and arrivals; read its state, never write. */
  readonly sequencer: PadSequencer;
  private readonly authority: DepartureAuthority;
  private readonly handler: SequencerHandler;
  /** Per flight: the origin pad's elevation then every route altitude, for the ground weather check. */
  private readonly groundAltitudes: number[][];
  /** Per flight: the pad area's radius (its separation class's protected radius): a take-off ends beyond it. */
  private readonly padArea: Float64Array;

  constructor(
    readonly scenario: CompiledScenario,
    readonly log: EventLog,
    options: EngineOptions = {},
  ) {
    const n = scenario.flights.length;
    this.frame = createTrafficFrame(n);
    this.state = createFlightState(n);
    this.routes = buildRouteTable(scenario);
    this.classes = scenario.classes;
    const pads = scenario.world.pads;
    this.padX = Float64Array.from(pads, (p) => p.x);
    this.padY = Float64Array.from(pads, (p) => p.y);
    this.padZ = Float64Array.from(pads, (p) => p.elevation_m);
    this.pads = { x: this.padX, y: this.padY, evtol: Uint8Array.from(pads, (p) => (p.evtol ? 1 : 0)) };
    this.checkSteps = Math.max(1, Math.round(CHECK_INTERVAL_S / scenario.time_step_s));
    this.sequencer = new PadSequencer(scenario);
    this.authority = options.authority ?? ALWAYS_RELEASE;
    this.handler = {
      departureReleased: (i, pad, waited, announced) => {
        if (announced) this.emit('released', i, { pad: pads[pad].id, wait_s: waited });
        this.startTakeoff(i, this.t);
      },
      arrivalCleared: (i, pad, waited, announced) => {
        if (announced) this.emit('loiter-end', i, { pad: pads[pad].id, loiter_s: waited });
        this.setPhase(i, Phase.Approach, this.t);
        this.emit('approach', i, { pad: pads[pad].id });
      },
      waitBegins: (i, pad, cause, position) => {
        if (this.sequencer.queueOf(i) === QueueKind.Departure) {
          this.emit('queued', i, { pad: pads[pad].id, cause, position });
        } else {
          this.startLoiter(i, pad);
          this.emit('loiter-start', i, { pad: pads[pad].id, cause, position });
        }
      },
    };
    this.groundAltitudes = scenario.flights.map((f) => [f.origin.elevation_m, ...f.route.map((p) => p.z)]);
    this.padArea = Float64Array.from(
      scenario.flights,
      (f) => scenario.separation[scenario.classes[f.classIndex].separation_class]?.radius_m ?? 0,
    );
    for (const f of scenario.flights) {
      const i = f.index;
      const cls = this.classes[f.classIndex];
      this.frame.classIndex[i] = f.classIndex;
      this.frame.x[i] = f.origin.x;
      this.frame.y[i] = f.origin.y;
      this.frame.z[i] = f.origin.elevation_m;
      this.frame.energy[i] = 1;
      this.state.energyWh[i] = cls.energy_wh;
      this.state.targetPad[i] = this.routes.destinationPad[i];
      this.state.holdStart[i] = Number.NaN;
    }
  }

  get t(): number {
    return this.stepIndex * this.scenario.time_step_s;
  }

  get done(): boolean {
    return this.t >= this.scenario.duration_s - 1e-9;
  }

  /** Advances every flight by one time step. Allocates nothing unless an event is logged. */
  step(): void {
    const dt = this.scenario.time_step_s;
    this.stepIndex++;
    const t = this.t;
    const f = this.frame;
    f.t = t;
    for (let i = 0; i < f.count; i++) {
      const phase = f.phase[i];
      if (phase >= Phase.Landed) continue;
      if (phase <= Phase.Queued) this.stepGround(i, t);
      else this.stepAirborne(i, t, dt);
    }
    this.sequencer.release(t, this.authority, this.handler);
  }

  snapshot(): EngineSnapshot {
    return {
      stepIndex: this.stepIndex,
      frame: cloneTrafficFrame(this.frame),
      state: cloneFlightState(this.state),
      pads: cloneSequencerState(this.sequencer.state),
    };
  }

  restore(s: EngineSnapshot): void {
    this.stepIndex = s.stepIndex;
    copyTrafficFrame(s.frame, this.frame);
    copyFlightState(s.state, this.state);
    this.sequencer.restore(s.pads);
  }

  private emit(kind: EventKind, i: number, details: Record<string, EventDetail> = {}): void {
    const f = this.frame;
    this.log.push({
      t: this.t,
      kind,
      flights: [this.scenario.flights[i].id],
      x: f.x[i],
      y: f.y[i],
      z: f.z[i],
      details,
    });
  }

  private setPhase(i: number, phase: number, t: number): void {
    this.frame.phase[i] = phase;
    this.state.phaseStart[i] = t;
  }

  private isCheckStep(i: number): boolean {
    return (this.stepIndex + i) % this.checkSteps === 0;
  }

  private stepGround(i: number, t: number): void {
    const flight = this.scenario.flights[i];
    const phase = this.frame.phase[i];
    const st = this.state;
    if (phase === Phase.Scheduled) {
      if (t + 1e-9 < flight.departure_s) return;
      if (flight.grounded !== undefined) {
        this.setPhase(i, Phase.Cancelled, t);
        this.emit('cancelled', i, { cause: 'rejected', reason: flight.grounded });
        return;
      }
      this.setPhase(i, Phase.Preflight, t);
      this.emit('preflight', i);
      return;
    }
    const cls = this.classes[flight.classIndex];
    if (phase === Phase.Preflight) {
      if (t - st.phaseStart[i] + 1e-9 < cls.preflight_s) return;
      const needed = routeEnergyWh(flight, cls, this.scenario.weather, t);
      if (needed > (1 - cls.reserve_fraction) * cls.energy_wh) {
        this.setPhase(i, Phase.Cancelled, t);
        this.emit('cancelled', i, {
          cause: 'energy',
          needed_wh: needed,
          usable_wh: (1 - cls.reserve_fraction) * cls.energy_wh,
          held_s: 0,
        });
        return;
      }
      const cause = this.groundLimit(i, cls, t);
      if (cause) {
        this.setPhase(i, Phase.Held, t);
        st.holdStart[i] = t;
        this.emit('hold-start', i, { cause });
      } else this.becomeReady(i, t);
      return;
    }
    if (phase === Phase.Queued) {
      this.stepQueued(i, t, cls);
      return;
    }
    // Held: re-check the weather every check interval; cancel when the hold window is over.
    if (!this.isCheckStep(i)) return;
    const held = t - st.holdStart[i];
    const cause = this.groundLimit(i, cls, t);
    if (!cause) {
      this.emit('hold-end', i, { held_s: held });
      this.becomeReady(i, t);
    } else if (held >= flight.hold_window_s) {
      this.setPhase(i, Phase.Cancelled, t);
      this.emit('cancelled', i, { cause, held_s: held });
    }
  }

  /** The weather limit exceeded at the pad or at any route altitude, or null. */
  private groundLimit(i: number, cls: AircraftClass, t: number): string | null {
    return exceededLimit(cls, this.scenario.weather, t, this.groundAltitudes[i]);
  }

  /** Ready to take off: wait in the origin pad's departure queue (the sequencer releases it, maybe this step). */
  private becomeReady(i: number, t: number): void {
    this.setPhase(i, Phase.Queued, t);
    this.sequencer.enqueueDeparture(i, this.routes.originPad[i], t);
  }

  /** Waiting in the departure queue: cancelled past the hold window, held again when the weather turns. */
  private stepQueued(i: number, t: number, cls: AircraftClass): void {
    const waited = t - this.state.phaseStart[i];
    const pad = this.scenario.world.pads[this.routes.originPad[i]].id;
    if (waited + 1e-9 >= this.scenario.flights[i].hold_window_s) {
      this.sequencer.leaveQueue(i);
      this.setPhase(i, Phase.Cancelled, t);
      this.emit('cancelled', i, { cause: 'queue', pad, wait_s: waited });
      return;
    }
    if (!this.isCheckStep(i)) return;
    const cause = this.groundLimit(i, cls, t);
    if (!cause) return;
    this.sequencer.leaveQueue(i);
    this.setPhase(i, Phase.Held, t);
    this.state.holdStart[i] = t;
    this.emit('hold-start', i, { cause });
  }

  /** Enters the holding orbit around pad, stacked above the arrivals already orbiting it. */
  private startLoiter(i: number, pad: number): void {
    const st = this.state;
    const cls = this.classes[this.frame.classIndex[i]];
    const r = loiterRadius(cls);
    const base = loiterFloor(this.scenario.world, this.padX[pad], this.padY[pad], r, this.approachAltitude(i), cls);
    const sep = this.scenario.separation[cls.separation_class];
    const step = 2 * (sep?.half_height_m ?? 10) + 2;
    let z = base;
    for (let k = this.sequencer.arrivalHead(pad); k >= 0; k = this.sequencer.nextInQueue(k)) {
      if (k !== i && this.frame.phase[k] === Phase.Loitering) z = Math.max(z, st.loiterZ[k] + step);
    }
    st.loiterRadius[i] = r;
    st.loiterZ[i] = z;
    this.setPhase(i, Phase.Loitering, this.t);
  }

  /** The altitude a flight approaches its pad at: its diversion altitude, else its last route altitude. */
  private approachAltitude(i: number): number {
    const r = this.routes;
    const len = r.length[i];
    return this.state.holdAltitude[i] || (len > 0 ? r.points[(r.start[i] + len - 1) * 4 + 2] : this.frame.z[i]);
  }

  private startTakeoff(i: number, t: number): void {
    this.setPhase(i, Phase.Takeoff, t);
    this.state.takeoffTime[i] = t;
    this.emit('takeoff', i);
  }

  private stepAirborne(i: number, t: number, dt: number): void {
    const f = this.frame;
    const st = this.state;
    const cls = this.classes[f.classIndex[i]];
    const phase = f.phase[i];
    if (phase === Phase.Takeoff) {
      const r = this.routes;
      const targetZ = r.length[i] > 0 ? r.points[r.start[i] * 4 + 2] : f.z[i];
      f.vx[i] = 0;
      f.vy[i] = 0;
      f.vz[i] = Math.min(cls.climb_rate_mps, Math.max(0, (targetZ - f.z[i]) / dt));
      f.z[i] += f.vz[i] * dt;
      st.airspeed[i] = 0;
      if (f.z[i] >= targetZ - 0.01) this.setPhase(i, Phase.Enroute, t);
    } else if (phase === Phase.Landing) {
      this.stepLanding(i, t, dt, cls);
    } else {
      this.stepCruise(i, t, dt, cls);
    }
    if (f.phase[i] >= Phase.Landed) return;
    this.checkPadAreaLeft(i, f.phase[i]);
    const used = (powerDraw(cls, st.airspeed[i], f.vz[i]) * dt) / 3600;
    st.energyWh[i] -= used;
    f.energy[i] = Math.max(0, st.energyWh[i] / cls.energy_wh);
    if (st.energyWh[i] <= 0) {
      this.setPhase(i, Phase.Lost, t);
      this.sequencer.leaveQueue(i);
      this.sequencer.endOperation(i);
      this.emit('energy-depleted', i, { airborne_s: t - st.takeoffTime[i] });
      f.vx[i] = 0;
      f.vy[i] = 0;
      f.vz[i] = 0;
      f.z[i] = this.scenario.world.groundHeightLocal(f.x[i], f.y[i]);
      return;
    }
    if (phase !== Phase.Takeoff && phase !== Phase.Landing && this.isCheckStep(i)) this.checkAirborne(i, t, cls);
  }

  /** A take-off's operation on its pad ends once the aircraft has climbed out and left the pad area. */
  private checkPadAreaLeft(i: number, phase: number): void {
    const pad = this.sequencer.operationPad(i);
    if (pad < 0 || phase === Phase.Takeoff || phase === Phase.Approach || phase === Phase.Landing) return;
    const dx = this.frame.x[i] - this.padX[pad];
    const dy = this.frame.y[i] - this.padY[pad];
    if (dx * dx + dy * dy >= this.padArea[i] * this.padArea[i]) this.sequencer.endOperation(i);
  }

  /** En route, diverting, returning, loitering or on approach: follow the route, then brake onto the pad. */
  private stepCruise(i: number, t: number, dt: number, cls: AircraftClass): void {
    const f = this.frame;
    const st = this.state;
    const r = this.routes;
    const len = r.length[i];
    const leg = st.leg[i];
    const onRoute = leg < len;
    const base = (r.start[i] + leg) * 4;
    const pad = st.targetPad[i];
    const loitering = f.phase[i] === Phase.Loitering;
    if (loitering) loiterAim(this.padX[pad], this.padY[pad], st.loiterRadius[i], f.x[i], f.y[i], this.aim);
    const tx = onRoute ? r.points[base] : loitering ? this.aim.x : this.padX[pad];
    const ty = onRoute ? r.points[base + 1] : loitering ? this.aim.y : this.padY[pad];
    const tz = onRoute ? r.points[base + 2] : loitering ? st.loiterZ[i] : this.approachAltitude(i);
    const speed = onRoute && r.points[base + 3] > 0 ? r.points[base + 3] : cls.cruise_speed_mps;
    const dx = tx - f.x[i];
    const dy = ty - f.y[i];
    const d = Math.sqrt(dx * dx + dy * dy);
    const ux = d > 1e-6 ? dx / d : Math.sin(f.heading[i]);
    const uy = d > 1e-6 ? dy / d : Math.cos(f.heading[i]);

    const w = this.scenario.weather.windAt(t, f.z[i], this.wind);
    this.scenario.weather.addGust(i, t, w);
    const airspeed = speedToFly(speed, cls.max_speed_mps, w.east * ux + w.north * uy);
    let tri = solveWindTriangle(ux, uy, w.east, w.north, airspeed, this.tri);
    // A crosswind too strong to hold the track at that speed: use the class maximum.
    if (tri.groundSpeed <= 0.25 * speed && airspeed < cls.max_speed_mps) {
      tri = solveWindTriangle(ux, uy, w.east, w.north, cls.max_speed_mps, this.tri);
    }
    if (
      !onRoute &&
      !loitering &&
      f.phase[i] !== Phase.Approach &&
      this.sequencer.queueOf(i) === QueueKind.None &&
      d < (speed * speed) / cls.accel_mps2 + 100
    ) {
      // Final approach needs the pad: the sequencer clears it (approach) or sends the flight to loiter.
      this.sequencer.endOperation(i);
      this.sequencer.enqueueArrival(i, pad, t);
    }
    if (f.phase[i] === Phase.Approach) {
      // VTOL final approach: steer the ground velocity straight at the pad, braking to stop over it (≤ √(2·a·d)).
      const limit = Math.min(tri.groundSpeed, Math.sqrt(2 * cls.accel_mps2 * 0.8 * Math.max(0, d - 0.5)));
      const dvx = Math.max(0, limit) * ux - f.vx[i];
      const dvy = Math.max(0, limit) * uy - f.vy[i];
      const dv = Math.sqrt(dvx * dvx + dvy * dvy);
      const k = dv > cls.accel_mps2 * dt ? (cls.accel_mps2 * dt) / dv : 1;
      f.vx[i] += dvx * k;
      f.vy[i] += dvy * k;
      const ax = f.vx[i] - w.east;
      const ay = f.vy[i] - w.north;
      st.airspeed[i] = Math.sqrt(ax * ax + ay * ay);
      if (st.airspeed[i] > 0.5) f.heading[i] = (Math.atan2(ax, ay) + 2 * Math.PI) % (2 * Math.PI);
    } else {
      const turn = (cls.turn_rate_dps * Math.PI) / 180;
      f.heading[i] = turnTowards(f.heading[i], tri.heading, turn * dt);
      st.airspeed[i] = approach(st.airspeed[i], tri.airspeed, cls.accel_mps2 * dt);
      f.vx[i] = st.airspeed[i] * Math.sin(f.heading[i]) + w.east;
      f.vy[i] = st.airspeed[i] * Math.cos(f.heading[i]) + w.north;
    }
    f.vz[i] = verticalSpeedCommand(f.z[i], tz, cls.climb_rate_mps, cls.descent_rate_mps);
    f.x[i] += f.vx[i] * dt;
    f.y[i] += f.vy[i] * dt;
    f.z[i] += f.vz[i] * dt;

    const gs = Math.sqrt(f.vx[i] * f.vx[i] + f.vy[i] * f.vy[i]);
    if (
      onRoute &&
      d <= Math.max((MAX_LEAD_FACTOR * gs) / ((cls.turn_rate_dps * Math.PI) / 180), gs * dt, CAPTURE_RADIUS_M)
    ) {
      const turn = (cls.turn_rate_dps * Math.PI) / 180;
      // Within reach of the largest turn's lead: switch to the next point when the turn towards it must begin.
      const nextBase = (r.start[i] + leg + 1) * 4;
      const nx = leg + 1 < len ? r.points[nextBase] : this.padX[pad];
      const ny = leg + 1 < len ? r.points[nextBase + 1] : this.padY[pad];
      const turnAngle = angleDifference(Math.atan2(dx, dy), Math.atan2(nx - tx, ny - ty));
      if (d <= Math.max(turnLeadDistance(gs, turn, turnAngle), gs * dt, CAPTURE_RADIUS_M)) st.leg[i] = leg + 1;
    } else if (f.phase[i] === Phase.Approach && d < CAPTURE_RADIUS_M && gs < LANDING_DRIFT_MPS + 0.5) {
      this.setPhase(i, Phase.Landing, t);
    }
  }

  private stepLanding(i: number, t: number, dt: number, cls: AircraftClass): void {
    const f = this.frame;
    const st = this.state;
    const pad = st.targetPad[i];
    const dx = this.padX[pad] - f.x[i];
    const dy = this.padY[pad] - f.y[i];
    const d = Math.sqrt(dx * dx + dy * dy);
    const v = Math.min(LANDING_DRIFT_MPS, d / dt);
    f.vx[i] = d > 1e-9 ? (dx / d) * v : 0;
    f.vy[i] = d > 1e-9 ? (dy / d) * v : 0;
    f.vz[i] = -Math.min(cls.descent_rate_mps, Math.max(0, (f.z[i] - this.padZ[pad]) / dt));
    st.airspeed[i] = approach(st.airspeed[i], 0, cls.accel_mps2 * dt);
    f.x[i] += f.vx[i] * dt;
    f.y[i] += f.vy[i] * dt;
    f.z[i] += f.vz[i] * dt;
    if (f.z[i] > this.padZ[pad] + 0.01) return;
    f.x[i] = this.padX[pad];
    f.y[i] = this.padY[pad];
    f.z[i] = this.padZ[pad];
    f.vx[i] = 0;
    f.vy[i] = 0;
    f.vz[i] = 0;
    st.airspeed[i] = 0;
    const outcome = st.outcome[i];
    this.sequencer.endOperation(i);
    this.setPhase(i, FINAL_PHASE[outcome], t);
    this.emit('landed', i, {
      pad: this.scenario.world.pads[pad].id,
      outcome: OUTCOME_NAMES[outcome],
      flight_time_s: t - st.takeoffTime[i],
      energy_used_wh: cls.energy_wh - st.energyWh[i],
      energy_left: st.energyWh[i] / cls.energy_wh,
    });
  }

  /** Weather limits and the energy reserve, re-checked every few seconds while airborne. */
  private checkAirborne(i: number, t: number, cls: AircraftClass): void {
    const st = this.state;
    const f = this.frame;
    if (f.phase[i] === Phase.Loitering && this.checkLoiterEnergy(i, t, cls)) return;
    if (st.outcome[i] === Outcome.Destination) {
      const cause = exceededLimit(cls, this.scenario.weather, t, [f.z[i]]);
      if (cause) {
        this.divert(i, t, cause);
        return;
      }
    }
    if (st.reserveWarned[i]) return;
    const needed = this.energyToLand(i, cls);
    if (st.energyWh[i] - needed < cls.reserve_fraction * cls.energy_wh) {
      st.reserveWarned[i] = 1;
      this.emit('energy-reserve', i, { remaining_wh: st.energyWh[i], needed_wh: needed });
      this.divert(i, t, 'energy');
    }
  }

  /**
   * A loitering flight that could not reach the soonest other pad with its reserve if it waited any longer diverts
   * there now. True when it diverted.
   */
  private checkLoiterEnergy(i: number, t: number, cls: AircraftClass): boolean {
    const f = this.frame;
    const st = this.state;
    const here = st.targetPad[i];
    const wind = this.scenario.weather.windAt(t, f.z[i], this.wind);
    const alternate = chooseDiversionPad(cls, wind, f.x[i], f.y[i], this.pads, this.routes.originPad[i], here);
    if (alternate < 0) return false;
    const speeds = expectedSpeeds(cls, wind, f.x[i], f.y[i], this.padX[alternate], this.padY[alternate]);
    const dist = Math.hypot(this.padX[alternate] - f.x[i], this.padY[alternate] - f.y[i]);
    const needed = energyToFinishWh(cls, dist, speeds, f.z[i] - this.padZ[alternate]);
    // One more check interval of loitering must still leave the reserve on arrival at the alternate.
    const margin = (powerDraw(cls, cls.cruise_speed_mps, 0) * CHECK_INTERVAL_S) / 3600;
    if (st.energyWh[i] - needed - margin >= cls.reserve_fraction * cls.energy_wh) return false;
    this.emit('energy-reserve', i, { remaining_wh: st.energyWh[i], needed_wh: needed });
    st.reserveWarned[i] = 1;
    this.divert(i, t, 'energy', here);
    return true;
  }

  /** Energy (Wh) to fly the rest of the way at cruise against the current wind, then land. */
  private energyToLand(i: number, cls: AircraftClass): number {
    const f = this.frame;
    const st = this.state;
    const r = this.routes;
    const pad = st.targetPad[i];
    const leg = st.leg[i];
    let dist: number;
    if (leg < r.length[i] && st.outcome[i] === Outcome.Destination) {
      const b = (r.start[i] + leg) * 4;
      dist = Math.hypot(r.points[b] - f.x[i], r.points[b + 1] - f.y[i]) + r.remaining[r.start[i] + leg];
    } else dist = Math.hypot(this.padX[pad] - f.x[i], this.padY[pad] - f.y[i]);
    const wind = this.scenario.weather.windAt(this.t, f.z[i], this.wind);
    const speeds = expectedSpeeds(cls, wind, f.x[i], f.y[i], this.padX[pad], this.padY[pad]);
    return energyToFinishWh(cls, dist, speeds, f.z[i] - this.padZ[pad]);
  }

  /** Sends the flight to the soonest-reached suitable pad (its origin → returning); stays put when that is its target. */
  private divert(i: number, t: number, cause: string, exclude = -1): void {
    const st = this.state;
    const f = this.frame;
    const cls = this.classes[f.classIndex[i]];
    const pads = this.scenario.world.pads;
    const wind = this.scenario.weather.windAt(t, f.z[i], this.wind);
    const origin = this.routes.originPad[i];
    const best = chooseDiversionPad(cls, wind, f.x[i], f.y[i], this.pads, origin, exclude);
    if (best < 0 || best === st.targetPad[i]) return;
    if (f.phase[i] === Phase.Loitering) {
      this.emit('loiter-end', i, { pad: pads[st.targetPad[i]].id, loiter_s: t - st.phaseStart[i] });
    }
    this.sequencer.leaveQueue(i);
    if (f.phase[i] === Phase.Approach) this.sequencer.endOperation(i);
    const returning = best === origin;
    st.targetPad[i] = best;
    st.leg[i] = this.routes.length[i];
    st.holdAltitude[i] = Math.max(f.z[i], this.padZ[best] + cls.min_clearance_m);
    st.outcome[i] = returning ? Outcome.Returning : Outcome.Diverting;
    this.setPhase(i, returning ? Phase.Returning : Phase.Diverting, t);
    const distance = Math.hypot(this.padX[best] - f.x[i], this.padY[best] - f.y[i]);
    this.emit(returning ? 'returning' : 'diverted', i, { cause, to: pads[best].id, distance_m: distance });
  }
}
