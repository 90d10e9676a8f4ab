// Named camera views (target and camera position in local metres), placed from the pads of the world.

import type { WorldPad } from '../../session/sim-protocol';
import type { CameraPreset } from '../state/ui-store';

export interface CameraView {
  /** Orbit target, local metres (z AMSL). */
  target: { x: number; y: number; z: number };
  /** Camera position, local metres. */
  eye: { x: number; y: number; z: number };
}

export const PRESET_LABELS: Record<CameraPreset, string> = {
  waterfront: 'Cyberport waterfront',
  'cheung-chau': 'Cross-sea to Cheung Chau',
  lamma: 'Lamma',
  overview: 'Whole area',
};

type Point = { x: number; y: number };

function padOr(pads: readonly WorldPad[], id: string, fallback: Point): Point {
  const p = pads.find((q) => q.id === id);
  return p ? { x: p.x, y: p.y } : fallback;
}

/** Views computed from the pads (with fallbacks in case a pad is renamed). */
export function cameraView(
  preset: CameraPreset,
  pads: readonly WorldPad[],
  bounds: { minX: number; minY: number; maxX: number; maxY: number },
): CameraView {
  const cyberport = padOr(pads, 'cyberport-pad', { x: -200, y: -200 });
  switch (preset) {
    case 'waterfront':
      // From over the East Lamma Channel, south-west of Cyberport, looking north-east at the campus.
      return {
        target: { x: cyberport.x + 150, y: cyberport.y + 150, z: 30 },
        eye: { x: cyberport.x - 700, y: cyberport.y - 800, z: 420 },
      };
    case 'cheung-chau': {
      const cc = padOr(pads, 'cheung-chau-pad', { x: -10400, y: -5800 });
      const mid = { x: (cyberport.x + cc.x) / 2, y: (cyberport.y + cc.y) / 2 };
      return { target: { x: mid.x, y: mid.y, z: 60 }, eye: { x: mid.x + 3500, y: mid.y - 8500, z: 5200 } };
    }
    case 'lamma': {
      const a = padOr(pads, 'sok-kwu-wan-pier', { x: 200, y: -6300 });
      const b = padOr(pads, 'yung-shue-wan-pier', { x: -2000, y: -3900 });
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      return { target: { x: mid.x, y: mid.y, z: 80 }, eye: { x: mid.x - 2500, y: mid.y + 4200, z: 2600 } };
    }
    default: {
      const cx = (bounds.minX + bounds.maxX) / 2;
      const cy = (bounds.minY + bounds.maxY) / 2;
      const w = bounds.maxX - bounds.minX;
      return { target: { x: cx, y: cy, z: 0 }, eye: { x: cx, y: cy - 0.75 * w, z: 0.55 * w } };
    }
  }
}
