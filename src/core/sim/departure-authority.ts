// The seam through which strategic coordination releases departures: asked with the pad rules before each take-off.

/** Says whether a flight may take off now; the pad sequencer also needs the pad's capacity and interval to agree. */
export interface DepartureAuthority {
  mayDepart(flightIndex: number, t: number): boolean;
}

/** The authority when none is given: every departure is released as soon as its pad allows. */
export const ALWAYS_RELEASE: DepartureAuthority = { mayDepart: () => true };
