// Per-aircraft checks each tick: geozone infringement, ground and building clearance, and the CAD height limit.
import { cadLimitM, heightAboveSurface } from '../airspace/height-rules';
import { zoneForbids } from '../airspace/zone-restriction';
import type { CompiledScenario } from '../scenario/compiled';
import { isTerminalArea } from '../sim/phases';
import type { TrafficFrame } from '../sim/traffic-frame';
import type { World } from '../world/world';
import type { EpisodeTracker } from './episodes';
import type { ZoneQuery } from './zone-query';

/** Why an aircraft is too low. */
export const CLEARANCE_INSIDE_BUILDING = 1;
export const CLEARANCE_BELOW_MINIMUM = 2;

export interface AircraftCheckTrackers {
  zone: EpisodeTracker;
  clearance: EpisodeTracker;
  cad: EpisodeTracker;
}

/**
 * The rules of each flight, resolved once: minimum clearance of its class, the CAD height limit of its category
 * (Infinity for Advanced operations and for categories without one), its authorisations. Zone ids get small numbers
 * for episode keys (zone number × flights + flight).
 */
export class AircraftChecks {
  readonly zoneIds: string[] = [];
  private readonly zoneNumbers = new Map<string, number>();
  private readonly minClearance: Float64Array;
  private readonly cadLimit: Float64Array;
  private readonly authorisations: readonly (readonly string[])[];
  private readonly world: Pick<World, 'groundHeightLocal' | 'buildingTopLocal'>;

  constructor(
    scenario: CompiledScenario,
    private readonly zones: ZoneQuery | null,
  ) {
    const n = scenario.flights.length;
    this.world = scenario.world;
    this.minClearance = new Float64Array(n);
    this.cadLimit = new Float64Array(n);
    this.authorisations = scenario.flights.map((f) => f.authorisations);
    scenario.flights.forEach((f, i) => {
      const cls = scenario.classes[f.classIndex];
      this.minClearance[i] = cls.min_clearance_m;
      this.cadLimit[i] = cadLimitM(scenario.rules, cls, f.advanced);
    });
  }

  /** The CAD height limit (m above ground) that applies to flight i, Infinity when none. */
  cadLimitOf(i: number): number {
    return this.cadLimit[i];
  }

  /** Observes every condition that holds this tick for the active aircraft. */
  check(frame: TrafficFrame, active: Uint8Array, t: number, trackers: AircraftCheckTrackers): void {
    const n = frame.count;
    for (let i = 0; i < n; i++) {
      if (active[i] === 0) continue;
      const x = frame.x[i];
      const y = frame.y[i];
      const z = frame.z[i];
      const ground = this.world.groundHeightLocal(x, y);
      const roof = this.world.buildingTopLocal(x, y);
      const height = heightAboveSurface(z, ground, roof);
      const insideBuilding = z < roof;
      if (insideBuilding || (height < this.minClearance[i] && !isTerminalArea(frame.phase[i]))) {
        const reason = insideBuilding ? CLEARANCE_INSIDE_BUILDING : CLEARANCE_BELOW_MINIMUM;
        trackers.clearance.observe(i, i, -1, height, height, height, x, y, z, reason);
      }
      const agl = z - ground;
      const limit = this.cadLimit[i];
      if (agl > limit) trackers.cad.observe(i, i, -1, limit - agl, limit - agl, limit - agl, x, y, z);
      if (this.zones !== null) {
        const hits = this.zones.zonesAt(x, y, z, t);
        for (let h = 0; h < hits.length; h++) {
          const zone = hits[h];
          if (!zoneForbids(zone, this.authorisations[i])) continue;
          const number = this.zoneNumber(zone.id);
          trackers.zone.observe(number * n + i, i, -1, 0, 0, 0, x, y, z, number);
        }
      }
    }
  }

  private zoneNumber(id: string): number {
    let number = this.zoneNumbers.get(id);
    if (number === undefined) {
      number = this.zoneIds.length;
      this.zoneIds.push(id);
      this.zoneNumbers.set(id, number);
    }
    return number;
  }
}
