// Labels for pads and for the hovered and selected aircraft, placed over the canvas each frame.
import { useFrame } from '@react-three/fiber';
import { PHASE_NAMES } from '../../core/sim/phases';
import type { ScenarioMeta, WorldGeometry } from '../sim-protocol';
import { useUiStore } from '../state/ui-store';
import { displayTraffic } from './display-traffic';
import { screenLabels } from './screen-labels';

export function LabelsLayer({ world, meta }: { world: WorldGeometry; meta: ScenarioMeta | null }) {
  useFrame(({ camera, size }) => {
    const { layers, hovered, selected } = useUiStore.getState();
    screenLabels.beginFrame();
    if (layers.labels)
      for (const p of world.pads)
        screenLabels.place(
          `pad:${p.id}`,
          p.name,
          'label pad-label',
          p.x,
          p.elevation_m + 25,
          -p.y,
          camera,
          size.width,
          size.height,
        );
    if (meta) {
      const t = displayTraffic;
      for (const i of selected === hovered ? [selected] : [selected, hovered]) {
        if (i < 0 || i >= t.count || !t.airborne[i]) continue;
        const f = meta.flights[i];
        const z = t.positions[3 * i + 1];
        const phase = PHASE_NAMES[useUiStore.getState().clock.selectedState?.phase ?? -1];
        const detail = i === selected && phase ? ` · ${phase}` : '';
        screenLabels.place(
          `aircraft:${i === selected ? 'selected' : 'hovered'}`,
          `${f.id} · ${Math.round(z)} m${detail}`,
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
    screenLabels.endFrame();
  }, -3);
  return null;
}
