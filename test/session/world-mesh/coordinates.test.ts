import { Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, test } from 'vitest';
import { writeScenePoint, writeYawMatrix } from '../../../src/session/world-mesh/coordinates';

describe('scene coordinates', () => {
  test('local east/north/up maps to three.js x, y up, −z north', () => {
    const out = new Float32Array(3);
    writeScenePoint(out, 0, 100, 200, 50);
    expect([...out]).toEqual([100, 50, -200]);
  });

  test('writeYawMatrix equals Matrix4.compose with a −heading turn about +y', () => {
    for (const heading of [0, 0.3, Math.PI / 2, 2.5, -1]) {
      const out = new Float32Array(16);
      writeYawMatrix(out, 0, 10, 20, -30, heading, 3);
      const m = new Matrix4().compose(
        new Vector3(10, 20, -30),
        new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), -heading),
        new Vector3(3, 3, 3),
      );
      for (let k = 0; k < 16; k++) expect(out[k]).toBeCloseTo(m.elements[k], 5);
    }
  });

  test('a nose pointing north turns to the east at heading 90°', () => {
    const out = new Float32Array(16);
    writeYawMatrix(out, 0, 0, 0, 0, Math.PI / 2, 1);
    const nose = new Vector3(0, 0, -1).applyMatrix4(new Matrix4().fromArray(out));
    expect(nose.x).toBeCloseTo(1);
    expect(nose.z).toBeCloseTo(0);
  });
});
