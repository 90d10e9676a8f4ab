// The bundled scenarios load against the real world and show what their descriptions promise.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultWorld } from '../../src/cli/world-files';
import { loadScenario } from '../../src/core/scenario/load-scenario';
import { eventToJson } from '../../src/core/sim/events';
import { runSimulation } from '../../src/core/sim/run-simulation';

const world = loadDefaultWorld();
const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

async function run(name: string) {
  const r = loadScenario(readFileSync(new URL(name, dir), 'utf8'), name, world);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.path} ${e.message}`).join('\n'));
  return runSimulation(r.scenario);
}

const byFlight = (events: { kind: string; flights: string[] }[], id: string) =>
  events.filter((e) => e.flights.includes(id)).map((e) => e.kind);

describe('bundled scenarios', () => {
  it('include the five named in the foundation issue', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'amber-rainstorm.yaml',
        'cross-sea-cheung-chau.yaml',
        'cyberport-waterfront.yaml',
        'summer-southwest.yaml',
        'typhoon-signal-3.yaml',
      ]),
    );
  });

  it.each(files)('%s loads and every flight finishes or is accounted for', async (file) => {
    const { engine } = await run(file);
    for (let i = 0; i < engine.frame.count; i++) expect(engine.frame.phase[i]).toBeGreaterThanOrEqual(9); // finished
  });

  it('flies Cyberport → Cheung Chau in about 16–18 minutes in light wind', async () => {
    const { log } = await run('cross-sea-cheung-chau.yaml');
    const landed = log.events.find((e) => e.kind === 'landed')!;
    expect(landed.details.pad).toBe('cheung-chau-pad');
    expect(Number(landed.details.flight_time_s) / 60).toBeGreaterThan(15);
    expect(Number(landed.details.flight_time_s) / 60).toBeLessThan(19);
  });

  it('holds drones under typhoon signal 3 and releases them when it is cancelled', async () => {
    const { log } = await run('typhoon-signal-3.yaml');
    const early = ['TY-CC-01', 'TY-SKW-01', 'TY-YSW-01', 'TY-ABD-01'];
    for (const id of early) {
      expect(byFlight(log.events, id).slice(0, 3)).toEqual(['preflight', 'hold-start', 'hold-end']);
      const takeoff = log.events.find((e) => e.kind === 'takeoff' && e.flights[0] === id)!;
      expect(takeoff.t).toBeGreaterThanOrEqual(7200); // signals end at 09:00 (7200 s after 07:00)
    }
    expect(byFlight(log.events, 'TY-CC-02')).not.toContain('hold-start');
  });

  it('holds departures during the amber rainstorm and turns back a delivery caught airborne', async () => {
    const { log } = await run('amber-rainstorm.yaml');
    const causes = log.events.filter((e) => e.kind === 'hold-start').map((e) => String(e.details.cause));
    expect(causes).toContain('signal-AMBER');
    expect(byFlight(log.events, 'AR-SKW-01')).toContain('returning');
  });

  it('repeats the default scenario event for event', async () => {
    const a = (await run('cyberport-waterfront.yaml')).log.events.map((e) => eventToJson(e)).join('\n');
    const b = (await run('cyberport-waterfront.yaml')).log.events.map((e) => eventToJson(e)).join('\n');
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
  });
});
