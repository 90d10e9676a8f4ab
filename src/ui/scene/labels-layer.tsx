// Labels for the selected and hovered aircraft, then the pads (skipped where they would overlap), placed each frame.
import { useFrame } from '@react-three/fiber';
import { PHASE_NAMES } from '../../core/sim/phases';
import type { ScenarioMeta, WorldGeometry } from '../../session/sim-protocol';
import { useUiStore } from '../state/ui-store';
import { displayTraffic } from './display-traffic';
import { screenLabels } from './screen-labels';

/** Pad labels float this far above the pad (m). */
const PAD_LABEL_LIFT_M = 25;

export function LabelsLayer({ world, meta }: { world: WorldGeometry; meta: ScenarioMeta | null }) {
  useFrame(({ camera, size }) => {
    const { layers, hovered, selected, clock } = useUiStore.getState();
    screenLabels.beginFrame();
    if (meta) {
      const t = displayTraffic;
      for (const i of selected === hovered ? [selected] : [selected, hovered]) {
        if (i < 0 || i >= t.count || !t.airborne[i]) continue;
        const z = t.positions[3 * i + 1];
        const phase = i === selected ? PHASE_NAMES[clock.selectedState?.phase ?? -1] : undefined;
        screenLabels.place(
          `aircraft:${i === selected ? 'selected' : 'hovered'}`,
          `${meta.flights[i].id} · ${Math.round(z)} m${phase ? ` · ${phase}` : ''}`,
          i === selected ? 'label aircraft-label selected' : 'label aircraft-label',
          t.positions[3 * i],
          z,
          t.positions[3 * i + 2],
          camera,
          size.width,
          size.height,
        );
      }
    }
    if (layers.labels)
      for (const p of world.pads)
        screenLabels.place(
          `pad:${p.id}`,
          p.name,
          'label pad-label',
          p.x,
          p.elevation_m + PAD_LABEL_LIFT_M,
          -p.y,
          camera,
          size.width,
          size.height,
          true,
        );
    screenLabels.endFrame();
  }, -3);
  return null;
}
