// Checks that need more than the schema: ids, references, time order, world bounds, ground clearance and pad entries.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { BUNDLED_ZONE_SETS } from '../airspace/zone-sets';
import { didYouMeanHint } from '../document/did-you-mean';
import { insideWorld, WORLD_BOUNDS } from '../geo';
import type { World } from '../world/world';
import type { PathError } from './path-error';
import { isoToEpochMs, toScenarioSeconds } from './scenario-time';
import type { Scenario, TimeValue } from './schema';

const HIGHEST_ALTITUDE_M = 1500;

export function checkScenario(
  s: Scenario,
  world: World,
  classes: AircraftClass[],
  separationClasses: string[],
): PathError[] {
  const errors: PathError[] = [];
  const start = isoToEpochMs(s.meta.start);
  const seconds = (v: TimeValue) => toScenarioSeconds(v, start);

  const steps = s.meta.detect_interval_s / s.meta.time_step_s;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) {
    errors.push({
      path: ['meta', 'detect_interval_s'],
      message: 'not a whole number of time steps',
      found: String(s.meta.detect_interval_s),
      expected: `a multiple of meta.time_step_s (${s.meta.time_step_s})`,
    });
  }

  classes.forEach((c) => {
    if (!separationClasses.includes(c.separation_class)) {
      const i = s.aircraft_classes.findIndex((e) => e.id === c.id);
      errors.push({
        path: i >= 0 ? ['aircraft_classes', i, 'separation_class'] : ['separation'],
        message: `no separation minima for class "${c.separation_class}"`,
        expected: `one of ${separationClasses.join(', ')}, or an entry under separation:`,
      });
    }
  });

  const zoneIds = checkZoneIdentifiers(s, errors);
  const classIds = classes.map((c) => c.id);
  const padIds = world.pads.map((p) => p.id);
  const seen = new Map<string, number>();
  s.flights.forEach((f, i) => {
    const at = (...rest: (string | number)[]) => ['flights', i, ...rest];
    const first = seen.get(f.id);
    if (first !== undefined) {
      errors.push({
        path: at('id'),
        message: `duplicate flight id (first used by flights[${first}])`,
        found: JSON.stringify(f.id),
        expected: 'a unique id',
      });
    } else seen.set(f.id, i);
    const cls = classes.find((c) => c.id === f.class);
    if (!cls) {
      errors.push({
        path: at('class'),
        message: 'unknown aircraft class',
        found: JSON.stringify(f.class),
        expected: `one of ${classIds.join(', ')}`,
        hint: didYouMeanHint(f.class, classIds),
      });
    }
    for (const key of ['origin', 'destination'] as const) {
      const pad = world.padById(f[key]);
      if (!pad) {
        errors.push({
          path: at(key),
          message: 'unknown pad',
          found: JSON.stringify(f[key]),
          expected: 'a pad id of the world (see README)',
          hint: didYouMeanHint(f[key], padIds),
        });
      } else if (cls?.kind === 'evtol' && !pad.evtol) {
        errors.push({
          path: at(key),
          message: 'pad does not accept passenger eVTOL',
          found: JSON.stringify(f[key]),
          expected: `one of ${world.pads
            .filter((p) => p.evtol)
            .map((p) => p.id)
            .join(', ')}`,
        });
      }
    }
    f.authorisations.forEach((zone, j) => {
      if (!zoneIds.includes(zone)) {
        errors.push({
          path: at('authorisations', j),
          message: 'unknown geozone',
          found: JSON.stringify(zone),
          expected: zoneIds.length ? `one of ${zoneIds.join(', ')}` : 'a zone under geozones (there are none)',
          hint: didYouMeanHint(zone, zoneIds),
        });
      }
    });
    const dep = seconds(f.departure);
    if (dep < 0 || dep >= s.meta.duration_s) {
      errors.push({
        path: at('departure'),
        message: dep < 0 ? 'departure before meta.start' : 'departure after the end of the scenario',
        found: typeof f.departure === 'number' ? `${f.departure} s` : f.departure,
        expected: `between meta.start and ${s.meta.duration_s} s after it`,
      });
    }
    f.route.forEach((w, j) => {
      if (!insideWorld(w.lat, w.lon)) {
        errors.push({
          path: at('route', j),
          message: 'waypoint outside the world',
          found: `${w.lat}, ${w.lon}`,
          expected: `lat ${WORLD_BOUNDS.south}–${WORLD_BOUNDS.north}, lon ${WORLD_BOUNDS.west}–${WORLD_BOUNDS.east}`,
        });
        return;
      }
      const ground = world.groundHeight(w.lat, w.lon);
      const amsl = w.ref === 'AMSL' ? w.alt_m : ground + w.alt_m;
      if (w.alt_m < 0 && w.ref === 'AGL') {
        errors.push({
          path: at('route', j, 'alt_m'),
          message: 'altitude below ground',
          found: `${w.alt_m} m AGL`,
          expected: '≥ 0 m AGL',
        });
      } else if (amsl < ground) {
        errors.push({
          path: at('route', j, 'alt_m'),
          message: 'altitude below ground',
          found: `${w.alt_m} m AMSL`,
          expected: `≥ ${ground.toFixed(0)} m AMSL (ground height here, approximate)`,
        });
      } else if (amsl > HIGHEST_ALTITUDE_M) {
        errors.push({
          path: at('route', j, 'alt_m'),
          message: 'altitude above the low-altitude band',
          found: `${amsl.toFixed(0)} m AMSL`,
          expected: `≤ ${HIGHEST_ALTITUDE_M} m AMSL`,
        });
      }
      if (cls && w.speed_mps !== undefined && w.speed_mps > cls.max_speed_mps) {
        errors.push({
          path: at('route', j, 'speed_mps'),
          message: 'faster than the class maximum',
          found: `${w.speed_mps} m/s`,
          expected: `≤ ${cls.max_speed_mps} m/s (${cls.id})`,
        });
      }
    });
  });

  checkWeatherTimes(s, seconds, errors);
  checkPadEntries(s, padIds, errors);
  return errors;
}

