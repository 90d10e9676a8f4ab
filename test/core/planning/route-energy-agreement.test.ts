import { expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/cli/load-scenario-file';
import { checkRoute } from '../../../src/core/planning/check-route';
import { runSimulation } from '../../../src/core/sim/run-simulation';
import { planFlightSchedule } from '../../../src/core/strategic/flight-schedule';
import { DEFAULT_INTENT_MODEL } from '../../../src/core/strategic/intent-model';

it("agrees within 5 % with the engine's own consumption on the cross-sea flight, in its forecast wind", async () => {
  const loaded = await loadScenarioFile('scenarios/cross-sea-cheung-chau.yaml');
  if (!loaded.ok) throw new Error('the scenario does not load');
  const s = loaded.scenario;
  const f = s.flights[0];
  const cls = s.classes[f.classIndex];
  const planned = checkRoute(s, f, cls, planFlightSchedule(f, cls, s.weather, DEFAULT_INTENT_MODEL));
  const { log } = await runSimulation(s);
  const landed = log.events.find((e) => e.kind === 'landed' && e.flights[0] === f.id);
  expect(landed?.details.outcome).toBe('completed');
  const used = Number(landed?.details.energy_used_wh);
  const gap = Math.abs(planned.energy_needed_wh - used) / used;
  expect(gap).toBeLessThan(0.05);
});
