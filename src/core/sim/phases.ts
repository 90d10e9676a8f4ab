// Flight phases as small integers for the traffic frame, with their display names.

export const Phase = {
  Scheduled: 0,
  Preflight: 1,
  Held: 2,
  Takeoff: 3,
  Enroute: 4,
  Diverting: 5,
  Returning: 6,
  Approach: 7,
  Landing: 8,
  Landed: 9,
  Diverted: 10,
  Returned: 11,
  Cancelled: 12,
  Lost: 13,
} as const;

export type PhaseCode = (typeof Phase)[keyof typeof Phase];

export const PHASE_NAMES: readonly string[] = [
  'scheduled',
  'pre-flight check',
  'held',
  'vertical take-off',
  'en route',
  'diverting',
  'returning',
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
