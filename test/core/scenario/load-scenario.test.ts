// Loader tests: a valid file compiles; every kind of bad input gets a clear, located error and nothing else happens.
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { formatLocatedError, type LocatedError } from '../../../src/core/document/located-error';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import { scenarioObject, scenarioYaml } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

const world = createTestWorld();

function errorsOf(text: string, file = 'test.yaml'): LocatedError[] {
  const r = loadScenario(text, file, world);
  if (r.ok) throw new Error('expected errors, the scenario loaded');
  return r.errors;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('loadScenario', () => {
  it('compiles a valid scenario to the local frame', () => {
    const r = loadScenario(scenarioYaml([{ id: 'A1' }, { id: 'A2', departure: 60 }]), 'ok.yaml', world);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.flights.map((f) => f.id)).toEqual(['A1', 'A2']);
    expect(r.scenario.flights[1].departure_s).toBe(60);
    expect(r.scenario.flights[0].route[0].z).toBe(80);
    expect(r.scenario.flights[0].origin.id).toBe('cyberport-pad');
    expect(r.scenario.time_step_s).toBe(0.5);
    expect(r.scenario.utc_offset_min).toBe(480);
  });

  it('accepts JSON as well as YAML, and ISO departure times', () => {
    const obj = scenarioObject([{ id: 'J1', departure: '2026-03-02T08:10:00+08:00' }]);
    const r = loadScenario(JSON.stringify(obj), 'ok.json', world);
    expect(r.ok && r.scenario.flights[0].departure_s).toBe(600);
  });

  it('converts AGL altitudes with the ground height', () => {
    const hilly = createTestWorld({ ground: () => 40 });
    const text = scenarioYaml([{ id: 'H', route: [{ lat: 22.25, lon: 114.13, alt_m: 60, ref: 'AGL' }] }]);
    const r = loadScenario(text, 'agl.yaml', hilly);
    expect(r.ok && r.scenario.flights[0].route[0].z).toBe(100);
  });

  it('reports an empty file', () => {
    expect(errorsOf('')[0].message).toMatch(/empty/);
    expect(errorsOf('   \n\n')[0].message).toMatch(/empty/);
  });

  it('reports text that is not YAML or JSON with its line', () => {
    const e = errorsOf('meta:\n  name: [unclosed\nflights: 3\n');
    expect(e).toHaveLength(1);
    expect(e[0].message).toMatch(/not valid YAML/);
    expect(e[0].line).toBeGreaterThanOrEqual(2);
  });

  it('reports a document that is not a mapping', () => {
    expect(errorsOf('just some words')[0]).toMatchObject({
      message: 'the document is not a mapping',
      found: '"just some words"',
    });
    expect(errorsOf('[1, 2, 3]')[0].message).toBe('the document is not a mapping');
  });

  it('rejects binary content', () => {
    expect(errorsOf('meta:\u0000\u0001')[0].message).toMatch(/NUL/);
  });

  it('names the path, line, found and expected of a wrong type', () => {
    const text = scenarioYaml([
      { id: 'A1', route: [{ lat: 22.25, lon: 114.13, alt_m: 'high' as unknown as number, ref: 'AMSL' }] },
    ]);
    const [e] = errorsOf(text);
    expect(e.path).toBe('flights[0].route[0].alt_m');
    expect(e.line).toBe(lineOf(text, 'alt_m: high'));
    expect(e.found).toBe('"high"');
    expect(e.expected).toMatch(/number/);
    expect(formatLocatedError(e)).toMatch(
      new RegExp(`^test.yaml:${e.line}:\\d+: flights\\[0\\]\\.route\\[0\\]\\.alt_m: wrong type`),
    );
  });

  it('reports missing fields', () => {
    const obj = scenarioObject([{ id: 'A1' }]);
    delete (obj.flights as Record<string, unknown>[])[0].operator;
    delete (obj.meta as Record<string, unknown>).start;
    const errors = errorsOf(dump(obj));
    expect(errors.map((e) => [e.path, e.message])).toEqual(
      expect.arrayContaining([
        ['meta.start', 'missing required field'],
        ['flights[0].operator', 'missing required field'],
      ]),
    );
  });

  it('reports unknown keys at the key, with a did-you-mean hint', () => {
    const text = scenarioYaml([{ id: 'A1', destinaton: 'aberdeen' }]);
    const e = errorsOf(text).find((x) => x.path === 'flights[0].destinaton')!;
    expect(e.message).toBe('unknown key');
    expect(e.hint).toBe('did you mean "destination"?');
    expect(e.line).toBe(lineOf(text, 'destinaton:'));
  });

  it('reports times out of order', () => {
    const text = scenarioYaml([{ id: 'A1' }], {
      weather: {
        rain: [
          { at: 0, rate_mmph: 0 },
          { at: 600, rate_mmph: 40 },
          { at: 300, rate_mmph: 0 },
        ],
      },
    });
    const e = errorsOf(text);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ path: 'weather.rain[2].at', message: 'times out of order' });
  });

  it('reports waypoints outside the world and altitudes below ground', () => {
    const hilly = createTestWorld({ ground: () => 120 });
    const text = scenarioYaml([
      {
        id: 'A1',
        route: [
          { lat: 22.0, lon: 114.13, alt_m: 100, ref: 'AMSL' },
          { lat: 22.25, lon: 114.13, alt_m: 100, ref: 'AMSL' },
          { lat: 22.25, lon: 114.13, alt_m: -5, ref: 'AGL' },
        ],
      },
    ]);
    const r = loadScenario(text, 'x.yaml', hilly);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.message])).toEqual([
      ['flights[0].route[0]', 'waypoint outside the world'],
      ['flights[0].route[1].alt_m', 'altitude below ground'],
      ['flights[0].route[2].alt_m', 'altitude below ground'],
    ]);
  });

  it('reports unknown pads and classes with suggestions', () => {
    const errors = errorsOf(scenarioYaml([{ id: 'A1', class: 'delivery-qaud', origin: 'cyberport-pda' }]));
    expect(errors.find((e) => e.path === 'flights[0].class')?.hint).toBe('did you mean "delivery-quad"?');
    expect(errors.find((e) => e.path === 'flights[0].origin')?.hint).toBe('did you mean "cyberport-pad"?');
  });

  it('reports duplicate ids', () => {
    const errors = errorsOf(scenarioYaml([{ id: 'A1' }, { id: 'B' }, { id: 'A1' }]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      path: 'flights[2].id',
      message: 'duplicate flight id (first used by flights[0])',
    });
  });

  it('rejects NaN and Infinity', () => {
    const text = scenarioYaml([{ id: 'A1' }])
      .replace('alt_m: 80', 'alt_m: .nan')
      .replace('duration_s: 3600', 'duration_s: .inf');
    const errors = errorsOf(text);
    expect(errors.map((e) => e.found)).toEqual(expect.arrayContaining(['NaN', 'Infinity']));
  });

  it('reports all problems at once', () => {
    const text = scenarioYaml([{ id: 'A1', class: 'nope' }, { id: 'A2', origin: 'nowhere' }, { id: 'A1' }]);
    expect(errorsOf(text).length).toBe(3);
  });

  it('rejects a 60 MB file at once', () => {
    const big = `meta:\n  description: "${'x'.repeat(60 * 1024 * 1024)}"\n`;
    const t0 = performance.now();
    const [e] = errorsOf(big);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.message).toBe('file too large');
    expect(e.found).toBe('60.0 MB');
  });

  it('rejects deeply nested documents without crashing', () => {
    const deep = `meta: ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(errorsOf(deep)[0].message).toMatch(/nested too deeply/);
    let block = '';
    for (let i = 0; i < 500; i++) block += `${' '.repeat(i)}a:\n`;
    expect(errorsOf(block)[0].message).toMatch(/nested too deeply/);
  });

  it('rejects YAML alias bombs quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let k = 1; k < 10; k++) {
      const p = String.fromCharCode(96 + k);
      const q = String.fromCharCode(97 + k);
      levels.push(`${q}: &${q} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const t0 = performance.now();
    const [e] = errorsOf(levels.join('\n'));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(e.message).toMatch(/alias/);
  });

  it('rejects __proto__ and constructor keys', () => {
    const text = `${scenarioYaml([{ id: 'A1' }])}__proto__:\n  polluted: true\n`;
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ message: 'forbidden key', path: '__proto__', line: lineOf(text, '__proto__') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const e2 = errorsOf(`{"skylane": 1, "meta": {"constructor": {"x": 1}}}`)[0];
    expect(e2).toMatchObject({ message: 'forbidden key', path: 'meta.constructor' });
  });

  it('locates errors in JSON files too', () => {
    const obj = scenarioObject([{ id: 'A1' }]);
    (obj.meta as Record<string, unknown>).seed = -4;
    const text = JSON.stringify(obj, null, 2);
    const [e] = errorsOf(text, 'bad.json');
    expect(e).toMatchObject({ path: 'meta.seed', line: lineOf(text, '"seed"') });
  });

  it('requires the detection interval to be whole time steps', () => {
    const [e] = errorsOf(scenarioYaml([{ id: 'A1' }], { meta: { time_step_s: 0.4, detect_interval_s: 1 } }));
    expect(e.path).toBe('meta.detect_interval_s');
  });
});

