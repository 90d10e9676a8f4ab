// Fading trails behind the aircraft, sampled from the display traffic as the replay plays; cleared on a seek.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, DynamicDrawUsage, LineSegments, ShaderMaterial } from 'three';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { replayClock } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { displayTraffic } from './display-traffic';
import { TrailBuffer, trailInterval, trailSlots } from './trail-buffer';

export function TrailsLayer({ meta }: { meta: ScenarioMeta }) {
  const n = meta.flights.length;
  const { trail, lines } = useMemo(() => {
    const trail = new TrailBuffer(n, trailSlots(n));
    const geometry = new BufferGeometry();
    const position = new BufferAttribute(trail.positions, 3);
    position.setUsage(DynamicDrawUsage);
    geometry.setAttribute('position', position);
    const material = new ShaderMaterial({
      transparent: true,
      depthWrite: false,
      uniforms: { head: { value: 0 }, slots: { value: trail.slots }, perSlot: { value: n * 2 } },
      vertexShader: /* glsl */ `
        uniform float head;
        uniform float slots;
        uniform float perSlot;
        varying float vAlpha;
        void main() {
          float slot = floor(float(gl_VertexID) / perSlot);
          float age = mod(head - 1.0 - slot + 2.0 * slots, slots);
          vAlpha = pow(1.0 - age / slots, 1.5);
          gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
        }`,
      fragmentShader: /* glsl */ `
        varying float vAlpha;
        void main() { gl_FragColor = vec4(1.0, 0.97, 0.85, 0.75 * vAlpha); }`,
    });
    const lines = new LineSegments(geometry, material);
    lines.frustumCulled = false;
    lines.name = 'trails';
    return { trail, lines };
  }, [n]);
  useEffect(
    () => () => {
      lines.geometry.dispose();
      (lines.material as ShaderMaterial).dispose();
    },
    [lines],
  );
  const lastSample = useRef({ t: Number.NaN, jumps: -1 });

  useFrame(() => {
    const { layers, speed } = useUiStore.getState();
    lines.visible = layers.trails;
    if (!layers.trails || displayTraffic.count !== n) return;
    const last = lastSample.current;
    const attribute = lines.geometry.getAttribute('position') as BufferAttribute;
    if (last.jumps !== replayClock.jumps || replayClock.t < last.t) {
      trail.reset();
      attribute.clearUpdateRanges();
      attribute.needsUpdate = true;
      last.jumps = replayClock.jumps;
      last.t = Number.NaN;
    }
    if (!Number.isNaN(last.t) && replayClock.t - last.t < trailInterval(speed)) return;
    last.t = replayClock.t;
    const slot = trail.sample(displayTraffic.positions, displayTraffic.airborne);
    attribute.clearUpdateRanges();
    attribute.addUpdateRange(slot * n * 6, n * 6);
    attribute.needsUpdate = true;
    (lines.material as ShaderMaterial).uniforms.head.value = trail.head;
  }, -3);

  return <primitive object={lines} />;
}
