// Readable figures for the panels: altitudes, speeds, headings, elapsed time, energy.

export const formatMetres = (m: number): string => `${Math.round(m)} m`;

/** "12.3 m/s (44 km/h)" */
export const formatSpeed = (mps: number): string => `${mps.toFixed(1)} m/s (${Math.round(mps * 3.6)} km/h)`;

/** Heading in whole degrees 000–359 from radians clockwise from north. */
export function formatHeading(rad: number): string {
  const deg = Math.round((((rad * 180) / Math.PI) % 360) + 360) % 360;
  return `${String(deg).padStart(3, '0')}°`;
}

/** Elapsed scenario time "+1:02:03". */
export function formatElapsed(t: number): string {
  const s = Math.max(0, Math.floor(t));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `+${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export const formatPercent = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** Direction the wind blows from (degrees true) and its speed, from the vector the air moves along. */
export function formatWind(east: number, north: number): string {
  const speed = Math.hypot(east, north);
  if (speed < 0.05) return 'calm';
  const from = Math.round((Math.atan2(-east, -north) * 180) / Math.PI + 360) % 360;
  return `${String(from).padStart(3, '0')}° ${speed.toFixed(1)} m/s`;
}

/** A human label for an event kind: "conflict-start" → "conflict start". */
export const eventKindLabel = (kind: string): string => kind.replaceAll('-', ' ');