describe('loadScenario geozones', () => {
  const zone = (identifier: string) => ({
    identifier,
    country: 'HKG',
    restriction: 'PROHIBITED',
    geometry: [
      {
        uomDimensions: 'M',
        lowerLimit: 0,
        lowerVerticalReference: 'AGL',
        upperLimit: 120,
        upperVerticalReference: 'AMSL',
        horizontalProjection: { type: 'Circle', center: [114.13, 22.24], radius: 300 },
      },
    ],
  });

  it('compiles bundled sets and inline ED-269 zones', () => {
    const text = scenarioYaml([{ id: 'A1', authorisations: ['VHARB'] }], {
      geozones: { sets: ['hk-illustrative'], features: [zone('TEST1')] },
    });
    const r = loadScenario(text, 'zones.yaml', world);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ids = r.scenario.geozones.map((z) => z.id);
    expect(ids).toEqual(expect.arrayContaining(['HKIA5K', 'VHARB', 'TEST1']));
  });

  it('reports unknown sets, unknown authorisations and reused identifiers', () => {
    const bad = scenarioYaml([{ id: 'A1', authorisations: ['VHARBR'] }], {
      geozones: { sets: ['hk-illustrative'], features: [zone('VHARB')] },
    });
    expect(errorsOf(bad).map((e) => [e.path, e.message, e.hint])).toEqual([
      ['flights[0].authorisations[0]', 'unknown geozone', 'did you mean "VHARB"?'],
      ['geozones.features[0].identifier', 'identifier already used by an included zone set', undefined],
    ]);
    const unknownSet = scenarioYaml([{ id: 'A1' }], { geozones: { sets: ['hk-official'] } });
    expect(errorsOf(unknownSet)[0]).toMatchObject({ path: 'geozones.sets[0]', message: 'not an allowed value' });
  });

  it('locates errors inside an inline ED-269 zone', () => {
    const z = zone('TOOLONGID');
    const text = scenarioYaml([{ id: 'A1' }], { geozones: { features: [z] } });
    const [e] = errorsOf(text);
    expect(e.path).toBe('geozones.features[0].identifier');
    expect(e.line).toBe(lineOf(text, 'TOOLONGID'));
  });

  it('compiles pad overrides into the pad rules, in world pad order', () => {
    const r = loadScenario(
      scenarioYaml([{ id: 'A1' }], {
        pads: [{ id: 'cheung-chau-pad', capacity: 3, min_interval_s: 60, min_interval_by_kind_s: { evtol: 90 } }],
      }),
      'pads.yaml',
      world,
    );
    if (!r.ok) throw new Error(r.errors[0].message);
    const rules = r.scenario.pad_rules;
    expect(rules.map((p) => p.pad)).toEqual(world.pads.map((p) => p.id));
    const cheungChau = rules.find((p) => p.pad === 'cheung-chau-pad')!;
    expect(cheungChau.capacity).toBe(3);
    expect(cheungChau.min_interval_s.multirotor).toBe(60);
    expect(cheungChau.min_interval_s.evtol).toBe(90);
    expect(rules.find((p) => p.pad === 'cyberport-pad')).toMatchObject({ capacity: 2, min_interval_s: { evtol: 30 } });
  });

  it('reports unknown, repeated and out-of-range pad entries, located', () => {
    const text = scenarioYaml([{ id: 'A1' }], {
      pads: [{ id: 'cyberport-pda' }, { id: 'aberdeen', capacity: 1 }, { id: 'aberdeen', min_interval_s: 30 }],
    });
    expect(errorsOf(text).map((e) => [e.path, e.message, e.hint, e.line])).toEqual([
      [
        'pads[0].id',
        'unknown pad (new pads cannot be declared yet)',
        'did you mean "cyberport-pad"?',
        lineOf(text, 'cyberport-pda'),
      ],
      ['pads[2].id', 'pad already listed (pads[1])', undefined, expect.any(Number)],
    ]);
    const negative = scenarioYaml([{ id: 'A1' }], {
      pads: [{ id: 'aberdeen', min_interval_by_kind_s: { evtol: -5 } }],
    });
    expect(errorsOf(negative)[0].path).toBe('pads[0].min_interval_by_kind_s.evtol');
    const badKind = scenarioYaml([{ id: 'A1' }], { pads: [{ id: 'aberdeen', min_interval_by_kind_s: { blimp: 5 } }] });
    expect(errorsOf(badKind)[0].path).toMatch(/^pads\[0\]\.min_interval_by_kind_s/);
  });
});
