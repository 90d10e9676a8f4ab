// Readable text for a rejected flight's suggestions, shared by `skylane plan` and the viewer's inspector.
import type { AltitudeSuggestion } from './strategic-planner';

/** A suggested departure delay: "+7 min 30 s", "+1 min", "+45 s". */
export function delayText(seconds: number): string {
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `+${m > 0 ? `${m} min${r ? ` ${r} s` : ''}` : `${r} s`}`;
}

/** A suggested altitude shift with the shifted cruise band: "+40 m (cruise 120 m AMSL)", "−20 m (cruise 60–80 m AMSL)". */
export function altitudeShiftText(a: Pick<AltitudeSuggestion, 'shift_m' | 'cruise_min_m' | 'cruise_max_m'>): string {
  const lo = Math.round(a.cruise_min_m);
  const hi = Math.round(a.cruise_max_m);
  const band = lo === hi ? `${lo} m` : `${lo}–${hi} m`;
  return `${a.shift_m > 0 ? '+' : '−'}${Math.round(Math.abs(a.shift_m))} m (cruise ${band} AMSL)`;
}
