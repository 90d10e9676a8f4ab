// A small hand-made World for unit tests: flat sea with optional hills, pads where the test puts them.
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../src/core/geo';
import type { LocalPad, Pad, World } from '../../src/core/world/world';

export interface TestWorldOptions {
  pads?: Partial<Pad>[];
  /** Ground height as a function of local metres; default flat sea at 0 m. */
  ground?: (x: number, y: number) => number;
}

/** Pads at the real coordinates of the bundled ones that tests refer to. */
export const TEST_PADS: Partial<Pad>[] = [
  { id: 'cyberport-pad', lat: 22.26, lon: 114.128, evtol: false },
  { id: 'cyberport-vertiport', lat: 22.2595, lon: 114.1275, evtol: true },
  { id: 'cheung-chau-pad', lat: 22.2105, lon: 114.0275, evtol: false },
  { id: 'sok-kwu-wan-pier', lat: 22.205, lon: 114.13167, evtol: false },
  { id: 'yung-shue-wan-pier', lat: 22.227, lon: 114.112, evtol: false },
  { id: 'aberdeen', lat: 22.24778, lon: 114.15167, evtol: true },
];

export function createTestWorld(options: TestWorldOptions = {}): World {
  const frame = createLocalFrame(CYBERPORT_ORIGIN);
  const ground = options.ground ?? (() => 0);
  const pads: LocalPad[] = (options.pads ?? TEST_PADS).map((p, k) => {
    const lat = p.lat ?? 22.26;
    const lon = p.lon ?? 114.13;
    const { x, y } = frame.toLocal(lat, lon);
    return {
      id: p.id ?? `pad-${k}`,
      name: p.name ?? p.id ?? `Pad ${k}`,
      lat,
      lon,
      elevation_m: p.elevation_m ?? ground(x, y),
      capacity: p.capacity ?? 2,
      kind: p.kind ?? 'drone-pad',
      evtol: p.evtol ?? false,
      note: 'test',
      x,
      y,
    };
  });
  return {
    frame,
    pads,
    buildings: [],
    land: [],
    padById: (id) => pads.find((p) => p.id === id),
    groundHeight: (lat, lon) => {
      const p = frame.toLocal(lat, lon);
      return ground(p.x, p.y);
    },
    groundHeightLocal: ground,
    isLand: (lat, lon) => {
      const p = frame.toLocal(lat, lon);
      return ground(p.x, p.y) > 0;
    },
    buildingTopLocal: () => Number.NEGATIVE_INFINITY,
    buildingsInBox: () => [],
  };
}
