// Playback arithmetic: the speeds offered, advancing the clock, stepping with the arrow keys.

/** Playback speeds (simulated seconds per wall second), 1× to 1000×. */
export const PLAYBACK_SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] as const;

/** The time after `wallSeconds` at `speed`, clamped to [0, duration], and whether the end was reached. */
export function advanceClock(
  t: number,
  wallSeconds: number,
  speed: number,
  duration: number,
): { t: number; ended: boolean } {
  const next = t + Math.max(0, Math.min(wallSeconds, 0.25)) * speed;
  return next >= duration ? { t: duration, ended: true } : { t: next, ended: false };
}

/** Seconds an arrow key moves the clock: 10 s, 60 s with Shift, scaled up at high speeds so a press stays visible. */
export function arrowStep(speed: number, shift: boolean): number {
  const base = shift ? 60 : 10;
  return base * Math.max(1, Math.round(speed / 50));
}

export function clampTime(t: number, duration: number): number {
  return Math.max(0, Math.min(duration, Number.isFinite(t) ? t : 0));
}

/** The next faster (+1) or slower (−1) speed of PLAYBACK_SPEEDS. */
export function nextSpeed(speed: number, direction: 1 | -1): number {
  const i = PLAYBACK_SPEEDS.findIndex((s) => s >= speed);
  const k = Math.max(0, Math.min(PLAYBACK_SPEEDS.length - 1, (i < 0 ? PLAYBACK_SPEEDS.length - 1 : i) + direction));
  return PLAYBACK_SPEEDS[k];
}
