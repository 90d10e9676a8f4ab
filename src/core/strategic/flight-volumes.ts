// Turns a flight schedule into at most max_volumes local 4D volumes: take-off column, buffered en-route pieces, landing column.

import { bufferedHull } from './buffered-hull';
import type { FlightSchedule, SchedulePoint } from './flight-schedule';
import type { IntentModelOptions } from './intent-model';
import { type LocalVolume, localVolume } from './local-volume';

/** Splits legs longer than `piece` and interpolates times and altitudes along them. */
function densify(points: readonly SchedulePoint[], piece: number): SchedulePoint[] {
  const out: SchedulePoint[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / piece - 1e-9));
    for (let k = 1; k < n; k++) {
      const f = k / n;
      out.push({
        x: a.x + (b.x - a.x) * f,
        y: a.y + (b.y - a.y) * f,
        z: a.z + (b.z - a.z) * f,
        nominal: a.nominal + (b.nominal - a.nominal) * f,
        earliest: a.earliest + (b.earliest - a.earliest) * f,
        latest: a.latest + (b.latest - a.latest) * f,
        turn_m: 0,
      });
    }
    out.push(b);
  }
  return out;
}

/** Groups consecutive points into pieces of at most `piece` metres of track (each piece shares its end points). */
function group(points: readonly SchedulePoint[], piece: number): SchedulePoint[][] {
  const groups: SchedulePoint[][] = [];
  let current: SchedulePoint[] = [points[0]];
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const d = Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    if (current.length > 1 && length + d > piece * (1 + 1e-9)) {
      groups.push(current);
      current = [points[i - 1]];
      length = 0;
    }
    current.push(points[i]);
    length += d;
  }
  groups.push(current);
  return groups;
}

function pieceVolume(pts: readonly SchedulePoint[], o: IntentModelOptions): LocalVolume {
  let zMin = Infinity;
  let zMax = -Infinity;
  let turn = 0;
  for (const p of pts) {
    zMin = Math.min(zMin, p.z);
    zMax = Math.max(zMax, p.z);
    turn = Math.max(turn, p.turn_m);
  }
  return localVolume(
    bufferedHull(pts, o.lateral_buffer_m + turn),
    zMin - o.vertical_buffer_m,
    zMax + o.vertical_buffer_m,
    pts[0].earliest,
    pts[pts.length - 1].latest,
  );
}

/**
 * The flight's volumes in time order. The take-off column (a circle of the lateral buffer around the pad, from the
 * start of the pre-flight check to the latest top of climb) and the landing column (from the earliest arrival above
 * the pad to the latest touchdown plus landing_settle_s) are circles; the cruise between the tops of the columns is
 * cut into pieces of equal track length (at least min_piece_m, at most max_volumes − 2 pieces), each the buffered
 * hull of its points (buffer + turn radius where the track turns), its altitude band ± vertical_buffer_m and its
 * window from the earliest entry to the latest exit.
 */
export function buildFlightVolumes(schedule: FlightSchedule, departureS: number, o: IntentModelOptions): LocalVolume[] {
  const pts = schedule.points;
  const pad0 = pts[0];
  const top0 = pts[1];
  const top1 = pts[pts.length - 2];
  const pad1 = pts[pts.length - 1];
  const cruise = pts.slice(1, pts.length - 1);
  let total = 0;
  for (let i = 1; i < cruise.length; i++)
    total += Math.hypot(cruise[i].x - cruise[i - 1].x, cruise[i].y - cruise[i - 1].y);
  const budget = Math.max(1, o.max_volumes - 2);
  let piece = Math.max(o.min_piece_m, total / budget);
  let groups = group(densify(cruise, piece), piece);
  while (groups.length > budget) {
    piece *= 1.25;
    groups = group(densify(cruise, piece), piece);
  }
  const column = (x: number, y: number) => ({ kind: 'circle' as const, cx: x, cy: y, r: o.lateral_buffer_m });
  const takeoff = localVolume(
    column(pad0.x, pad0.y),
    Math.min(pad0.z, top0.z) - o.vertical_buffer_m,
    Math.max(pad0.z, top0.z) + o.vertical_buffer_m,
    departureS - o.departure_tolerance_s,
    top0.latest,
  );
  const landing = localVolume(
    column(pad1.x, pad1.y),
    Math.min(pad1.z, top1.z) - o.vertical_buffer_m,
    Math.max(pad1.z, top1.z) + o.vertical_buffer_m,
    top1.earliest,
    pad1.latest + o.landing_settle_s,
  );
  // A cruise without horizontal travel (a hover, a climb in place) is one piece around its points.
  const enroute = total > 1e-6 ? groups.map((g) => pieceVolume(g, o)) : [pieceVolume(cruise, o)];
  return [takeoff, ...enroute, landing];
}
