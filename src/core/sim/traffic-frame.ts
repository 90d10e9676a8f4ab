// The traffic state as struct-of-arrays: what the engine steps, detection reads and the viewer draws.

/**
 * One instant of all flights of a scenario (active or not). Index i is the flight's index in the compiled scenario;
 * ids are kept once, outside the per-tick buffers. Positions are in the local frame: x east, y north (m),
 * z altitude AMSL (m); velocities are ground velocities (m/s).
 */
export interface TrafficFrame {
  t: number; // seconds since scenario start
  count: number;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
  vz: Float64Array;
  /** Phase code per flight (see phases.ts). */
  phase: Uint8Array;
  /** Index into the compiled scenario's aircraft classes. */
  classIndex: Uint8Array;
  /** Remaining energy as a fraction of capacity, 0..1. */
  energy: Float32Array;
  /** Air heading in radians clockwise from north. */
  heading: Float32Array;
}

/** Zeroed positions and velocities of `count` aircraft (shared by the frame and the detector's input). */
export function createKinematics(count: number): Pick<TrafficFrame, 'x' | 'y' | 'z' | 'vx' | 'vy' | 'vz'> {
  return {
    x: new Float64Array(count),
    y: new Float64Array(count),
    z: new Float64Array(count),
    vx: new Float64Array(count),
    vy: new Float64Array(count),
    vz: new Float64Array(count),
  };
}

export function createTrafficFrame(count: number): TrafficFrame {
  return {
    t: 0,
    count,
    ...createKinematics(count),
    phase: new Uint8Array(count),
    classIndex: new Uint8Array(count),
    energy: new Float32Array(count),
    heading: new Float32Array(count),
  };
}

/** A deep copy, for snapshots and for posting to another thread. */
export function cloneTrafficFrame(f: TrafficFrame): TrafficFrame {
  return {
    t: f.t,
    count: f.count,
    x: f.x.slice(),
    y: f.y.slice(),
    z: f.z.slice(),
    vx: f.vx.slice(),
    vy: f.vy.slice(),
    vz: f.vz.slice(),
    phase: f.phase.slice(),
    classIndex: f.classIndex.slice(),
    energy: f.energy.slice(),
    heading: f.heading.slice(),
  };
}

/** Copies every field of src into dst (same count). */
export function copyTrafficFrame(src: TrafficFrame, dst: TrafficFrame): void {
  dst.t = src.t;
  dst.x.set(src.x);
  dst.y.set(src.y);
  dst.z.set(src.z);
  dst.vx.set(src.vx);
  dst.vy.set(src.vy);
  dst.vz.set(src.vz);
  dst.phase.set(src.phase);
  dst.classIndex.set(src.classIndex);
  dst.energy.set(src.energy);
  dst.heading.set(src.heading);
}
