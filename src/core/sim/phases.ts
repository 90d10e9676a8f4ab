// Flight phases as small integers for the traffic frame, with their display names.

export const Phase = {
  Scheduled: 0,
  Preflight: 1,
  Held: 2,
  /** Ready on the pad, waiting for the pad sequencer to release the take-off. */
  Queued: 3,
  Takeoff: 4,
  Enroute: 5,
  Diverting: 6,
  Returning: 7,
  /** Orbiting near an occupied pad, waiting for the sequencer to clear the landing. */
  Loitering: 8,
  Approach: 9,
  Landing: 10,
  Landed: 11,
  Diverted: 12,
  Returned: 13,
  Cancelled: 14,
  Lost: 15,
} as const;

export type PhaseCode = (typeof Phase)[keyof typeof Phase];

export const PHASE_NAMES: readonly string[] = [
  'scheduled',
  'pre-flight check',
  'held',
  'queued for take-off',
  'vertical take-off',
  'en route',
  'diverting',
  'returning',
  'loitering',
  'approach',
  'landing',
  'landed',
  'diverted',
  'returned',
  'cancelled',
  'lost (energy depleted)',
];

/** True while the aircraft is off the ground and moving under guidance. */
export function isAirborne(phase: number): boolean {
  return phase >= Phase.Takeoff && phase <= Phase.Landing;
}

/** True once a flight can no longer change: landed somewhere, cancelled or lost. */
export function isFinished(phase: number): boolean {
  return phase >= Phase.Landed;
}

/** True in the phases where low height above ground is expected (take-off and landing). */
export function isTerminalArea(phase: number): boolean {
  return phase === Phase.Takeoff || phase === Phase.Landing;
}
