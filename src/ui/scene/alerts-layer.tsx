// Conflict lines between aircraft pairs in conflict or loss of separation, and ring markers on losses and infringements.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  LineBasicMaterial,
  LineSegments,
  RingGeometry,
} from 'three';
import { Alert, MAX_ALERT_PAIRS } from '../../session/frame-alerts';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { useUiStore } from '../state/ui-store';
import { createPoseMaterial } from './aircraft-pose-material';
import { RedrawKey, uploadFirst } from './buffer-updates';
import { displayTraffic } from './display-traffic';
import { orbitView } from './orbit-target';
import { PoseInstances, rgbBytes, spanByte } from './pose-instances';

const LINE_RGB = { los: rgbBytes('#ff2a2a'), conflict: rgbBytes('#ffa21f') };
const RING_RGB = { los: rgbBytes('#ff1f1f'), infringement: rgbBytes('#ffd21f') };
/** Ring radius as a multiple of the aircraft's drawn span. */
const RING_SPAN = 1.4;

export function AlertsLayer({ meta }: { meta: ScenarioMeta }) {
  const n = meta.flights.length;
  const { lines, rings, ringMaterial, spans } = useMemo(() => {
    const maxPairs = Math.min(MAX_ALERT_PAIRS, Math.max(64, n * 2));
    const geometry = new BufferGeometry();
    const position = new BufferAttribute(new Float32Array(maxPairs * 6), 3).setUsage(DynamicDrawUsage);
    const colour = new BufferAttribute(new Uint8Array(maxPairs * 6), 3, true).setUsage(DynamicDrawUsage);
    geometry.setAttribute('position', position);
    geometry.setAttribute('color', colour);
    geometry.setDrawRange(0, 0);
    const lines = new LineSegments(
      geometry,
      new LineBasicMaterial({ vertexColors: true, depthTest: false, transparent: true }),
    );
    lines.frustumCulled = false;
    lines.renderOrder = 8;
    lines.name = 'conflict-lines';
    // Flat, opaque rings: cheap to draw by the thousand (translucent spheres overdraw badly in software rendering).
    const ringMaterial = createPoseMaterial({ lit: false, spanFactor: RING_SPAN });
    const rings = new PoseInstances(
      new RingGeometry(0.85, 1.05, 24).rotateX(-Math.PI / 2),
      ringMaterial.material,
      n,
      'alert-rings',
    );
    const spans = Uint8Array.from(meta.flights, (f) => spanByte(meta.classes[f.classIndex].size_m));
    return { lines, rings, ringMaterial, spans };
  }, [meta, n]);
  useEffect(
    () => () => {
      lines.geometry.dispose();
      (lines.material as LineBasicMaterial).dispose();
      rings.dispose();
      ringMaterial.material.dispose();
    },
    [lines, rings, ringMaterial],
  );

  const redraw = useMemo(() => new RedrawKey(), []);

  useFrame(() => {
    const t = displayTraffic;
    ringMaterial.setScale(orbitView.metresPerPixel, useUiStore.getState().layers.visibleScale);
    if (!redraw.changed(t.version)) return;
    const pos = t.positions;
    const positions = lines.geometry.getAttribute('position') as BufferAttribute;
    const colours = lines.geometry.getAttribute('color') as BufferAttribute;
    const pa = positions.array as Float32Array;
    const ca = colours.array as Uint8Array;
    const maxPairs = pa.length / 6;
    let k = 0;
    const pairs = t.pairs;
    for (let p = 0; p + 2 < pairs.length && k < maxPairs; p += 3) {
      const a = pairs[p];
      const b = pairs[p + 1];
      if (!t.airborne[a] || !t.airborne[b]) continue;
      const c = pairs[p + 2] & Alert.LossOfSeparation ? LINE_RGB.los : LINE_RGB.conflict;
      for (let e = 0; e < 2; e++) {
        const i = e === 0 ? a : b;
        const o = k * 6 + e * 3;
        pa[o] = pos[3 * i];
        pa[o + 1] = pos[3 * i + 1];
        pa[o + 2] = pos[3 * i + 2];
        ca[o] = c[0];
        ca[o + 1] = c[1];
        ca[o + 2] = c[2];
      }
      k++;
    }
    lines.geometry.setDrawRange(0, k * 2);
    uploadFirst(positions, k * 2);
    uploadFirst(colours, k * 2);

    rings.clear();
    for (let i = 0; i < t.count && i < n; i++) {
      const alert = t.alerts[i] & (Alert.LossOfSeparation | Alert.Infringement);
      if (!alert || !t.airborne[i]) continue;
      const rgb = alert & Alert.LossOfSeparation ? RING_RGB.los : RING_RGB.infringement;
      rings.push(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], 0, rgb, spans[i]);
    }
    rings.commit();
  }, -3);

  return (
    <>
      <primitive object={lines} />
      <primitive object={rings.mesh} />
    </>
  );
}
