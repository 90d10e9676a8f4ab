// Compiles a checked scenario to the local metric frame: classes, flights, routes, weather, minima and pad rules.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { compileGeozones } from '../airspace/compile-geozones';
import { BUNDLED_ZONE_SETS } from '../airspace/zone-sets';
import type { OperationalIntent } from '../strategic/f3548-types';
import { createSeries } from '../weather/piecewise-series';
import { createWeatherModel, windFromDirection } from '../weather/weather-model';
import { padRules } from '../world/pad-rules';
import type { World } from '../world/world';
import type { CompiledFlight, CompiledScenario, SeparationMinima } from './compiled';
import { DEFAULT_RULES, DEFAULT_SEPARATION } from './default-rules';
import { isoToEpochMs, isoUtcOffsetMinutes, toScenarioSeconds } from './scenario-time';
import type { Scenario } from './schema';

export function separationTable(s: Scenario): Record<string, SeparationMinima> {
  return { ...DEFAULT_SEPARATION, ...s.separation };
}

/** The ED-269 features a scenario uses: its bundled sets' zones, then its own. */
export function scenarioZoneFeatures(s: Scenario) {
  const sets = s.geozones?.sets ?? [];
  return [...sets.flatMap((name) => BUNDLED_ZONE_SETS[name].features), ...(s.geozones?.features ?? [])];
}

/** Assumes the scenario passed checkScenario (pads and classes exist) and its inline external intents were validated. */
export function compileScenario(
  s: Scenario,
  world: World,
  classes: AircraftClass[],
  file: string,
  externalIntents: OperationalIntent[] = [],
): CompiledScenario {
  const start = isoToEpochMs(s.meta.start);
  const sec = (v: number | string) => toScenarioSeconds(v, start);
  const frame = world.frame;
  const flights: CompiledFlight[] = s.flights.map((f, index) => {
    const classIndex = classes.findIndex((c) => c.id === f.class);
    return {
      index,
      id: f.id,
      operator: f.operator,
      classIndex,
      priority: f.priority,
      departure_s: sec(f.departure),
      origin: world.padById(f.origin)!,
      destination: world.padById(f.destination)!,
      route: f.route.map((w) => {
        const p = frame.toLocal(w.lat, w.lon);
        const z = w.ref === 'AMSL' ? w.alt_m : world.groundHeight(w.lat, w.lon) + w.alt_m;
        return { x: p.x, y: p.y, z, speed_mps: w.speed_mps ?? 0 };
      }),
      mission: f.mission,
      advanced: f.advanced,
      authorisations: [...f.authorisations],
      hold_window_s: f.hold_window_s ?? s.meta.hold_window_s,
    };
  });
  const weather = createWeatherModel({
    seed: s.meta.seed,
    wind: s.weather.wind.map((entry) => {
      const vectors = entry.layers.map((l) => windFromDirection(l.from_deg, l.speed_mps));
      return {
        t: sec(entry.at),
        alt: Float64Array.from(entry.layers, (l) => l.alt_amsl_m),
        east: Float64Array.from(vectors, (v) => v.east),
        north: Float64Array.from(vectors, (v) => v.north),
      };
    }),
    gusts: createSeries(s.weather.gusts.map((g) => ({ t: sec(g.at), v: g.intensity_mps }))),
    rain: createSeries(s.weather.rain.map((g) => ({ t: sec(g.at), v: g.rate_mmph }))),
    visibility: createSeries(s.weather.visibility.map((g) => ({ t: sec(g.at), v: g.visibility_m }))),
    signals: s.weather.signals.map((p) => ({
      signal: p.signal,
      from: sec(p.from),
      to: p.to === undefined ? Number.POSITIVE_INFINITY : sec(p.to),
    })),
  });
  return {
    source: s,
    file,
    name: s.meta.name,
    start_iso: s.meta.start,
    start_epoch_ms: start,
    utc_offset_min: isoUtcOffsetMinutes(s.meta.start),
    duration_s: s.meta.duration_s,
    time_step_s: s.meta.time_step_s,
    detect_interval_s: s.meta.detect_interval_s,
    snapshot_interval_s: s.meta.snapshot_interval_s,
    seed: s.meta.seed,
    frame,
    world,
    classes,
    flights,
    weather,
    separation: separationTable(s),
    rules: { cad_height_limit_m: { ...(s.rules?.cad_height_limit_m ?? DEFAULT_RULES.cad_height_limit_m) } },
    geozones: compileGeozones(scenarioZoneFeatures(s), frame, world, start),
    pad_rules: padRules(world.pads, s.pads),
    equal_priority_conflicts_permitted: s.strategic?.equal_priority_conflicts === 'permitted',
    on_rejection: s.strategic?.on_rejection ?? 'replan',
    external_intents: externalIntents,
    external_intents_file: typeof s.external_intents === 'string' ? s.external_intents : null,
  };
}