/** Each `pads:` entry names a pad of the world, once. */
function checkPadEntries(s: Scenario, padIds: string[], errors: PathError[]): void {
  const seen = new Map<string, number>();
  s.pads.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      errors.push({
        path: ['pads', i, 'id'],
        message: `pad already listed (pads[${first}])`,
        found: JSON.stringify(entry.id),
        expected: 'each pad once',
      });
    } else if (!padIds.includes(entry.id)) {
      errors.push({
        path: ['pads', i, 'id'],
        message: 'unknown pad (new pads cannot be declared yet)',
        found: JSON.stringify(entry.id),
        expected: 'a pad id of the world (see README)',
        hint: didYouMeanHint(entry.id, padIds),
      });
    }
    seen.set(entry.id, first ?? i);
  });
}

/** Zone identifiers of the scenario; an inline zone may not reuse an identifier of an included set. */
function checkZoneIdentifiers(s: Scenario, errors: PathError[]): string[] {
  const fromSets = (s.geozones?.sets ?? []).flatMap((name) =>
    BUNDLED_ZONE_SETS[name].features.map((f) => f.identifier),
  );
  (s.geozones?.features ?? []).forEach((f, i) => {
    if (fromSets.includes(f.identifier)) {
      errors.push({
        path: ['geozones', 'features', i, 'identifier'],
        message: 'identifier already used by an included zone set',
        found: JSON.stringify(f.identifier),
        expected: 'a unique identifier',
      });
    }
  });
  return [...new Set([...fromSets, ...(s.geozones?.features ?? []).map((f) => f.identifier)])];
}

function checkWeatherTimes(s: Scenario, seconds: (v: TimeValue) => number, errors: PathError[]): void {
  const series = ['wind', 'gusts', 'rain', 'visibility'] as const;
  for (const name of series) {
    let prev = Number.NEGATIVE_INFINITY;
    s.weather[name].forEach((entry, i) => {
      const t = seconds(entry.at);
      if (t < 0) {
        errors.push({
          path: ['weather', name, i, 'at'],
          message: 'time before meta.start',
          found: String(entry.at),
          expected: 'at or after the start',
        });
      } else if (t <= prev) {
        errors.push({
          path: ['weather', name, i, 'at'],
          message: 'times out of order',
          found: String(entry.at),
          expected: `later than the previous entry (${prev} s)`,
        });
      }
      prev = Math.max(prev, t);
    });
  }
  s.weather.wind.forEach((entry, i) => {
    for (let j = 1; j < entry.layers.length; j++) {
      if (entry.layers[j].alt_amsl_m <= entry.layers[j - 1].alt_amsl_m) {
        errors.push({
          path: ['weather', 'wind', i, 'layers', j, 'alt_amsl_m'],
          message: 'layers out of order',
          found: String(entry.layers[j].alt_amsl_m),
          expected: `higher than ${entry.layers[j - 1].alt_amsl_m}`,
        });
      }
    }
  });
  s.weather.signals.forEach((p, i) => {
    if (p.to !== undefined && seconds(p.to) <= seconds(p.from)) {
      errors.push({
        path: ['weather', 'signals', i, 'to'],
        message: 'signal cancelled before it was issued',
        found: String(p.to),
        expected: `after ${String(p.from)}`,
      });
    }
  });
}
