// Small hand-made compiled scenarios for the detection tests: a flat world with one building, built-in classes.
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../../src/core/geo';
import type { CompiledFlight, CompiledScenario } from '../../../src/core/scenario/compiled';
import { DEFAULT_RULES, DEFAULT_SEPARATION } from '../../../src/core/scenario/default-rules';
import { Phase } from '../../../src/core/sim/phases';
import { createTrafficFrame, type TrafficFrame } from '../../../src/core/sim/traffic-frame';
import type { LocalPad, World } from '../../../src/core/world/world';

/** A building 50 m tall on flat ground at 10 m AMSL, covering 0 ≤ x, y ≤ 100. */
export const BUILDING = { minX: 0, maxX: 100, minY: 0, maxY: 100, top: 60 };
export const GROUND = 10;

export const flatWorld: World = {
  frame: createLocalFrame(CYBERPORT_ORIGIN),
  pads: [],
  buildings: [],
  land: [],
  padById: () => undefined,
  groundHeight: () => GROUND,
  groundHeightLocal: () => GROUND,
  isLand: () => true,
  buildingTopLocal: (x, y) =>
    x >= BUILDING.minX && x <= BUILDING.maxX && y >= BUILDING.minY && y <= BUILDING.maxY
      ? BUILDING.top
      : Number.NEGATIVE_INFINITY,
  buildingsInBox: () => [],
};

const pad = { x: 0, y: 0 } as LocalPad;

export interface FlightSpec {
  id: string;
  /** Built-in class id (default delivery-quad: separation class drone, CAD A2, min clearance 20 m). */
  cls?: string;
  advanced?: boolean;
  authorisations?: string[];
}

export function scenarioWith(flights: FlightSpec[]): CompiledScenario {
  const classes = [...BUILTIN_CLASSES];
  return {
    file: 'test.yaml',
    name: 'test',
    duration_s: 600,
    time_step_s: 0.5,
    detect_interval_s: 1,
    snapshot_interval_s: 60,
    seed: 1,
    frame: flatWorld.frame,
    world: flatWorld,
    classes,
    flights: flights.map(
      (f, index): CompiledFlight => ({
        index,
        id: f.id,
        operator: 'op',
        classIndex: classes.findIndex((c) => c.id === (f.cls ?? 'delivery-quad')),
        priority: 0,
        departure_s: 0,
        origin: pad,
        destination: pad,
        route: [],
        mission: 'delivery',
        advanced: f.advanced ?? false,
        authorisations: f.authorisations ?? [],
        hold_window_s: 600,
      }),
    ),
    separation: { ...DEFAULT_SEPARATION },
    rules: DEFAULT_RULES,
    geozones: [],
    equal_priority_conflicts_permitted: false,
  } as unknown as CompiledScenario;
}

export interface State {
  x: number;
  y: number;
  z: number;
  vx?: number;
  vy?: number;
  vz?: number;
  phase?: number;
}

/** A frame at time t with the given states (en route unless told). */
export function frameOf(t: number, states: State[]): TrafficFrame {
  const frame = createTrafficFrame(states.length);
  frame.t = t;
  states.forEach((s, i) => {
    frame.x[i] = s.x;
    frame.y[i] = s.y;
    frame.z[i] = s.z;
    frame.vx[i] = s.vx ?? 0;
    frame.vy[i] = s.vy ?? 0;
    frame.vz[i] = s.vz ?? 0;
    frame.phase[i] = s.phase ?? Phase.Enroute;
  });
  return frame;
}
