// Aircraft as one instanced mesh per kind; each frame writes the airborne aircraft's poses and tints from the display
// traffic (no React render): position, heading, colour and class span, compacted to the front of the buffers.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { DoubleSide, Mesh, MeshBasicMaterial, RingGeometry } from 'three';
import { AIRCRAFT_KINDS } from '../../core/aircraft/aircraft-class';
import { Alert } from '../../session/frame-alerts';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { useUiStore } from '../state/ui-store';
import { createAircraftGeometry } from './aircraft-geometries';
import { KIND_COLOURS } from './aircraft-kinds';
import { createPoseMaterial } from './aircraft-pose-material';
import { RedrawKey } from './buffer-updates';
import { displayTraffic } from './display-traffic';
import { orbitView } from './orbit-target';
import { PoseInstances, rgbBytes, spanByte } from './pose-instances';
import { drawnSpan } from './visible-scale';

/** Alert tints, most severe first. */
const ALERT_TINTS: [number, string][] = [
  [Alert.LossOfSeparation, '#ff2a2a'],
  [Alert.Conflict, '#ff9a1f'],
  [Alert.Infringement, '#ffd21f'],
];

export function AircraftInstances({ meta }: { meta: ScenarioMeta }) {
  const { kinds, kindOfFlight, sizeOfFlight, spans, kindTints, alertTints, ring, pose } = useMemo(() => {
    const kindIndexOfClass = meta.classes.map((c) => Math.max(0, AIRCRAFT_KINDS.indexOf(c.kind)));
    const kindOfFlight = Uint8Array.from(meta.flights, (f) => kindIndexOfClass[f.classIndex]);
    const sizeOfFlight = Float32Array.from(meta.flights, (f) => meta.classes[f.classIndex].size_m);
    const spans = Uint8Array.from(sizeOfFlight, spanByte);
    const capacity = AIRCRAFT_KINDS.map(() => 0);
    for (const k of kindOfFlight) capacity[k]++;
    const pose = createPoseMaterial({ lit: true });
    const kinds = AIRCRAFT_KINDS.map(
      (kind, k) => new PoseInstances(createAircraftGeometry(kind), pose.material, capacity[k], `aircraft-${kind}`),
    );
    const ring = new Mesh(
      new RingGeometry(0.92, 1.06, 32).rotateX(-Math.PI / 2),
      new MeshBasicMaterial({ color: '#ffe14a', depthTest: false, transparent: true, side: DoubleSide }),
    );
    ring.renderOrder = 10;
    ring.visible = false;
    const kindTints = AIRCRAFT_KINDS.map((kind) => rgbBytes(KIND_COLOURS[kind]));
    const alertTints = ALERT_TINTS.map(([flag, css]) => [flag, rgbBytes(css)] as const);
    return { kinds, kindOfFlight, sizeOfFlight, spans, kindTints, alertTints, ring, pose };
  }, [meta]);

  useEffect(
    () => () => {
      for (const k of kinds) k.dispose();
      pose.material.dispose();
    },
    [kinds, pose],
  );

  const redraw = useMemo(() => new RedrawKey(), []);

  useFrame(() => {
    const { layers, selected } = useUiStore.getState();
    const visible = layers.visibleScale;
    const mpp = orbitView.metresPerPixel;
    pose.setScale(mpp, visible);
    const t = displayTraffic;
    const pos = t.positions;
    if (selected >= 0 && selected < t.count && t.airborne[selected]) {
      ring.visible = true;
      ring.position.set(pos[3 * selected], pos[3 * selected + 1], pos[3 * selected + 2]);
      ring.scale.setScalar(drawnSpan(sizeOfFlight[selected], mpp, visible) * 1.1);
    } else ring.visible = false;
    if (!redraw.changed(t.version)) return;
    for (const k of kinds) k.clear();
    const n = Math.min(t.count, kindOfFlight.length);
    for (let i = 0; i < n; i++) {
      if (!t.airborne[i]) continue;
      const k = kindOfFlight[i];
      let rgb = kindTints[k];
      const alert = t.alerts[i];
      if (alert)
        for (const [flag, tint] of alertTints)
          if (alert & flag) {
            rgb = tint;
            break;
          }
      kinds[k].push(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], t.heading[i], rgb, spans[i]);
    }
    for (const k of kinds) k.commit();
  }, -4);

  return (
    <>
      {kinds.map((k) => (
        <primitive key={k.mesh.name} object={k.mesh} />
      ))}
      <primitive object={ring} />
    </>
  );
}
