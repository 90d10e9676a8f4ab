// The engine's per-flight state beyond the traffic frame, as typed arrays that snapshots copy wholesale.

/** Where a flight is now heading: its destination, an alternate (diverting) or its origin (returning). */
export const Outcome = { Destination: 0, Diverting: 1, Returning: 2 } as const;

export interface FlightState {
  airspeed: Float64Array;
  energyWh: Float64Array;
  /** Route point targeted now; equal to the route length when heading for the pad. */
  leg: Int32Array;
  /** Index in world.pads of the pad the flight will land on. */
  targetPad: Int32Array;
  /** Altitude held when flying to a pad off the route (diversions). */
  holdAltitude: Float64Array;
  phaseStart: Float64Array;
  holdStart: Float64Array;
  takeoffTime: Float64Array;
  outcome: Uint8Array;
  /** 1 once the energy-reserve warning was logged. */
  reserveWarned: Uint8Array;
  /** The holding orbit while Loitering: radius (m) and altitude (m AMSL). */
  loiterRadius: Float64Array;
  loiterZ: Float64Array;
}

export function createFlightState(n: number): FlightState {
  return {
    airspeed: new Float64Array(n),
    energyWh: new Float64Array(n),
    leg: new Int32Array(n),
    targetPad: new Int32Array(n),
    holdAltitude: new Float64Array(n),
    phaseStart: new Float64Array(n),
    holdStart: new Float64Array(n),
    takeoffTime: new Float64Array(n),
    outcome: new Uint8Array(n),
    reserveWarned: new Uint8Array(n),
    loiterRadius: new Float64Array(n),
    loiterZ: new Float64Array(n),
  };
}

export function cloneFlightState(s: FlightState): FlightState {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.slice()])) as unknown as FlightState;
}

export function copyFlightState(src: FlightState, dst: FlightState): void {
  for (const key of Object.keys(src) as (keyof FlightState)[]) (dst[key] as Float64Array).set(src[key] as Float64Array);
}
