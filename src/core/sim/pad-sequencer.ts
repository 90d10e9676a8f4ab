// Pad sequencing: departure and arrival queues per pad, released within the pad's capacity and minimum interval.
//
// A pad has `capacity` operations under way at once; a take-off is one from its release until the aircraft has left
// the pad area, a landing one from the start of its final approach until touchdown. Two movement starts on one pad
// are at least `min_interval_s[kind]` apart, the kind being that of the aircraft about to move. Arrivals have
// precedence over departures (as at airports: an aircraft in the air burns energy waiting, one on the ground does
// not): while an arrival waits for a pad, no departure is released from it. Within each queue the order is priority
// (higher first, as ASTM F3548), then planned departure time (departures) or the time the wait began (arrivals),
// then flight index. A departure is released only when the DepartureAuthority agrees; later departures may go first
// when an earlier one is not yet authorised. All state lives in typed arrays (snapshots copy them wholesale) and no
// method allocates.
import { AIRCRAFT_KINDS } from '../aircraft/aircraft-class';
import type { CompiledScenario } from '../scenario/compiled';
import type { DepartureAuthority } from './departure-authority';

/** Which queue a flight waits in. */
export const QueueKind = { None: 0, Departure: 1, Arrival: 2 } as const;

/** Why a waiting flight could not move yet. */
export type WaitCause = 'pad-busy' | 'interval' | 'authority';

export interface SequencerState {
  /** Per pad: operations under way, last movement start (s; -Infinity before the first), queue heads (-1 empty). */
  ops: Int32Array;
  lastStart: Float64Array;
  departureHead: Int32Array;
  arrivalHead: Int32Array;
  /** Per pad: flights that joined a queue since the last announcement pass. */
  fresh: Int32Array;
  /** Per flight: next in its queue (-1 last), the pad of its queue (-1 none), which queue, when it joined (s). */
  next: Int32Array;
  queuePad: Int32Array;
  queueKind: Uint8Array;
  since: Float64Array;
  /** 1 once the wait was announced (queued / loiter-start logged). */
  announced: Uint8Array;
  /** Per flight: the pad whose capacity its take-off or landing occupies (-1 none). */
  opPad: Int32Array;
}

/** What the engine does when the sequencer decides: the only way flights move between queue and air. */
export interface SequencerHandler {
  /** A queued departure may take off now (waited: seconds since it joined; announced: its wait was logged). */
  departureReleased(i: number, pad: number, waited: number, announced: boolean): void;
  /** A waiting arrival may start its final approach now. */
  arrivalCleared(i: number, pad: number, waited: number, announced: boolean): void;
  /** A flight that joined a queue this step still waits: log it (position is 1-based within its queue). */
  waitBegins(i: number, pad: number, cause: WaitCause, position: number): void;
}

function createSequencerState(pads: number, flights: number): SequencerState {
  return {
    ops: new Int32Array(pads),
    lastStart: new Float64Array(pads).fill(Number.NEGATIVE_INFINITY),
    departureHead: new Int32Array(pads).fill(-1),
    arrivalHead: new Int32Array(pads).fill(-1),
    fresh: new Int32Array(pads),
    next: new Int32Array(flights).fill(-1),
    queuePad: new Int32Array(flights).fill(-1),
    queueKind: new Uint8Array(flights),
    since: new Float64Array(flights),
    announced: new Uint8Array(flights),
    opPad: new Int32Array(flights).fill(-1),
  };
}

export function cloneSequencerState(s: SequencerState): SequencerState {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.slice()])) as unknown as SequencerState;
}

function copySequencerState(src: SequencerState, dst: SequencerState): void {
  for (const key of Object.keys(src) as (keyof SequencerState)[]) (dst[key] as Float64Array).set(src[key]);
}

const EPS = 1e-9;

export class PadSequencer {
  readonly state: SequencerState;
  private readonly capacity: Int32Array;
  /** min_interval_s of pad k for kind index c at k · kinds + c. */
  private readonly interval: Float64Array;
  private readonly kinds = AIRCRAFT_KINDS.length;
  private readonly kindOf: Uint8Array;
  private readonly priority: Float64Array;
  private readonly plannedDeparture: Float64Array;

  constructor(scenario: CompiledScenario) {
    const rules = scenario.pad_rules;
    this.state = createSequencerState(rules.length, scenario.flights.length);
    this.capacity = Int32Array.from(rules, (r) => r.capacity);
    this.interval = new Float64Array(rules.length * this.kinds);
    rules.forEach((r, k) => {
      AIRCRAFT_KINDS.forEach((kind, c) => {
        this.interval[k * this.kinds + c] = r.min_interval_s[kind];
      });
    });
    const flights = scenario.flights;
    this.kindOf = Uint8Array.from(flights, (f) => AIRCRAFT_KINDS.indexOf(scenario.classes[f.classIndex].kind));
    this.priority = Float64Array.from(flights, (f) => f.priority);
    this.plannedDeparture = Float64Array.from(flights, (f) => f.departure_s);
  }

  restore(s: SequencerState): void {
    copySequencerState(s, this.state);
  }

  /** The queue flight i waits in (QueueKind), or None. */
  queueOf(i: number): number {
    return this.state.queueKind[i];
  }

  /** Flight i is ready to take off from pad: it joins that pad's departure queue at time t. */
  enqueueDeparture(i: number, pad: number, t: number): void {
    this.insert(i, pad, t, QueueKind.Departure);
  }

