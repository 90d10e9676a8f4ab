// Builds small scenario documents for tests, as objects and as YAML text.
import { dump } from 'js-yaml';

export interface TestFlight {
  id: string;
  class?: string;
  departure?: number | string;
  origin?: string;
  destination?: string;
  route?: { lat: number; lon: number; alt_m: number; ref: 'AGL' | 'AMSL'; speed_mps?: number }[];
  [key: string]: unknown;
}

export function scenarioObject(flights: TestFlight[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { meta, ...rest } = extra as { meta?: Record<string, unknown> };
  return {
    skylane: 1,
    meta: { name: 'test', start: '2026-03-02T08:00:00+08:00', duration_s: 3600, seed: 7, ...meta },
    flights: flights.map((f) => ({
      operator: 'Test Ops',
      class: 'delivery-quad',
      departure: 0,
      origin: 'cyberport-pad',
      destination: 'sok-kwu-wan-pier',
      mission: 'delivery',
      advanced: true,
      route: [
        { lat: 22.25, lon: 114.129, alt_m: 80, ref: 'AMSL' },
        { lat: 22.215, lon: 114.131, alt_m: 80, ref: 'AMSL' },
      ],
      ...f,
    })),
    ...rest,
  };
}

export function scenarioYaml(flights: TestFlight[], extra: Record<string, unknown> = {}): string {
  return dump(scenarioObject(flights, extra), { lineWidth: 200 });
}
