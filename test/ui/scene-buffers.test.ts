import { Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, test } from 'vitest';
import { buildTerrainMesh } from '../../src/session/world-mesh/terrain-mesh';
import { routeBuffers } from '../../src/ui/scene/route-lines';
import { nearestOnScreen } from '../../src/ui/scene/screen-picking';
import { TrailBuffer, trailInterval, trailSlots } from '../../src/ui/scene/trail-buffer';
import { drawnSpan, metresPerPixel } from '../../src/ui/scene/visible-scale';
import { atmosphereLook, raindropCount } from '../../src/ui/scene/weather-look';

describe('trail buffer', () => {
  test('writes one segment per aircraft per sample, from the previous sample, and ages slots', () => {
    const trail = new TrailBuffer(2, 3);
    const airborne = Uint8Array.from([1, 0]);
    trail.sample(Float32Array.from([0, 0, 0, 9, 9, 9]), airborne);
    const slot = trail.sample(Float32Array.from([1, 2, 3, 9, 9, 9]), airborne);
    expect(slot).toBe(1);
    // slot-major layout: slot 1 starts at 1 × 2 aircraft × 6 floats
    expect([...trail.positions.slice(12, 18)]).toEqual([0, 0, 0, 1, 2, 3]);
    // the grounded aircraft gets a zero-length segment
    expect([...trail.positions.slice(18, 24)]).toEqual([9, 9, 9, 9, 9, 9]);
    expect(trail.ageOf(1)).toBe(0);
    expect(trail.ageOf(0)).toBe(1);
    trail.reset();
    expect(trail.positions.every((v) => v === 0)).toBe(true);
  });
  test('slot count keeps the segment budget; interval grows with speed', () => {
    expect(trailSlots(100)).toBe(24);
    expect(trailSlots(10_000)).toBe(6);
    expect(trailSlots(1_000_000)).toBe(4);
    expect(trailInterval(1)).toBe(2);
    expect(trailInterval(1000)).toBe(30);
  });
});

describe('screen picking', () => {
  test('finds the nearest projected airborne aircraft within the radius', () => {
    const camera = new PerspectiveCamera(45, 2, 1, 10_000);
    camera.position.set(0, 0, 100);
    camera.lookAt(new Vector3(0, 0, 0));
    camera.updateMatrixWorld();
    const vp = new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    const positions = Float32Array.from([0, 0, 0, 10, 0, 0, -10, 0, 0]);
    const airborne = Uint8Array.from([0, 1, 1]);
    // centre of an 800×400 view: aircraft 0 is there but grounded; aircraft 1 is to the right
    const right = nearestOnScreen(positions, airborne, 3, vp.elements, 800, 400, 470, 200, 60);
    expect(right).toBe(1);
    expect(nearestOnScreen(positions, airborne, 3, vp.elements, 800, 400, 400, 200, 5)).toBe(-1);
  });
});

describe('sizes and weather looks', () => {
  test('visible scale keeps aircraft a few pixels wide but never below true size', () => {
    const mpp = metresPerPixel(1000, 45, 800);
    expect(mpp).toBeCloseTo(1.0355, 3);
    expect(drawnSpan(1.2, mpp, false)).toBe(1.2);
    expect(drawnSpan(1.2, mpp, true)).toBeGreaterThan(10);
    expect(drawnSpan(5.7, mpp, true)).toBeGreaterThan(drawnSpan(1.2, mpp, true));
    expect(drawnSpan(50, 0.001, true)).toBe(50);
  });
  test('fog closes in with low visibility; rain adds drops', () => {
    expect(atmosphereLook(800, 0).fogFar).toBeCloseTo(880);
    expect(atmosphereLook(20_000, 0).fogFar).toBe(60_000);
    expect(raindropCount(0, 6000)).toBe(0);
    expect(raindropCount(30, 6000)).toBeGreaterThan(raindropCount(5, 6000));
    expect(raindropCount(1000, 6000)).toBe(6000);
  });
});

describe('route lines', () => {
  test('path segments at altitude and drop lines from route points only', () => {
    // one flight: pad (0,0,5) → climb (0,0,100) → point (100,0,100 over ground 20) → above pad → pad (200,0,5)
    const routes = {
      offsets: Uint32Array.from([0, 5]),
      points: Float32Array.from([0, 0, 5, 5, 0, 0, 100, 5, 100, 0, 100, 20, 200, 0, 100, 5, 200, 0, 5, 5]),
    };
    const b = routeBuffers(routes, [0], () => [1, 0, 0]);
    expect(b.path.length).toBe(4 * 6);
    expect([...b.path.slice(0, 6)]).toEqual([0, 5, -0, 0, 100, -0]);
    expect([...b.drops]).toEqual([100, 100, -0, 100, 20, -0]);
    expect(b.pathColours.length).toBe(b.path.length);
  });
});

describe('terrain mesh', () => {
  test('keeps cells touching land, with upward normals and sea nodes sunk just below 0', () => {
    const cols = 4;
    const rows = 3;
    // land only at node (1, 1)
    const values = Float64Array.from({ length: cols * rows }, (_, k) => (k === 5 ? 50 : -30));
    const mesh = buildTerrainMesh({ cols, rows, values, nodeLocal: (i, j) => ({ x: i * 100, y: j * 100 }) }, 1);
    expect(mesh.indices.length).toBe(4 * 6);
    expect(mesh.positions.length / 3).toBe(9);
    const ys = [];
    for (let k = 1; k < mesh.positions.length; k += 3) ys.push(mesh.positions[k]);
    expect(Math.max(...ys)).toBe(50);
    expect(Math.min(...ys)).toBe(-8);
    for (let k = 1; k < mesh.normals.length; k += 3) expect(mesh.normals[k]).toBeGreaterThan(0);
  });
});
