// An instanced mesh fed by pose and tint attributes (see aircraft-pose-material.ts), filled from the front each frame.
import {
  type BufferGeometry,
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  type Material,
  Mesh,
} from 'three';
import { MAX_ENCODED_SPAN_M } from './aircraft-pose-material';
import { uploadFirst } from './buffer-updates';

export const tintByte = (v: number): number => Math.max(0, Math.min(255, Math.round(v * 255)));

/** Linear RGB bytes of a CSS colour. */
export function rgbBytes(css: string): number[] {
  const c = new Color(css);
  return [tintByte(c.r), tintByte(c.g), tintByte(c.b)];
}

/** The alpha byte that carries a class span. */
export const spanByte = (span_m: number): number => tintByte(span_m / MAX_ENCODED_SPAN_M);

export class PoseInstances {
  readonly mesh: Mesh<InstancedBufferGeometry>;
  readonly pose: Float32Array;
  readonly tint: Uint8Array;
  private readonly poseAttr: InstancedBufferAttribute;
  private readonly tintAttr: InstancedBufferAttribute;
  count = 0;

  constructor(shape: BufferGeometry, material: Material, capacity: number, name: string) {
    const n = Math.max(1, capacity);
    const geometry = new InstancedBufferGeometry().copy(shape as InstancedBufferGeometry);
    this.poseAttr = new InstancedBufferAttribute(new Float32Array(n * 4), 4).setUsage(DynamicDrawUsage);
    this.tintAttr = new InstancedBufferAttribute(new Uint8Array(n * 4), 4, true).setUsage(DynamicDrawUsage);
    geometry.setAttribute('aPose', this.poseAttr);
    geometry.setAttribute('aTint', this.tintAttr);
    geometry.instanceCount = 0;
    this.pose = this.poseAttr.array as Float32Array;
    this.tint = this.tintAttr.array as Uint8Array;
    this.mesh = new Mesh(geometry, material);
    this.mesh.frustumCulled = false;
    this.mesh.name = name;
  }

  /** Appends one instance: three.js position, heading, RGB bytes and the span byte. */
  push(x: number, y: number, z: number, heading: number, rgb: readonly number[], span: number): void {
    const o = this.count * 4;
    this.pose[o] = x;
    this.pose[o + 1] = y;
    this.pose[o + 2] = z;
    this.pose[o + 3] = heading;
    this.tint[o] = rgb[0];
    this.tint[o + 1] = rgb[1];
    this.tint[o + 2] = rgb[2];
    this.tint[o + 3] = span;
    this.count++;
  }

  /** Starts a new fill. */
  clear(): void {
    this.count = 0;
  }

  /** Draws the instances pushed since clear() and uploads only them. */
  commit(): void {
    this.mesh.geometry.instanceCount = this.count;
    uploadFirst(this.poseAttr, this.count);
    uploadFirst(this.tintAttr, this.count);
  }

  dispose(): void {
    this.mesh.geometry.dispose();
  }
}
