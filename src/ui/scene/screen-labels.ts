// DOM labels pinned to 3D points: created on demand, moved every frame with a transform, hidden when unused.
import { type Camera, Vector3 } from 'three';

interface Label {
  el: HTMLDivElement;
  text: string;
  used: boolean;
}

const scratch = new Vector3();

export class ScreenLabels {
  private container: HTMLElement | null = null;
  private readonly labels = new Map<string, Label>();

  attach(container: HTMLElement | null): void {
    for (const l of this.labels.values()) l.el.remove();
    this.labels.clear();
    this.container = container;
  }

  beginFrame(): void {
    for (const l of this.labels.values()) l.used = false;
  }

  /** Shows `text` at the three.js point (x, y, z); returns false when the point is off screen. */
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
  ): boolean {
    if (!this.container) return false;
    scratch.set(x, y, z).project(camera);
    if (scratch.z > 1 || scratch.x < -1.1 || scratch.x > 1.1 || scratch.y < -1.1 || scratch.y > 1.1) return false;
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
    label.el.style.transform = `translate(${((scratch.x + 1) / 2) * width}px, ${((1 - scratch.y) / 2) * height}px)`;
    label.el.style.display = '';
    return true;
  }

  endFrame(): void {
    for (const l of this.labels.values()) if (!l.used && l.el.style.display !== 'none') l.el.style.display = 'none';
  }
}

export const screenLabels = new ScreenLabels();
