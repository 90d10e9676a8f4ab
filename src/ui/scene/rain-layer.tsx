// Rain: falling streak points around the orbit target, animated in the vertex shader; density follows the rain rate.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Points, ShaderMaterial, Vector3 } from 'three';
import { frameStream } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { orbitView } from './orbit-target';
import { raindropCount } from './weather-look';

const MAX_DROPS = 6000;

export function RainLayer() {
  const points = useMemo(() => {
    const seeds = new Float32Array(MAX_DROPS * 3);
    let s = 12345;
    const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 4294967296;
    for (let k = 0; k < seeds.length; k++) seeds[k] = rand();
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(seeds, 3));
    geometry.setDrawRange(0, 0);
    const material = new ShaderMaterial({
      transparent: true,
      depthWrite: false,
      uniforms: { time: { value: 0 }, centre: { value: new Vector3() }, extent: { value: 1500 } },
      vertexShader: /* glsl */ `
        uniform float time;
        uniform vec3 centre;
        uniform float extent;
        void main() {
          vec3 p = position;
          float height = extent * 0.5;
          vec3 world = centre + vec3((p.x - 0.5) * extent, fract(p.y - time * 0.35) * height, (p.z - 0.5) * extent);
          vec4 mv = modelViewMatrix * vec4(world, 1.0);
          gl_Position = projectionMatrix * mv;
          gl_PointSize = clamp(900.0 / -mv.z, 1.0, 3.0);
        }`,
      fragmentShader: /* glsl */ `
        void main() { gl_FragColor = vec4(0.82, 0.87, 0.95, 0.55); }`,
    });
    const p = new Points(geometry, material);
    p.frustumCulled = false;
    p.name = 'rain';
    return p;
  }, []);
  useEffect(
    () => () => {
      points.geometry.dispose();
      (points.material as ShaderMaterial).dispose();
    },
    [points],
  );
  useFrame(({ clock }) => {
    const w = frameStream.latest?.weather;
    const on = useUiStore.getState().layers.weather;
    const n = on && w ? raindropCount(w.rain_mmph, MAX_DROPS) : 0;
    points.geometry.setDrawRange(0, n);
    points.visible = n > 0;
    if (!n) return;
    const m = points.material as ShaderMaterial;
    const extent = Math.min(4000, Math.max(300, orbitView.distance * 1.2));
    m.uniforms.time.value = clock.elapsedTime;
    m.uniforms.extent.value = extent;
    m.uniforms.centre.value.set(orbitView.target.x, Math.max(0, orbitView.target.y - extent * 0.1), orbitView.target.z);
  }, -2);
  return <primitive object={points} />;
}
