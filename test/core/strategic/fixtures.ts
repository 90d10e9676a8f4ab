// Hand-made compiled scenarios for the strategic tests: pads and routes in local metres, a constant wind, no loader needed.
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import type { Geozone } from '../../../src/core/airspace/geozone';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../../src/core/geo';
import type { CompiledFlight, CompiledScenario } from '../../../src/core/scenario/compiled';
import type { WindForecast } from '../../../src/core/strategic/intent-model';
import type { WeatherModel } from '../../../src/core/weather/weather-model';
import type { LocalPad, World } from '../../../src/core/world/world';

export const frame = createLocalFrame(CYBERPORT_ORIGIN);
/** 2026-03-02 (a Monday) 00:00 UTC = 08:00 Hong Kong time. */
export const START_EPOCH_MS = Date.parse('2026-03-02T00:00:00Z');

export function pad(id: string, x: number, y: number, elevation = 0): LocalPad {
  const g = frame.toGeo(x, y);
  return {
    id,
    name: id,
    lat: g.lat,
    lon: g.lon,
    elevation_m: elevation,
    capacity: 2,
    kind: 'drone-pad',
    evtol: false,
    note: 'test',
    x,
    y,
  };
}

export const PADS = {
  west: pad('west', -5000, 0),
  east: pad('east', 5000, 0),
  south: pad('south', 0, -5000),
  north: pad('north', 0, 5000),
};

/** A world of flat sea (or the given ground), with the test pads and no buildings. */
export function testWorld(ground: (x: number, y: number) => number = () => 0): World {
  const pads = Object.values(PADS);
  const world = {
    frame,
    pads,
    buildings: [],
    land: [],
    maxGroundHeight: 0,
    padById: (id: string) => pads.find((p) => p.id === id),
    groundHeight: (lat: number, lon: number) => {
      const p = frame.toLocal(lat, lon);
      return ground(p.x, p.y);
    },
    groundHeightLocal: ground,
    isLand: () => false,
    buildingTopLocal: () => Number.NEGATIVE_INFINITY,
    buildingsInBox: () => [],
  };
  // The World interface is still growing; the strategic code only reads the members above.
  return world as unknown as World;
}

/** A steady wind and otherwise fair weather: no gusts, rain or signals, 20 km visibility. */
export function constantWind(east: number, north: number): WindForecast & WeatherModel {
  return {
    windAt: (_t, _z, out) => {
      out.east = east;
      out.north = north;
      return out;
    },
    gustIntensityAt: () => 0,
    addGust: (_i, _t, out) => out,
    rainAt: () => 0,
    visibilityAt: () => 20_000,
    signalsAt: () => [],
    changeTimes: [],
  };
}

export interface FlightSpec {
  id: string;
  from?: LocalPad;
  to?: LocalPad;
  /** En-route points [x, y, z AMSL]; default a straight line between the pads at `alt`. */
  route?: [number, number, number][];
  alt?: number;
  departure_s?: number;
  priority?: number;
  classId?: string;
  authorisations?: string[];
  advanced?: boolean;
}

export function flight(spec: FlightSpec, index = 0): CompiledFlight {
  const from = spec.from ?? PADS.west;
  const to = spec.to ?? PADS.east;
  const alt = spec.alt ?? 80;
  const route = spec.route ?? [
    [from.x + (to.x - from.x) * 0.1, from.y + (to.y - from.y) * 0.1, alt],
    [from.x + (to.x - from.x) * 0.9, from.y + (to.y - from.y) * 0.9, alt],
  ];
  const classIndex = BUILTIN_CLASSES.findIndex((c) => c.id === (spec.classId ?? 'delivery-quad'));
  return {
    index,
    id: spec.id,
    operator: `op-${spec.id}`,
    classIndex,
    priority: spec.priority ?? 0,
    departure_s: spec.departure_s ?? 0,
    origin: from,
    destination: to,
    route: route.map(([x, y, z]) => ({ x, y, z, speed_mps: 0 })),
    mission: 'delivery',
    advanced: spec.advanced ?? false,
    authorisations: spec.authorisations ?? [],
    hold_window_s: 3600,
  };
}

export interface ScenarioSpec {
  flights: FlightSpec[];
  zones?: Geozone[];
  equalPermitted?: boolean;
  wind?: WindForecast;
  ground?: (x: number, y: number) => number;
}

export function scenario(spec: ScenarioSpec): CompiledScenario {
  const world = testWorld(spec.ground);
  const s = {
    source: {},
    file: 'test.yaml',
    name: 'strategic-test',
    start_iso: '2026-03-02T08:00:00+08:00',
    start_epoch_ms: START_EPOCH_MS,
    utc_offset_min: 480,
    duration_s: 7200,
    time_step_s: 0.5,
    detect_interval_s: 1,
    snapshot_interval_s: 30,
    seed: 1,
    frame,
    world,
    classes: [...BUILTIN_CLASSES],
    flights: spec.flights.map((f, i) => flight(f, i)),
    weather: spec.wind ?? constantWind(0, 0),
    separation: {},
    rules: { cad_height_limit_m: { A1: 30, A2: 91 } },
    geozones: spec.zones ?? [],
    equal_priority_conflicts_permitted: spec.equalPermitted ?? false,
    external_intents: [],
    external_intents_file: null,
  };
  // `source` and `weather` are only partly built: planning reads weather.windAt and nothing of source.
  return s as unknown as CompiledScenario;
}
