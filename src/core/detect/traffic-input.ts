// The detector's input: positions, velocities, an active mask and per-aircraft protected zones as flat typed arrays.
import { createKinematics, type TrafficFrame } from '../sim/traffic-frame';

/**
 * One instant of traffic for detection. Index i is the flight index. Per-aircraft zones: a pair uses the larger radius,
 * the larger half-height, the larger look-ahead and the larger NMAC distances of its two aircraft.
 */
export interface DetectInput extends Pick<TrafficFrame, 'count' | 'x' | 'y' | 'z' | 'vx' | 'vy' | 'vz'> {
  /** 1 when the aircraft takes part (airborne), 0 when not. */
  active: Uint8Array;
  radius: Float64Array;
  halfHeight: Float64Array;
  lookahead: Float64Array;
  nmacRadius: Float64Array;
  nmacHalfHeight: Float64Array;
}

export const INPUT_ARRAYS = [
  'x',
  'y',
  'z',
  'vx',
  'vy',
  'vz',
  'radius',
  'halfHeight',
  'lookahead',
  'nmacRadius',
  'nmacHalfHeight',
] as const;

export type InputArrayName = (typeof INPUT_ARRAYS)[number];

/** An input of `count` aircraft, all active, all zones zero (fill them). */
export function createDetectInput(count: number): DetectInput {
  return {
    count,
    ...createKinematics(count),
    active: new Uint8Array(count).fill(1),
    radius: new Float64Array(count),
    halfHeight: new Float64Array(count),
    lookahead: new Float64Array(count),
    nmacRadius: new Float64Array(count),
    nmacHalfHeight: new Float64Array(count),
  };
}

/** The protected zone of one aircraft (or of one class). */
export interface ProtectedZone {
  radius_m: number;
  half_height_m: number;
  lookahead_s: number;
  nmac_radius_m: number;
  nmac_half_height_m: number;
}

/** Writes one aircraft's zone into the input. */
export function setZone(input: DetectInput, i: number, zone: ProtectedZone): void {
  input.radius[i] = zone.radius_m;
  input.halfHeight[i] = zone.half_height_m;
  input.lookahead[i] = zone.lookahead_s;
  input.nmacRadius[i] = zone.nmac_radius_m;
  input.nmacHalfHeight[i] = zone.nmac_half_height_m;
}
