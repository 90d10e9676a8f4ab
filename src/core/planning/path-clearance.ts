// Terrain, building and CAD-height checks of a planned path, and the altitude shifts that would clear them.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { cadLimitM } from '../airspace/height-rules';
import type { OperatingRules } from '../scenario/compiled';
import type { FindingPlace, RouteReason } from '../strategic/approval-reasons';
import type { FlightSchedule } from '../strategic/flight-schedule';
import { pointInRing } from '../world/point-in-ring';
import type { LocalBuilding, World } from '../world/world';
import { legAltitudeAt, walkPlannedPath } from './planned-path';

/** Ground samples along each leg, metres: half the terrain grid's ~50 m spacing. */
export const TERRAIN_SAMPLE_M = 25;

/**
 * The uniform cruise-altitude shifts (m, up positive) that clear the ground, roofs, the CAD limit and the ceiling:
 * every shift in [min_shift_m, max_shift_m]; 0 inside it means the path already clears.
 */
export interface AltitudeBand {
  min_shift_m: number;
  max_shift_m: number;
}

export interface ClearanceResult {
  findings: RouteReason[];
  /** The shifts that would clear every height check, or null when none does. */
  band: AltitudeBand | null;
}

export interface ClearanceLimits {
  rules: OperatingRules;
  advanced: boolean;
  /** The highest altitude a flight may plan, m AMSL. */
  ceiling_m: number;
}

/**
 * The parts [u0, u1] (fractions of the segment a → b) that lie inside a building's footprint: the segment is cut at
 * every crossing of the footprint's edges and each piece's midpoint is tested.
 */
export function segmentInsideRing(ring: ArrayLike<number>, ax: number, ay: number, bx: number, by: number): number[] {
  const cuts = [0, 1];
  const n = ring.length >> 1;
  const dx = bx - ax;
  const dy = by - ay;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const ex = ring[2 * i] - ring[2 * j];
    const ey = ring[2 * i + 1] - ring[2 * j + 1];
    const den = dx * ey - dy * ex;
    if (Math.abs(den) < 1e-12) continue;
    const wx = ring[2 * j] - ax;
    const wy = ring[2 * j + 1] - ay;
    const u = (wx * ey - wy * ex) / den;
    const v = (wx * dy - wy * dx) / den;
    if (u > 0 && u < 1 && v >= 0 && v <= 1) cuts.push(u);
  }
  cuts.sort((p, q) => p - q);
  const inside: number[] = [];
  for (let k = 1; k < cuts.length; k++) {
    const m = (cuts[k - 1] + cuts[k]) / 2;
    if (cuts[k] - cuts[k - 1] > 1e-12 && pointInRing(ring, ax + dx * m, ay + dy * m)) inside.push(cuts[k - 1], cuts[k]);
  }
  return inside;
}

/**
 * Checks every horizontal leg of the schedule: the ground (sampled every TERRAIN_SAMPLE_M) and every roof the leg
 * passes over (exactly, from the footprint) must be at least the class's minimum clearance below the planned
 * altitude, and the height above ground must stay within the Cap 448G limit of the class's category unless the flight
 * is an Advanced operation. One finding per kind, at its worst place. The take-off and landing columns over the
 * pads are not checked (they start and end on the ground by design).
 */
export function checkPathClearance(
  schedule: FlightSchedule,
  cls: AircraftClass,
  world: Pick<World, 'groundHeightLocal' | 'buildingsInBox'>,
  limits: ClearanceLimits,
): ClearanceResult {
  const clearance = cls.min_clearance_m;
  const cad = cadLimitM(limits.rules, cls, limits.advanced);
  let needUp = Number.NEGATIVE_INFINITY;
  let allowedUp = Number.POSITIVE_INFINITY;
  let terrain: { margin: number; at: FindingPlace; ground: number } | null = null;
  let cadWorst: { over: number; at: FindingPlace; agl: number } | null = null;
  walkPlannedPath(schedule, cls, TERRAIN_SAMPLE_M, (p) => {
    const ground = world.groundHeightLocal(p.x, p.y);
    const margin = p.z - ground - clearance;
    needUp = Math.max(needUp, -margin);
    allowedUp = Math.min(allowedUp, ground + cad - p.z, limits.ceiling_m - p.z);
    const place = () => ({ leg: p.leg, x: p.x, y: p.y, z: p.z, t: p.t });
    if (margin < 0 && (!terrain || margin < terrain.margin)) terrain = { margin, at: place(), ground };
    const over = p.z - ground - cad;
    if (over > 0 && (!cadWorst || over > cadWorst.over)) cadWorst = { over, at: place(), agl: p.z - ground };
  });
  let roof: { margin: number; at: FindingPlace; building: LocalBuilding } | null = null;
  const pts = schedule.points;
  for (let k = 1; k < pts.length - 2; k++) {
    const a = pts[k];
    const b = pts[k + 1];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    const near = world.buildingsInBox(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
    for (const building of near) {
      const inside = segmentInsideRing(building.ring, a.x, a.y, b.x, b.y);
      for (const u of inside) {
        // The altitude along a leg is monotonic, so its lowest over a piece is at one of the piece's ends.
        const z = legAltitudeAt(schedule, cls, k, u * len);
        const margin = z - building.top_m - clearance;
        needUp = Math.max(needUp, -margin);
        if (margin < 0 && (!roof || margin < roof.margin)) {
          const t = a.nominal + (b.nominal - a.nominal) * u;
          roof = { margin, building, at: { leg: k, x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u, z, t } };
        }
      }
    }
  }
  const findings: RouteReason[] = [];
  const t = terrain as { margin: number; at: FindingPlace; ground: number } | null;
  if (t) {
    findings.push({
      kind: 'terrain',
      at: t.at,
      message: `leg ${t.at.leg} is ${fmt(-t.margin)} m too low over the ground (ground ${fmt(t.ground)} m AMSL, planned ${fmt(t.at.z)} m AMSL, minimum clearance ${fmt(clearance)} m)`,
    });
  }
  const r = roof as { margin: number; at: FindingPlace; building: LocalBuilding } | null;
  if (r) {
    findings.push({
      kind: 'obstacle',
      at: r.at,
      message: `leg ${r.at.leg} passes ${fmt(-r.margin)} m too low over ${r.building.name} (roof ${fmt(r.building.top_m)} m AMSL, planned ${fmt(r.at.z)} m AMSL, minimum clearance ${fmt(clearance)} m)`,
    });
  }
  const c = cadWorst as { over: number; at: FindingPlace; agl: number } | null;
  if (c) {
    findings.push({
      kind: 'cad-height',
      at: c.at,
      message: `leg ${c.at.leg} reaches ${fmt(c.agl)} m above ground, over the ${fmt(cad)} m limit of category ${cls.cad_category} (not an Advanced operation)`,
    });
  }
  return { findings, band: needUp <= allowedUp ? { min_shift_m: needUp, max_shift_m: allowedUp } : null };
}

function fmt(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}
