// What the viewer needs to know about a compiled scenario, as plain data it can receive from the worker.
import type { Footprint } from '../core/airspace/footprint';
import type { CompiledScenario } from '../core/scenario/compiled';
import type { FootprintMeta, GeozoneMeta, ScenarioMeta } from './sim-protocol';

/** A footprint as plain data (the rings copied, so that the original stays with the compiled scenario). */
export function footprintMeta(f: Footprint): FootprintMeta {
  return f.kind === 'circle'
    ? { kind: 'circle', cx: f.cx, cy: f.cy, r: f.r }
    : { kind: 'polygon', rings: f.rings.map((r) => r.slice()) };
}

/** Planned paths: origin pad, vertical climb, route points, the destination pad; each point with its ground height. */
export function plannedPaths(scenario: CompiledScenario): ScenarioMeta['routes'] {
  const world = scenario.world;
  const offsets = new Uint32Array(scenario.flights.length + 1);
  const points: number[] = [];
  const push = (x: number, y: number, z: number, ground: number) => points.push(x, y, z, ground);
  scenario.flights.forEach((f, i) => {
    offsets[i] = points.length / 4;
    const o = f.origin;
    const d = f.destination;
    push(o.x, o.y, o.elevation_m, o.elevation_m);
    const route = f.route;
    if (route.length) {
      push(o.x, o.y, route[0].z, o.elevation_m);
      for (const p of route) push(p.x, p.y, p.z, world.groundHeightLocal(p.x, p.y));
      push(d.x, d.y, route[route.length - 1].z, d.elevation_m);
    }
    push(d.x, d.y, d.elevation_m, d.elevation_m);
  });
  offsets[scenario.flights.length] = points.length / 4;
  return { offsets, points: Float32Array.from(points) };
}

function zoneMeta(scenario: CompiledScenario): GeozoneMeta[] {
  return scenario.geozones.map((z) => ({
    id: z.id,
    name: z.name,
    restriction: z.restriction,
    message: z.message,
    footprint: footprintMeta(z.footprint),
    z_min: z.z_min_amsl,
    z_max: z.z_max_amsl,
    limits: `${z.lower_m} m ${z.lower_ref} – ${z.upper_m} m ${z.upper_ref}`,
  }));
}

export function scenarioMeta(scenario: CompiledScenario): ScenarioMeta {
  const windLayers = [
    ...new Set(scenario.source.weather.wind.flatMap((entry) => entry.layers.map((l) => l.alt_amsl_m))),
  ].sort((a, b) => a - b);
  return {
    name: scenario.name,
    description: scenario.source.meta.description ?? '',
    file: scenario.file,
    start_epoch_ms: scenario.start_epoch_ms,
    utc_offset_min: scenario.utc_offset_min,
    duration_s: scenario.duration_s,
    time_step_s: scenario.time_step_s,
    snapshot_interval_s: scenario.snapshot_interval_s,
    classes: scenario.classes.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      size_m: c.size_m,
      energy_wh: c.energy_wh,
      cad_category: c.cad_category,
    })),
    flights: scenario.flights.map((f) => ({
      id: f.id,
      operator: f.operator,
      classIndex: f.classIndex,
      mission: f.mission,
      departure_s: f.departure_s,
      origin: f.origin.id,
      destination: f.destination.id,
      advanced: f.advanced,
    })),
    routes: plannedPaths(scenario),
    geozones: zoneMeta(scenario),
    windLayers,
  };
}
