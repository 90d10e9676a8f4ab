// Daylight sky dome, sun and sky light, and fog following the scenario's visibility at the replay time.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BackSide, Color, Fog, type Mesh, ShaderMaterial } from 'three';
import { frameStream } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { atmosphereLook } from './weather-look';

const SKY_RADIUS_M = 100_000;

export function Atmosphere() {
  const scene = useThree((s) => s.scene);
  const fog = useMemo(() => new Fog('#c6ddf2', 9_000, 60_000), []);
  const sky = useMemo(
    () =>
      new ShaderMaterial({
        side: BackSide,
        depthWrite: false,
        fog: false,
        uniforms: { horizon: { value: new Color('#c6ddf2') }, zenith: { value: new Color('#4585db') } },
        vertexShader: /* glsl */ `
          varying vec3 vDir;
          void main() {
            vDir = normalize(position);
            gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
          }`,
        fragmentShader: /* glsl */ `
          uniform vec3 horizon;
          uniform vec3 zenith;
          varying vec3 vDir;
          void main() {
            float h = clamp(vDir.y, 0.0, 1.0);
            gl_FragColor = vec4(mix(horizon, zenith, pow(h, 0.55)), 1.0);
            #include <colorspace_fragment>
          }`,
      }),
    [],
  );
  useEffect(() => {
    scene.fog = fog;
    return () => {
      scene.fog = null;
    };
  }, [scene, fog]);

  const shown = useRef('');
  const skyMesh = useRef<Mesh>(null);
  useFrame(({ camera }) => {
    const w = frameStream.latest?.weather;
    const on = useUiStore.getState().layers.weather;
    const look = atmosphereLook(on && w ? w.visibility_m : 20_000, on && w ? w.rain_mmph : 0);
    const key = `${look.fogFar}|${look.horizon}|${look.zenith}`;
    if (key !== shown.current) {
      shown.current = key;
      fog.near = look.fogNear;
      fog.far = look.fogFar;
      fog.color.set(look.horizon);
      sky.uniforms.horizon.value.set(look.horizon);
      sky.uniforms.zenith.value.set(look.zenith);
    }
    skyMesh.current?.position.copy(camera.position);
  }, -2);

  return (
    <>
      <mesh ref={skyMesh} material={sky} renderOrder={-1} frustumCulled={false} name="sky">
        <sphereGeometry args={[SKY_RADIUS_M, 24, 12]} />
      </mesh>
      <hemisphereLight args={['#dcecff', '#5a6b4a', 1.4]} />
      <directionalLight position={[30_000, 45_000, 20_000]} intensity={2.2} color="#fff4e0" />
    </>
  );
}
