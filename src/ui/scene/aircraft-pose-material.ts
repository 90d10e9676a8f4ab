// Materials whose vertex shader places each instance from a compact pose (x, y, z, heading) and tint, instead of a
// 4×4 matrix: 20 bytes an instance to upload per frame instead of 76 (aircraft, and the rings around alerted ones).
import { DoubleSide, type Material, MeshBasicMaterial, MeshLambertMaterial } from 'three';
import { VISIBLE_SPAN_PX } from './visible-scale';

/** Largest class span the tint's alpha byte can carry (size = alpha × this), metres. */
export const MAX_ENCODED_SPAN_M = 8;

export interface PoseMaterial {
  material: Material;
  /** Set every frame: metres per pixel at the orbit target, and whether aircraft are drawn at a visible size. */
  setScale(metresPerPixel: number, visible: boolean): void;
}

/**
 * Per instance: `aPose` = three.js x, y, z and the heading (radians clockwise from north); `aTint` = linear RGB and
 * the class span / MAX_ENCODED_SPAN_M, as normalised bytes. The span drawn follows drawnSpan() in visible-scale.ts,
 * times `spanFactor`. `lit`: Lambert shading (aircraft) or flat colour (markers).
 */
export function createPoseMaterial(options: { lit: boolean; spanFactor?: number }): PoseMaterial {
  const params = { color: '#ffffff', side: DoubleSide, vertexColors: true } as const;
  const material = options.lit ? new MeshLambertMaterial(params) : new MeshBasicMaterial(params);
  const uniforms = { uMinSpan: { value: 0 }, uSpanFactor: { value: options.spanFactor ?? 1 } };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
        attribute vec4 aPose;
        attribute vec4 aTint;
        uniform float uMinSpan;
        uniform float uSpanFactor;
        vec3 poseTurn(vec3 v) {
          float c = cos(aPose.w);
          float s = sin(aPose.w);
          return vec3(c * v.x - s * v.z, v.y, s * v.x + c * v.z);
        }`,
      )
      .replace('#include <beginnormal_vertex>', 'vec3 objectNormal = poseTurn(normal);')
      .replace(
        '#include <begin_vertex>',
        `float classSpan = aTint.a * ${MAX_ENCODED_SPAN_M.toFixed(1)};
        float span = max(classSpan, uMinSpan * clamp(sqrt(classSpan / 1.5), 0.8, 1.6)) * uSpanFactor;
        vec3 transformed = poseTurn(position) * span + aPose.xyz;`,
      )
      .replace('#include <color_vertex>', 'vColor = vec4(aTint.rgb, 1.0);');
  };
  material.customProgramCacheKey = () => `skylane-pose-${options.lit ? 'lit' : 'flat'}`;
  return {
    material,
    setScale(metresPerPixel, visible) {
      uniforms.uMinSpan.value = visible ? VISIBLE_SPAN_PX * metresPerPixel : 0;
    },
  };
}
