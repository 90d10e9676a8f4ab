// Aircraft as one InstancedMesh per kind; instance matrices and colours written in useFrame from the display traffic.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  MeshLambertMaterial,
  TorusGeometry,
} from 'three';
import { Alert } from '../replay/frame-alerts';
import type { ScenarioMeta } from '../sim-protocol';
import { useUiStore } from '../state/ui-store';
import { createAircraftGeometry } from './aircraft-geometries';
import { AIRCRAFT_KINDS, KIND_COLOURS } from './aircraft-kinds';
import { writeYawMatrix } from './coordinates';
import { displayTraffic } from './display-traffic';
import { orbitView } from './orbit-target';
import { drawnSpan } from './visible-scale';

const ALERT_COLOURS: [number, Color][] = [
  [Alert.LossOfSeparation, new Color('#ff2a2a')],
  [Alert.Conflict, new Color('#ff9a1f')],
  [Alert.Infringement, new Color('#ffd21f')],
];

export function AircraftInstances({ meta }: { meta: ScenarioMeta }) {
  const { meshes, kindOfFlight, sizeOfFlight, kindColours, ring, matrices, colours } = useMemo(() => {
    const kindIndexOfClass = meta.classes.map((c) => Math.max(0, AIRCRAFT_KINDS.indexOf(c.kind)));
    const kindOfFlight = Uint8Array.from(meta.flights, (f) => kindIndexOfClass[f.classIndex]);
    const sizeOfFlight = Float32Array.from(meta.flights, (f) => meta.classes[f.classIndex].size_m);
    const capacity = AIRCRAFT_KINDS.map(() => 0);
    for (const k of kindOfFlight) capacity[k]++;
    const material = new MeshLambertMaterial({ color: '#ffffff' });
    const meshes = AIRCRAFT_KINDS.map((kind, k) => {
      const n = Math.max(1, capacity[k]);
      const mesh = new InstancedMesh(createAircraftGeometry(kind), material, n);
      mesh.instanceMatrix.setUsage(DynamicDrawUsage);
      mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
      mesh.instanceColor.setUsage(DynamicDrawUsage);
      mesh.count = 0;
      mesh.frustumCulled = false;
      mesh.name = `aircraft-${kind}`;
      return mesh;
    });
    const kindColours = AIRCRAFT_KINDS.map((kind) => new Color(KIND_COLOURS[kind]));
    const ring = new Mesh(
      new TorusGeometry(1, 0.06, 6, 32).rotateX(Math.PI / 2),
      new MeshBasicMaterial({ color: '#ffe14a', depthTest: false, transparent: true }),
    );
    ring.renderOrder = 10;
    ring.visible = false;
    const matrices = meshes.map((m) => m.instanceMatrix.array as Float32Array);
    const colours = meshes.map((m) => m.instanceColor!.array as Float32Array);
    return { meshes, kindOfFlight, sizeOfFlight, kindColours, ring, matrices, colours };
  }, [meta]);

  useEffect(
    () => () => {
      for (const m of meshes) m.geometry.dispose();
      meshes[0].material.dispose();
    },
    [meshes],
  );

  useFrame(() => {
    const { layers, selected } = useUiStore.getState();
    const visible = layers.visibleScale;
    const mpp = orbitView.metresPerPixel;
    const t = displayTraffic;
    const counts = [0, 0, 0, 0];
    const pos = t.positions;
    const n = Math.min(t.count, kindOfFlight.length);
    for (let i = 0; i < n; i++) {
      if (!t.airborne[i]) continue;
      const k = kindOfFlight[i];
      const slot = counts[k]++;
      writeYawMatrix(
        matrices[k],
        slot * 16,
        pos[3 * i],
        pos[3 * i + 1],
        pos[3 * i + 2],
        t.heading[i],
        drawnSpan(sizeOfFlight[i], mpp, visible),
      );
      let c = kindColours[k];
      const alert = t.alerts[i];
      if (alert)
        for (const [flag, colour] of ALERT_COLOURS)
          if (alert & flag) {
            c = colour;
            break;
          }
      const o = slot * 3;
      colours[k][o] = c.r;
      colours[k][o + 1] = c.g;
      colours[k][o + 2] = c.b;
    }
    meshes.forEach((m, k) => {
      m.count = counts[k];
      m.instanceMatrix.clearUpdateRanges();
      m.instanceMatrix.addUpdateRange(0, counts[k] * 16);
      m.instanceMatrix.needsUpdate = true;
      const colour = m.instanceColor!;
      colour.clearUpdateRanges();
      colour.addUpdateRange(0, counts[k] * 3);
      colour.needsUpdate = true;
    });
    if (selected >= 0 && selected < n && t.airborne[selected]) {
      const span = drawnSpan(sizeOfFlight[selected], mpp, visible);
      ring.visible = true;
      ring.position.set(pos[3 * selected], pos[3 * selected + 1], pos[3 * selected + 2]);
      ring.scale.setScalar(span * 1.1);
    } else ring.visible = false;
  }, -4);

  return (
    <>
      {meshes.map((m) => (
        <primitive key={m.name} object={m} />
      ))}
      <primitive object={ring} />
    </>
  );
}
