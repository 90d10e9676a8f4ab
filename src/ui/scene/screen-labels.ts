// DOM labels pinned to 3D points: created on demand, moved every frame with a transform, decluttered, hidden when unused.
import { type Camera, Vector3 } from 'three';

interface Label {
  el: HTMLDivElement;
  text: string;
  used: boolean;
}

const scratch = new Vector3();
/** Approximate label box (CSS px) for overlap tests: characters are about 6.2 px wide at 11 px. */
const CHAR_PX = 6.2;
const LABEL_H = 17;

export class ScreenLabels {
  private container: HTMLElement | null = null;
  private readonly labels = new Map<string, Label>();
  /** Boxes placed this frame: x0, y0, x1, y1 each. */
  private readonly boxes: number[] = [];

  attach(container: HTMLElement | null): void {
    for (const l of this.labels.values()) l.el.remove();
    this.labels.clear();
    this.container = container;
  }

  beginFrame(): void {
    for (const l of this.labels.values()) l.used = false;
    this.boxes.length = 0;
  }

  /**
   * Shows `text` at the three.js point (x, y, z); returns false when the point is off screen or, with `declutter`,
   * when the label would overlap one placed earlier this frame (place the important ones first).
   */
  place(
    key: string,
    text: string,
    className: string,
    x: number,
    y: number,
    z: number,
    camera: Camera,
    width: number,
    height: number,
    declutter = false,
  ): boolean {
    if (!this.container) return false;
    scratch.set(x, y, z).project(camera);
    if (scratch.z > 1 || scratch.x < -1.1 || scratch.x > 1.1 || scratch.y < -1.1 || scratch.y > 1.1) return false;
    const sx = ((scratch.x + 1) / 2) * width;
    const sy = ((1 - scratch.y) / 2) * height;
    const x0 = sx + 6;
    const y0 = sy - 22;
    const x1 = x0 + text.length * CHAR_PX + 10;
    const y1 = y0 + LABEL_H;
    const b = this.boxes;
    if (declutter)
      for (let k = 0; k < b.length; k += 4)
        if (x0 < b[k + 2] && b[k] < x1 && y0 < b[k + 3] && b[k + 1] < y1) return false;
    b.push(x0, y0, x1, y1);
    let label = this.labels.get(key);
    if (!label) {
      const el = document.createElement('div');
      el.className = className;
      this.container.append(el);
      label = { el, text: '', used: false };
      this.labels.set(key, label);
    }
    if (label.text !== text) {
      label.text = text;
      label.el.textContent = text;
    }
    if (label.el.className !== className) label.el.className = className;
    label.used = true;
    label.el.style.transform = `translate(${sx}px, ${sy}px)`;
    label.el.style.display = '';
    return true;
  }

  endFrame(): void {
    for (const l of this.labels.values()) if (!l.used && l.el.style.display !== 'none') l.el.style.display = 'none';
  }
}

export const screenLabels = new ScreenLabels();
