// Conflict lines between aircraft pairs in conflict or loss of separation, and ring markers on losses and infringements.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  MeshBasicMaterial,
  TorusGeometry,
} from 'three';
import { Alert, MAX_ALERT_PAIRS } from '../replay/frame-alerts';
import type { ScenarioMeta } from '../sim-protocol';
import { useUiStore } from '../state/ui-store';
import { writeYawMatrix } from './coordinates';
import { displayTraffic } from './display-traffic';
import { orbitView } from './orbit-target';
import { drawnSpan } from './visible-scale';

const LINE_COLOURS = { los: new Color('#ff2a2a'), conflict: new Color('#ffa21f') };
const MARKER_COLOURS = { los: new Color('#ff1f1f'), infringement: new Color('#ffd21f') };
/** Ring radius as a multiple of the aircraft's drawn span. */
const RING_SPAN = 1.4;

export function AlertsLayer({ meta }: { meta: ScenarioMeta }) {
  const n = meta.flights.length;
  const { lines, markers, sizes } = useMemo(() => {
    const maxPairs = Math.min(MAX_ALERT_PAIRS, Math.max(64, n * 2));
    const geometry = new BufferGeometry();
    const position = new BufferAttribute(new Float32Array(maxPairs * 6), 3).setUsage(DynamicDrawUsage);
    const colour = new BufferAttribute(new Float32Array(maxPairs * 6), 3).setUsage(DynamicDrawUsage);
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
    const markers = new InstancedMesh(
      // A flat, opaque ring: cheap to draw by the thousand (translucent spheres overdraw badly in software rendering).
      new TorusGeometry(1, 0.1, 4, 24).rotateX(Math.PI / 2),
      new MeshBasicMaterial({ color: '#ffffff' }),
      Math.max(1, n),
    );
    markers.instanceMatrix.setUsage(DynamicDrawUsage);
    markers.instanceColor = new InstancedBufferAttribute(new Float32Array(Math.max(1, n) * 3), 3);
    markers.count = 0;
    markers.frustumCulled = false;
    markers.name = 'alert-markers';
    const sizes = Float32Array.from(meta.flights, (f) => meta.classes[f.classIndex].size_m);
    return { lines, markers, sizes };
  }, [meta, n]);
  useEffect(
    () => () => {
      lines.geometry.dispose();
      (lines.material as LineBasicMaterial).dispose();
      markers.geometry.dispose();
      (markers.material as MeshBasicMaterial).dispose();
    },
    [lines, markers],
  );

  useFrame(() => {
    const t = displayTraffic;
    const pos = t.positions;
    const { visibleScale } = useUiStore.getState().layers;
    const positions = lines.geometry.getAttribute('position') as BufferAttribute;
    const colours = lines.geometry.getAttribute('color') as BufferAttribute;
    const pa = positions.array as Float32Array;
    const ca = colours.array as Float32Array;
    const maxPairs = pa.length / 6;
    let k = 0;
    const pairs = t.pairs;
    for (let p = 0; p + 2 < pairs.length && k < maxPairs; p += 3) {
      const a = pairs[p];
      const b = pairs[p + 1];
      if (!t.airborne[a] || !t.airborne[b]) continue;
      const c = pairs[p + 2] & Alert.LossOfSeparation ? LINE_COLOURS.los : LINE_COLOURS.conflict;
      for (let e = 0; e < 2; e++) {
        const i = e === 0 ? a : b;
        const o = k * 6 + e * 3;
        pa[o] = pos[3 * i];
        pa[o + 1] = pos[3 * i + 1];
        pa[o + 2] = pos[3 * i + 2];
        ca[o] = c.r;
        ca[o + 1] = c.g;
        ca[o + 2] = c.b;
      }
      k++;
    }
    lines.geometry.setDrawRange(0, k * 2);
    positions.needsUpdate = true;
    colours.needsUpdate = true;

    const matrices = markers.instanceMatrix.array as Float32Array;
    let m = 0;
    for (let i = 0; i < t.count && i < n; i++) {
      const alert = t.alerts[i] & (Alert.LossOfSeparation | Alert.Infringement);
      if (!alert || !t.airborne[i]) continue;
      const c = alert & Alert.LossOfSeparation ? MARKER_COLOURS.los : MARKER_COLOURS.infringement;
      const r = RING_SPAN * drawnSpan(sizes[i], orbitView.metresPerPixel, visibleScale);
      writeYawMatrix(matrices, m * 16, pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], 0, r);
      markers.setColorAt(m, c);
      m++;
    }
    markers.count = m;
    markers.instanceMatrix.needsUpdate = true;
    if (markers.instanceColor) markers.instanceColor.needsUpdate = true;
  }, -3);

  return (
    <>
      <primitive object={lines} />
      <primitive object={markers} />
    </>
  );
}
