// Converts between local volumes and F3548 Volume4D (lat/lng vertices, W84 altitudes, RFC 3339 times).

import type { Footprint } from '../airspace/footprint';
import type { LocalFrame } from '../geo';
import type { Altitude, Time, Volume4D } from './f3548-types';
import { type LocalVolume, localVolume } from './local-volume';

export interface VolumeConversion {
  frame: LocalFrame;
  /** Epoch milliseconds of scenario time 0. */
  epoch0_ms: number;
  /**
   * W84 (ellipsoid) height minus AMSL height in metres (the geoid undulation). Skylane altitudes are AMSL; the default
   * 0 treats them as W84 — set it when exchanging intents with a real USS.
   */
  geoid_undulation_m?: number;
}

/** Decimal places kept for degrees: 1e-8° is about 1 mm, finer than F3548's 1 cm intersection precision. */
const DEGREE_DECIMALS = 8;
const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

export function scenarioTimeToF3548(t: number, epoch0Ms: number): Time {
  return { value: new Date(Math.round(epoch0Ms + t * 1000)).toISOString(), format: 'RFC3339' };
}

function altitude(zAmsl: number, undulation: number): Altitude {
  return { value: round(zAmsl + undulation, 2), reference: 'W84', units: 'M' };
}

/** A local volume as an F3548 Volume4D (circle radius rounded up to the centimetre, so it never shrinks). */
export function toVolume4D(v: LocalVolume, c: VolumeConversion): Volume4D {
  const n = c.geoid_undulation_m ?? 0;
  const f = v.footprint;
  const volume: Volume4D['volume'] = {};
  if (f.kind === 'circle') {
    const g = c.frame.toGeo(f.cx, f.cy);
    volume.outline_circle = {
      center: { lat: round(g.lat, DEGREE_DECIMALS), lng: round(g.lon, DEGREE_DECIMALS) },
      radius: { value: Math.ceil(f.r * 100) / 100, units: 'M' },
    };
  } else {
    const ring = f.rings[0];
    const vertices = [];
    for (let i = 0; i < ring.length; i += 2) {
      const g = c.frame.toGeo(ring[i], ring[i + 1]);
      vertices.push({ lat: round(g.lat, DEGREE_DECIMALS), lng: round(g.lon, DEGREE_DECIMALS) });
    }
    volume.outline_polygon = { vertices };
  }
  volume.altitude_lower = altitude(v.z0, n);
  volume.altitude_upper = altitude(v.z1, n);
  return {
    volume,
    time_start: scenarioTimeToF3548(v.t0, c.epoch0_ms),
    time_end: scenarioTimeToF3548(v.t1, c.epoch0_ms),
  };
}

/**
 * An F3548 Volume4D in the local frame. Assumes a validated volume (see validateVolume4D): exactly one outline,
 * both altitudes and both times present.
 */
export function fromVolume4D(v: Volume4D, c: VolumeConversion): LocalVolume {
  const n = c.geoid_undulation_m ?? 0;
  const { outline_circle: circle, outline_polygon: polygon } = v.volume;
  let footprint: Footprint;
  if (circle) {
    const p = c.frame.toLocal(circle.center.lat, circle.center.lng);
    footprint = { kind: 'circle', cx: p.x, cy: p.y, r: circle.radius.value };
  } else {
    const vertices = polygon?.vertices ?? [];
    const ring = new Float64Array(vertices.length * 2);
    vertices.forEach((q, i) => {
      const p = c.frame.toLocal(q.lat, q.lng);
      ring[2 * i] = p.x;
      ring[2 * i + 1] = p.y;
    });
    footprint = { kind: 'polygon', rings: [ring] };
  }
  const t = (time: Time | undefined) => (Date.parse(time?.value ?? '') - c.epoch0_ms) / 1000;
  return localVolume(
    footprint,
    (v.volume.altitude_lower?.value ?? Number.NaN) - n,
    (v.volume.altitude_upper?.value ?? Number.NaN) - n,
    t(v.time_start),
    t(v.time_end),
  );
}
