// Marks only the used front part of a dynamic buffer attribute for upload (not the whole preallocated buffer).
import type { BufferAttribute } from 'three';

export function uploadFirst(attribute: BufferAttribute, items: number): void {
  attribute.clearUpdateRanges();
  if (items > 0) attribute.addUpdateRange(0, items * attribute.itemSize);
  attribute.needsUpdate = true;
}

/** A key of what a layer last drew from; the layer skips its work while the key is unchanged. */
export class RedrawKey {
  private last = '';

  /** True when `key` differs from the previous call's. */
  changed(...parts: (number | string | boolean)[]): boolean {
    const key = parts.join('|');
    if (key === this.last) return false;
    this.last = key;
    return true;
  }
}
