// Generates a valid synthetic scenario (seeded): flights between pads and loops over the waterfront, for load tests.
import { WORLD_BOUNDS } from '../geo';
import { createRandom } from '../random/seeded-hash';
import type { LocalPad, World } from '../world/world';
import type { ScenarioInput } from './schema';

export interface TrafficOptions {
  flights: number;
  seed: number;
  /** Departures are spread uniformly over this many seconds. */
  window_s?: number;
  /** Scenario duration; default the window plus one hour. */
  duration_s?: number;
  start?: string;
}

const MIX: { cls: string; weight: number; mission: 'delivery' | 'inspection' | 'passenger' | 'training' }[] = [
  { cls: 'delivery-quad', weight: 0.5, mission: 'delivery' },
  { cls: 'heavy-lift', weight: 0.12, mission: 'delivery' },
  { cls: 'long-range-vtol', weight: 0.2, mission: 'delivery' },
  { cls: 'delivery-quad', weight: 0.13, mission: 'inspection' },
  { cls: 'passenger-evtol', weight: 0.05, mission: 'passenger' },
];

/** Longest straight pad-to-pad distance generated per class (delivery drones serve ≤ 10 km radius). */
const RANGE_M: Record<string, number> = { 'delivery-quad': 8000, 'heavy-lift': 10000 };

export function generateTraffic(world: World, options: TrafficOptions): ScenarioInput {
  const rand = createRandom(options.seed);
  const window = options.window_s ?? 600;
  const duration = options.duration_s ?? window + 3600;
  const pads = world.pads;
  const evtolPads = pads.filter((p) => p.evtol);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const clampPoint = (x: number, y: number) => {
    const g = world.frame.toGeo(x, y);
    return {
      lat: round(Math.min(WORLD_BOUNDS.north - 0.002, Math.max(WORLD_BOUNDS.south + 0.002, g.lat)), 6),
      lon: round(Math.min(WORLD_BOUNDS.east - 0.002, Math.max(WORLD_BOUNDS.west + 0.002, g.lon)), 6),
    };
  };
  const altitude = () => 60 + 5 * Math.floor(rand() * 13);

  const flights = Array.from({ length: options.flights }, (_, k) => {
    let r = rand();
    const kind = MIX.find((m) => (r -= m.weight) < 0) ?? MIX[0];
    const candidates = kind.cls === 'passenger-evtol' && evtolPads.length >= 2 ? evtolPads : pads;
    const origin: LocalPad = pick(candidates);
    let destination = origin;
    const route: { lat: number; lon: number; alt_m: number; ref: 'AGL' }[] = [];
    if (kind.mission === 'inspection') {
      const radius = 400 + rand() * 1200;
      const start = rand() * 2 * Math.PI;
      const n = 4 + Math.floor(rand() * 3);
      for (let j = 0; j < n; j++) {
        const a = start + (2 * Math.PI * j) / n;
        route.push({
          ...clampPoint(origin.x + radius * Math.sin(a), origin.y + radius * Math.cos(a)),
          alt_m: altitude(),
          ref: 'AGL',
        });
      }
    } else {
      const reach = RANGE_M[kind.cls] ?? Number.POSITIVE_INFINITY;
      const inRange = candidates.filter((p) => p !== origin && Math.hypot(p.x - origin.x, p.y - origin.y) <= reach);
      destination = pick(inRange.length ? inRange : candidates.filter((p) => p !== origin));
      const dx = destination.x - origin.x;
      const dy = destination.y - origin.y;
      const n = 1 + Math.floor(rand() * 3);
      const alt = altitude();
      for (let j = 1; j <= n; j++) {
        const f = j / (n + 1);
        const off = (rand() - 0.5) * 0.3;
        route.push({
          ...clampPoint(origin.x + f * dx - off * dy, origin.y + f * dy + off * dx),
          alt_m: alt,
          ref: 'AGL',
        });
      }
    }
    return {
      id: `GEN${String(k + 1).padStart(5, '0')}`,
      operator: pick(['SkyFreight', 'Harbour Drone Co', 'Island Logistics', 'Cyberport Labs', 'Lamma Express']),
      class: kind.cls,
      priority: kind.mission === 'passenger' ? 2 : 0,
      departure: round(rand() * window, 1),
      origin: origin.id,
      destination: destination.id,
      mission: kind.mission,
      advanced: true,
      route,
    };
  });
  flights.sort((a, b) => a.departure - b.departure);
  return {
    skylane: 1,
    meta: {
      name: `Generated traffic: ${options.flights} flights (seed ${options.seed})`,
      description:
        'Synthetic load-test traffic from `skylane generate traffic`; every figure is illustrative. Its flights all fly, approved or not (strategic.on_rejection: fly), and its pads are not sequenced, so the load is the one asked for.',
      start: options.start ?? '2026-03-02T08:00:00+08:00',
      duration_s: duration,
      seed: options.seed,
    },
    strategic: { equal_priority_conflicts: 'not-permitted', on_rejection: 'fly' },
    // A load test asks for this much traffic at once: the pads take any number of movements without spacing.
    pads: pads.map((p) => ({ id: p.id, capacity: 1000, min_interval_s: 0 })),
    flights,
    weather: {
      wind: [
        {
          at: 0,
          layers: [
            { alt_amsl_m: 0, from_deg: 70, speed_mps: 6 },
            { alt_amsl_m: 300, from_deg: 75, speed_mps: 9 },
          ],
        },
      ],
    },
  };
}
