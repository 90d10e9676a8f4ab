// The camera's orbit target and distance, kept by the camera rig for layers that scale with the view.
import { Vector3 } from 'three';

export const orbitView = {
  target: new Vector3(),
  distance: 1000,
  /** Metres per pixel at the target distance. */
  metresPerPixel: 1,
};
