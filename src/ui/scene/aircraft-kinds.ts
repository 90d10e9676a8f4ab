// The aircraft kinds the viewer tells apart, with their colours and names (no three.js, shared with the panels).
import type { AircraftKind } from '../../core/aircraft/aircraft-class';

/** sRGB colours per kind, chosen to stand out from sea, land and each other. */
export const KIND_COLOURS: Record<AircraftKind, string> = {
  multirotor: '#f5f5f0',
  'fixed-wing-vtol': '#35d0ff',
  evtol: '#c77dff',
  racing: '#9dff4f',
};

export const KIND_LABELS: Record<AircraftKind, string> = {
  multirotor: 'multirotor',
  'fixed-wing-vtol': 'fixed-wing VTOL',
  evtol: 'passenger eVTOL',
  racing: 'racing quad',
};
