// The selected flight's operational intent volumes: translucent prisms, bright while their time window holds the shown
// time and dim otherwise. Geometry is built once per selection; the frame loop only swaps materials when marks change.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { EdgesGeometry, Group, LineBasicMaterial, LineSegments, Mesh, MeshBasicMaterial } from 'three';
import type { IntentVolumeMeta } from '../../session/sim-protocol';
import { markVolumesAt } from '../replay/intent-timing';
import { replayClock } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { extrudeFootprint } from './footprint-extrusion';

/** Colour, fill and edge opacity of volumes outside (0) and inside (1) their time window. */
const LOOKS = [
  { colour: '#c8d6e4', fill: 0.04, edge: 0.3 },
  { colour: '#2ad4ff', fill: 0.26, edge: 1 },
];

function buildVolumes(volumes: readonly IntentVolumeMeta[]) {
  const fills = LOOKS.map(
    (l) => new MeshBasicMaterial({ color: l.colour, transparent: true, opacity: l.fill, depthWrite: false }),
  );
  const edges = LOOKS.map((l) => new LineBasicMaterial({ color: l.colour, transparent: true, opacity: l.edge }));
  const group = new Group();
  group.name = 'intent-volumes';
  const parts = volumes.map((v) => {
    const geometry = extrudeFootprint(v.footprint, v.z0, Math.max(v.z1, v.z0 + 1));
    const mesh = new Mesh(geometry, fills[0]);
    mesh.renderOrder = 3;
    const outline = new LineSegments(new EdgesGeometry(geometry, 40), edges[0]);
    group.add(mesh, outline);
    return { mesh, outline };
  });
  // 2 = not marked yet, so that the first frame sets every material.
  const marks = new Uint8Array(volumes.length).fill(2);
  const dispose = () => {
    for (const p of parts) {
      p.mesh.geometry.dispose();
      p.outline.geometry.dispose();
    }
    for (const m of [...fills, ...edges]) m.dispose();
  };
  return { group, parts, marks, fills, edges, dispose };
}

export function IntentVolumesLayer({ volumes }: { volumes: readonly IntentVolumeMeta[] }) {
  const built = useMemo(() => buildVolumes(volumes), [volumes]);
  useEffect(() => {
    useUiStore.setState({ intentVolumesDrawn: built.parts.length });
    return () => {
      built.dispose();
      useUiStore.setState({ intentVolumesDrawn: 0 });
    };
  }, [built]);

  useFrame(() => {
    if (!markVolumesAt(volumes, replayClock.t, built.marks)) return;
    built.parts.forEach((p, k) => {
      const on = built.marks[k];
      p.mesh.material = built.fills[on];
      p.outline.material = built.edges[on];
      // Volumes of the moment are drawn over the others.
      p.mesh.renderOrder = 3 + on;
    });
  }, -2);

  return <primitive object={built.group} />;
}

/** The layer for the current selection, when its layer is on and its intent was accepted. */
export function SelectedIntentVolumes() {
  const on = useUiStore((s) => s.layers.intentVolumes);
  const view = useUiStore((s) =>
    s.strategic?.index === s.selected && s.strategic.generation === s.scenario?.generation ? s.strategic : null,
  );
  if (!on || !view || view.volumes.length === 0) return null;
  return <IntentVolumesLayer volumes={view.volumes} />;
}
