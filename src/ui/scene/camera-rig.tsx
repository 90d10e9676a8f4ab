// Orbit / pan / zoom controls, animated flights to preset views and events, and following the selected aircraft.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { WorldGeometry } from '../../session/sim-protocol';
import { useUiStore } from '../state/ui-store';
import { cameraView } from './camera-presets';
import { displayTraffic } from './display-traffic';
import { orbitView } from './orbit-target';
import { metresPerPixel } from './visible-scale';

const FLIGHT_S = 1.2;
/** Distance from which an event is shown when the list jumps to it. */
const EVENT_VIEW_DISTANCE_M = 700;

interface CameraFlight {
  fromEye: Vector3;
  fromTarget: Vector3;
  toEye: Vector3;
  toTarget: Vector3;
  /** Wall-clock start (ms): the flight takes FLIGHT_S however slowly frames are drawn. */
  started: number;
}

const ease = (f: number) => (f < 0.5 ? 2 * f * f : 1 - (-2 * f + 2) ** 2 / 2);
const toScene = (p: { x: number; y: number; z: number }) => new Vector3(p.x, p.z, -p.y);

export function CameraRig({ world }: { world: WorldGeometry }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const flight = useRef<CameraFlight | null>(null);
  const shift = useRef(new Vector3());

  const controls = useMemo(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.enableDamping = true;
    c.dampingFactor = 0.12;
    c.zoomToCursor = true;
    c.maxPolarAngle = Math.PI * 0.48;
    c.minDistance = 15;
    c.maxDistance = 70_000;
    return c;
  }, [camera, gl]);

  useEffect(() => {
    const onChange = () => invalidate();
    const onStart = () => (flight.current = null);
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onStart);
    const view = cameraView('waterfront', world.pads, world.bounds);
    camera.position.copy(toScene(view.eye));
    controls.target.copy(toScene(view.target));
    controls.update();
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onStart);
      controls.dispose();
    };
  }, [controls, camera, world, invalidate]);

  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        const r = s.cameraRequest;
        if (!r || r === prev.cameraRequest) return;
        let toEye: Vector3;
        let toTarget: Vector3;
        if (r.kind === 'preset') {
          const view = cameraView(r.preset, world.pads, world.bounds);
          toEye = toScene(view.eye);
          toTarget = toScene(view.target);
        } else {
          toTarget = toScene(r);
          const dir = camera.position.clone().sub(controls.target).normalize();
          if (dir.y < 0.3) dir.setY(0.3).normalize();
          toEye = toTarget.clone().addScaledVector(dir, EVENT_VIEW_DISTANCE_M);
        }
        flight.current = {
          fromEye: camera.position.clone(),
          fromTarget: controls.target.clone(),
          toEye,
          toTarget,
          started: performance.now(),
        };
        invalidate();
      }),
    [camera, controls, world, invalidate],
  );

  useFrame((_, delta) => {
    const f = flight.current;
    if (f) {
      const k = ease(Math.min(1, (performance.now() - f.started) / (FLIGHT_S * 1000)));
      camera.position.lerpVectors(f.fromEye, f.toEye, k);
      controls.target.lerpVectors(f.fromTarget, f.toTarget, k);
      if (k >= 1) flight.current = null;
      invalidate();
    }
    const { follow, selected } = useUiStore.getState();
    if (follow && selected >= 0 && displayTraffic.airborne[selected]) {
      // Move the orbit (or the flight's destination) with the aircraft, keeping the viewing offset.
      const p = displayTraffic.positions;
      const d = shift.current.set(p[3 * selected], p[3 * selected + 1], p[3 * selected + 2]);
      if (f) {
        d.sub(f.toTarget);
        f.toTarget.add(d);
        f.toEye.add(d);
      } else {
        d.sub(controls.target);
        controls.target.add(d);
        camera.position.add(d);
      }
    }
    controls.update(delta);
    const distance = camera.position.distanceTo(controls.target);
    const near = Math.min(50, Math.max(0.5, distance * 0.01));
    if (Math.abs(near - camera.near) > 0.1 * camera.near) {
      camera.near = near;
      camera.updateProjectionMatrix();
    }
    orbitView.target.copy(controls.target);
    orbitView.distance = distance;
    orbitView.metresPerPixel = metresPerPixel(distance, camera.fov, size.height);
  }, -8);

  return null;
}
