// The last frame callback: renders the scene (R3F stops auto-rendering when a callback has a positive priority).
import { useFrame } from '@react-three/fiber';
import { viewerPerf } from '../perf/viewer-perf';
import { frameStream } from '../state/replay-controller';
import { frameTimer } from './frame-timer';

export function RenderPass() {
  useFrame(({ gl, scene, camera }) => {
    gl.render(scene, camera);
    frameTimer.end();
    if (Number.isNaN(viewerPerf.firstDrawMs) && frameStream.latest) {
      viewerPerf.firstDrawMs = performance.now();
      document.documentElement.dataset.firstDraw = String(Math.round(viewerPerf.firstDrawMs));
    }
  }, 1);
  return null;
}
