// Wind arrows per stated altitude layer: a 3×3 grid around the orbit target, pointing where the air goes, length ∝ speed.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import {
  Color,
  ConeGeometry,
  CylinderGeometry,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedMesh,
  MeshBasicMaterial,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { writeYawMatrix } from '../../session/world-mesh/coordinates';
import { frameStream } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { orbitView } from './orbit-target';
import { windLayerColour } from './wind-palette';

const GRID = 3;

function arrowGeometry() {
  // 1 m long, pointing north (−z), tail at the origin.
  const shaft = new CylinderGeometry(0.025, 0.025, 0.72, 6).rotateX(Math.PI / 2).translate(0, 0, -0.36);
  const head = new ConeGeometry(0.09, 0.28, 8).rotateX(-Math.PI / 2).translate(0, 0, -0.86);
  return mergeGeometries([shaft, head]);
}

export function WindArrowsLayer({ meta }: { meta: ScenarioMeta }) {
  const layers = meta.windLayers.slice(0, 6);
  const mesh = useMemo(() => {
    const n = Math.max(1, layers.length * GRID * GRID);
    const m = new InstancedMesh(
      arrowGeometry(),
      new MeshBasicMaterial({ color: '#ffffff', transparent: true, opacity: 0.75 }),
      n,
    );
    m.instanceMatrix.setUsage(DynamicDrawUsage);
    m.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
    const c = new Color();
    for (let k = 0; k < layers.length; k++)
      for (let g = 0; g < GRID * GRID; g++) m.setColorAt(k * GRID * GRID + g, c.set(windLayerColour(k, layers.length)));
    m.count = 0;
    m.frustumCulled = false;
    m.name = 'wind-arrows';
    return m;
  }, [layers.length]);
  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as MeshBasicMaterial).dispose();
    },
    [mesh],
  );
  useFrame(() => {
    const w = frameStream.latest?.weather;
    const on = useUiStore.getState().layers.wind;
    if (!on || !w || w.wind.length === 0) {
      mesh.count = 0;
      return;
    }
    const spacing = Math.min(4000, Math.max(120, orbitView.distance * 0.28));
    const cx = Math.round(orbitView.target.x / spacing) * spacing;
    const cz = Math.round(orbitView.target.z / spacing) * spacing;
    const out = mesh.instanceMatrix.array as Float32Array;
    let n = 0;
    w.wind.slice(0, layers.length).forEach((layer) => {
      const speed = Math.hypot(layer.east, layer.north);
      const heading = Math.atan2(layer.east, layer.north);
      const length = spacing * 0.03 * Math.min(4, speed / 3);
      for (let gx = 0; gx < GRID; gx++)
        for (let gz = 0; gz < GRID; gz++) {
          const x = cx + (gx - 1) * spacing;
          const z = cz + (gz - 1) * spacing;
          writeYawMatrix(out, n * 16, x, Math.max(8, layer.alt), z, heading, speed < 0.05 ? 0 : length);
          n++;
        }
    });
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
  }, -2);
  return <primitive object={mesh} />;
}
