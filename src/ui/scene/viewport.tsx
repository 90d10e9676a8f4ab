// The 3D viewport: an R3F canvas rendering on demand, with the world, the scenario's layers and the traffic.
import { Canvas } from '@react-three/fiber';
import { useUiStore } from '../state/ui-store';
import { AircraftInstances } from './aircraft-instances';
import { AlertsLayer } from './alerts-layer';
import { Atmosphere } from './atmosphere';
import { BuildingsLayer } from './buildings-layer';
import { CameraRig } from './camera-rig';
import { GeozonesLayer } from './geozones-layer';
import { SelectedIntentVolumes } from './intent-volumes-layer';
import { LabelsLayer } from './labels-layer';
import { PadsLayer } from './pads-layer';
import { PointerPicking } from './pointer-picking';
import { RainLayer } from './rain-layer';
import { RenderPass } from './render-pass';
import { isSoftwareRendering } from './rendering-profile';
import { ReplayTick } from './replay-tick';
import { RoutesLayer } from './routes-layer';
import { SeaPlane } from './sea-plane';
import { TerrainLayer } from './terrain-layer';
import { TrailsLayer } from './trails-layer';
import { WindArrowsLayer } from './wind-arrows-layer';

export function Viewport() {
  const world = useUiStore((s) => s.world);
  const scenario = useUiStore((s) => s.scenario);
  const zonesOn = useUiStore((s) => s.layers.zones);
  const software = isSoftwareRendering();
  // The canvas (WebGL context, sky and sea shaders) comes up while the worker is still building the world.
  const meta = world ? (scenario?.meta ?? null) : null;
  return (
    <Canvas
      frameloop="demand"
      dpr={software ? 1 : [1, 1.5]}
      gl={{ antialias: !software, powerPreference: 'high-performance' }}
      camera={{ fov: 45, near: 2, far: 250_000, position: [0, 1000, 1000] }}
      data-testid="viewport"
    >
      <Atmosphere />
      <SeaPlane />
      {world && (
        <>
          <TerrainLayer world={world} />
          <BuildingsLayer world={world} />
          <PadsLayer world={world} />
          <CameraRig world={world} />
          <PointerPicking />
          <LabelsLayer world={world} meta={meta} />
        </>
      )}
      {meta && (
        <group key={scenario?.generation}>
          <ReplayTick meta={meta} />
          <RoutesLayer meta={meta} />
          {zonesOn && meta.geozones.length > 0 && <GeozonesLayer zones={meta.geozones} />}
          <SelectedIntentVolumes />
          <AircraftInstances meta={meta} />
          <TrailsLayer meta={meta} />
          <AlertsLayer meta={meta} />
          <WindArrowsLayer meta={meta} />
          <RainLayer />
        </group>
      )}
      <RenderPass />
    </Canvas>
  );
}