  /** Flight i wants to start its final approach to pad: it joins the pad's arrival queue at time t. */
  enqueueArrival(i: number, pad: number, t: number): void {
    this.insert(i, pad, t, QueueKind.Arrival);
  }

  /** Takes flight i out of whatever queue it waits in (cancelled, diverted, held again). */
  leaveQueue(i: number): void {
    const s = this.state;
    const pad = s.queuePad[i];
    if (pad < 0) return;
    const heads = s.queueKind[i] === QueueKind.Departure ? s.departureHead : s.arrivalHead;
    if (heads[pad] === i) heads[pad] = s.next[i];
    else {
      let k = heads[pad];
      while (s.next[k] !== i) k = s.next[k];
      s.next[k] = s.next[i];
    }
    s.next[i] = -1;
    s.queuePad[i] = -1;
    s.queueKind[i] = QueueKind.None;
  }

  /** The operation of flight i (take-off or landing) is over: its pad has one more free slot. */
  endOperation(i: number): void {
    const s = this.state;
    const pad = s.opPad[i];
    if (pad < 0) return;
    s.ops[pad]--;
    s.opPad[i] = -1;
  }

  /** The pad whose capacity flight i occupies, or -1. */
  operationPad(i: number): number {
    return this.state.opPad[i];
  }

  /** Flights waiting in the arrival queue of pad, in queue order: first is arrivalHead, then next. */
  arrivalHead(pad: number): number {
    return this.state.arrivalHead[pad];
  }

  nextInQueue(i: number): number {
    return this.state.next[i];
  }

  /**
   * Grants every movement the pads allow at time t, arrivals first, then announces the flights that joined a queue
   * and still wait. Called once per engine step, after every flight has moved.
   */
  release(t: number, authority: DepartureAuthority, handler: SequencerHandler): void {
    const s = this.state;
    for (let pad = 0; pad < s.ops.length; pad++) {
      if (s.arrivalHead[pad] < 0 && s.departureHead[pad] < 0) continue;
      while (s.ops[pad] < this.capacity[pad]) {
        const a = s.arrivalHead[pad];
        if (a >= 0) {
          if (!this.intervalPassed(pad, a, t)) break;
          const announced = this.grant(a, pad, t);
          handler.arrivalCleared(a, pad, t - s.since[a], announced);
          continue;
        }
        let d = s.departureHead[pad];
        while (d >= 0 && !authority.mayDepart(d, t)) d = s.next[d];
        if (d < 0 || !this.intervalPassed(pad, d, t)) break;
        const announced = this.grant(d, pad, t);
        handler.departureReleased(d, pad, t - s.since[d], announced);
      }
      if (s.fresh[pad] > 0) {
        this.announce(s.arrivalHead[pad], pad, t, handler);
        this.announce(s.departureHead[pad], pad, t, handler);
        s.fresh[pad] = 0;
      }
    }
  }

  private announce(head: number, pad: number, t: number, handler: SequencerHandler): void {
    const s = this.state;
    let position = 1;
    for (let i = head; i >= 0; i = s.next[i], position++) {
      if (s.announced[i]) continue;
      s.announced[i] = 1;
      handler.waitBegins(i, pad, this.waitCause(i, pad, head, t), position);
    }
  }

  /** Why flight i (in the queue starting at head) cannot move at t. */
  private waitCause(i: number, pad: number, head: number, t: number): WaitCause {
    const s = this.state;
    const departure = s.queueKind[i] === QueueKind.Departure;
    if (s.ops[pad] >= this.capacity[pad] || (departure && s.arrivalHead[pad] >= 0)) return 'pad-busy';
    if (!this.intervalPassed(pad, i, t) || !this.intervalPassed(pad, head, t)) return 'interval';
    return 'authority';
  }

  private intervalPassed(pad: number, i: number, t: number): boolean {
    return t - this.state.lastStart[pad] + EPS >= this.interval[pad * this.kinds + this.kindOf[i]];
  }

  /** Moves flight i from its queue onto the pad: one more operation, the pad's last movement start is now. */
  private grant(i: number, pad: number, t: number): boolean {
    const s = this.state;
    const announced = s.announced[i] === 1;
    this.leaveQueue(i);
    s.announced[i] = 0;
    s.ops[pad]++;
    s.opPad[i] = pad;
    s.lastStart[pad] = t;
    return announced;
  }

  /** True when flight i goes before flight j in a queue of the given kind. */
  private before(i: number, j: number, kind: number): boolean {
    const s = this.state;
    if (this.priority[i] !== this.priority[j]) return this.priority[i] > this.priority[j];
    const ti = kind === QueueKind.Departure ? this.plannedDeparture[i] : s.since[i];
    const tj = kind === QueueKind.Departure ? this.plannedDeparture[j] : s.since[j];
    if (ti !== tj) return ti < tj;
    return i < j;
  }

  private insert(i: number, pad: number, t: number, kind: number): void {
    const s = this.state;
    this.leaveQueue(i);
    s.queuePad[i] = pad;
    s.queueKind[i] = kind;
    s.since[i] = t;
    s.announced[i] = 0;
    s.fresh[pad]++;
    const heads = kind === QueueKind.Departure ? s.departureHead : s.arrivalHead;
    const head = heads[pad];
    if (head < 0 || this.before(i, head, kind)) {
      s.next[i] = head;
      heads[pad] = i;
      return;
    }
    let k = head;
    while (s.next[k] >= 0 && !this.before(i, s.next[k], kind)) k = s.next[k];
    s.next[i] = s.next[k];
    s.next[k] = i;
  }
}
