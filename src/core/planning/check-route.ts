// checkRoute: the route's own findings — terrain, buildings, CAD height, energy, forecast weather, plan horizon.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { routeEnergyWh } from '../flight/route-energy';
import type { CompiledFlight, CompiledScenario } from '../scenario/compiled';
import type { RouteReason } from '../strategic/approval-reasons';
import { F3548 } from '../strategic/f3548-types';
import type { FlightSchedule } from '../strategic/flight-schedule';
import { type AltitudeBand, checkPathClearance } from './path-clearance';
import { weatherFinding } from './weather-check';

/** The highest altitude a plan may use unless told otherwise, m AMSL ("low altitude" stays below 1,000 m). */
export const DEFAULT_CEILING_M = 1000;

export interface RouteCheck {
  /** Blocking findings, in a fixed order: terrain, obstacle, cad-height, energy, weather, horizon. */
  findings: RouteReason[];
  /** The uniform cruise-altitude shifts that clear the height checks, or null when none does. */
  band: AltitudeBand | null;
  /** Energy the route needs in the forecast wind and what the battery may give (capacity − reserve), Wh. */
  energy_needed_wh: number;
  energy_usable_wh: number;
}

/**
 * Checks a flight's planned path (its schedule) against the world, the rules, the aircraft's battery and the forecast:
 * pure and deterministic. Zones and other operators' intents are checked on the volumes by the strategic planner.
 */
export function checkRoute(
  scenario: Pick<CompiledScenario, 'world' | 'rules' | 'weather'>,
  flight: CompiledFlight,
  cls: AircraftClass,
  schedule: FlightSchedule,
  ceiling_m = DEFAULT_CEILING_M,
): RouteCheck {
  const clearance = checkPathClearance(schedule, cls, scenario.world, {
    rules: scenario.rules,
    advanced: flight.advanced,
    ceiling_m,
  });
  const findings = [...clearance.findings];
  const takeoff = schedule.points[0];
  const needed = routeEnergyWh(flight, cls, scenario.weather, schedule.takeoff_s);
  const usable = (1 - cls.reserve_fraction) * cls.energy_wh;
  if (needed > usable) {
    findings.push({
      kind: 'energy',
      message: `the route needs ${needed.toFixed(0)} Wh in the forecast wind; ${usable.toFixed(0)} Wh usable (${cls.energy_wh} Wh less the ${Math.round(cls.reserve_fraction * 100)} % reserve)`,
      at: { leg: 0, x: takeoff.x, y: takeoff.y, z: takeoff.z, t: schedule.takeoff_s },
    });
  }
  const weather = weatherFinding(schedule, cls, scenario.weather);
  if (weather) findings.push(weather);
  const horizonS = F3548.OiMaxPlanHorizonDays * 86_400;
  // The plan horizon is inclusive: a flight starting exactly OiMaxPlanHorizonDays ahead may be planned.
  if (schedule.points[0].earliest > horizonS) {
    findings.push({
      kind: 'horizon',
      message: `the flight departs more than ${F3548.OiMaxPlanHorizonDays} days ahead (OiMaxPlanHorizonDays)`,
      at: { leg: 0, x: takeoff.x, y: takeoff.y, z: takeoff.z, t: flight.departure_s },
    });
  }
  return { findings, band: clearance.band, energy_needed_wh: needed, energy_usable_wh: usable };
}
