// Hover and click on aircraft: screen-space picking on pointer events (no per-frame raycasting over 10,000 instances).
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Matrix4 } from 'three';
import { select, useUiStore } from '../state/ui-store';
import { displayTraffic } from './display-traffic';
import { nearestOnScreen } from './screen-picking';

const HOVER_PX = 14;
const CLICK_SLOP_PX = 5;

export function PointerPicking() {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const el = gl.domElement;
    const vp = new Matrix4();
    let pending: { x: number; y: number } | null = null;
    let raf = 0;
    let down: { x: number; y: number } | null = null;
    const pick = (x: number, y: number) => {
      vp.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
      const t = displayTraffic;
      return nearestOnScreen(
        t.positions,
        t.airborne,
        t.count,
        vp.elements,
        el.clientWidth,
        el.clientHeight,
        x,
        y,
        HOVER_PX,
      );
    };
    const onMove = (e: PointerEvent) => {
      pending = { x: e.offsetX, y: e.offsetY };
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        if (!pending) return;
        const hovered = pick(pending.x, pending.y);
        el.style.cursor = hovered >= 0 ? 'pointer' : '';
        if (hovered !== useUiStore.getState().hovered) useUiStore.setState({ hovered });
      });
    };
    const onDown = (e: PointerEvent) => {
      down = { x: e.offsetX, y: e.offsetY };
    };
    const onUp = (e: PointerEvent) => {
      if (!down || e.button !== 0) return;
      const moved = Math.hypot(e.offsetX - down.x, e.offsetY - down.y);
      down = null;
      if (moved > CLICK_SLOP_PX) return;
      select(pick(e.offsetX, e.offsetY));
    };
    const onLeave = () => {
      if (useUiStore.getState().hovered !== -1) useUiStore.setState({ hovered: -1 });
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(raf);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [gl, camera]);
  return null;
}
