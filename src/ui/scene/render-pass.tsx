// The last frame callback: renders the scene (R3F stops auto-rendering when a callback has a positive priority).
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { viewerPerf } from '../perf/viewer-perf';
import { frameStream } from '../state/replay-controller';
import { frameTimer } from './frame-timer';

export function RenderPass() {
  const renders = useRef(0);
  useFrame(({ gl, scene, camera }) => {
    frameTimer.beforeRender();
    gl.render(scene, camera);
    frameTimer.end();
    if (renders.current++ === 0) performance.mark('skylane:first-render');
    if (Number.isNaN(viewerPerf.firstDrawMs) && frameStream.latest) {
      // The world and the scenario's traffic are drawn: time since navigation start.
      viewerPerf.firstDrawMs = performance.now();
      performance.mark('skylane:first-draw');
      document.documentElement.dataset.firstDraw = String(Math.round(viewerPerf.firstDrawMs));
    }
  }, 1);
  return null;
}
