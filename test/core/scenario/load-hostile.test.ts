// Loader regressions found by fuzzing: deep nesting, duplicate JSON keys, CR line ends, quoted versions, absurd values.
import { describe, expect, it } from 'vitest';
import { BUILTIN_CLASSES } from '../../../src/core/aircraft/builtin-classes';
import type { LocatedError } from '../../../src/core/document/located-error';
import { loadScenario } from '../../../src/core/scenario/load-scenario';
import { aircraftClassSchema } from '../../../src/core/scenario/schema';
import { scenarioObject, scenarioYaml } from '../../helpers/scenario-text';
import { createTestWorld } from '../../helpers/test-world';

const world = createTestWorld();

function errorsOf(text: string, file = 'test.json'): LocatedError[] {
  const r = loadScenario(text, file, world);
  if (r.ok) throw new Error('expected errors, the scenario loaded');
  return r.errors;
}

describe('hostile documents', () => {
  it('rejects JSON nested deeper than 64 levels with a located error, even with a schema error beside it', () => {
    const obj = scenarioObject([{ id: 'A' }], { meta: { duration_s: -1 } });
    const text = JSON.stringify({ ...obj, extra: JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`) });
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ message: 'the document is nested too deeply', line: 1, expected: 'at most 64 levels' });
    expect(e.column).toBeGreaterThan(1);
  });

  it.each([100_000, 200_000])('rejects JSON and YAML flow text nested %i deep without overflowing the stack', (n) => {
    const text = `{"skylane": 1, "x": ${'['.repeat(n)}${']'.repeat(n)}}`;
    expect(errorsOf(text)[0].message).toBe('the document is nested too deeply');
    const yaml = `skylane: 1\nx: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(errorsOf(yaml, 'deep.yaml')[0]).toMatchObject({ message: 'the document is nested too deeply', line: 2 });
  });

  it('rejects a duplicate JSON key at the key, as YAML does', () => {
    const text = '{\n  "skylane": 1,\n  "meta": {"name": "a", "name": "b"}\n}';
    expect(errorsOf(text)[0]).toMatchObject({ message: 'duplicate key', found: '"name"', line: 3, column: 25 });
    expect(errorsOf('{"a": {"k\\u0041": 1, "kA": 2}}')[0].message).toBe('duplicate key'); // escapes decoded
    // The same key in sibling objects is fine (the next error is about the schema).
    expect(errorsOf('{"a": {"k": 1}, "b": {"k": 2}}')[0].message).not.toBe('duplicate key');
  });

  it('puts errors at the right line with CR-only line endings', () => {
    const lf = scenarioYaml([{ id: 'A', class: 'no-such-class' }]);
    const cr = lf.replace(/\n/g, '\r');
    const at = (text: string) => errorsOf(text, 'x.yaml').find((e) => e.path === 'flights[0].class');
    expect(at(cr)?.line).toBe(at(lf)?.line);
    expect(at(cr)?.line).toBe(lf.split('\n').findIndex((l) => l.includes('no-such-class')) + 1);
  });

  it('hints to unquote a quoted version number rather than suggesting the same text', () => {
    const text = scenarioYaml([{ id: 'A' }]).replace('skylane: 1', "skylane: '1'");
    const e = errorsOf(text, 'v.yaml').find((x) => x.path === 'skylane');
    expect(e?.hint).toBe('write 1 without quotes');
  });

  it('says the rule of a pattern, not "regex"', () => {
    const e = errorsOf(scenarioYaml([{ id: 'bad id!' }]), 'id.yaml').find((x) => x.path === 'flights[0].id');
    expect(e?.expected).not.toMatch(/regex/);
    expect(e?.expected).toMatch(/letters, digits/);
  });
});

describe('physical ranges of aircraft classes', () => {
  const custom = (fields: Record<string, number>) =>
    scenarioYaml([{ id: 'A', class: 'tiny' }], {
      aircraft_classes: [{ id: 'tiny', base: 'delivery-quad', ...fields }],
    });

  it.each([
    ['climb_rate_mps', 1e-300],
    ['cruise_speed_mps', 5e-324],
    ['accel_mps2', 1e308],
    ['energy_wh', 1e-320],
    ['turn_rate_dps', 1e300],
  ])('rejects %s = %d as a located range error', (field, value) => {
    const e = errorsOf(custom({ [field]: value }), 'c.yaml').find((x) => x.path === `aircraft_classes[0].${field}`);
    expect(e?.message).toMatch(/too (small|large)/);
    expect(e?.line).toBeGreaterThan(0);
  });

  it('accepts every built-in class', () => {
    for (const c of BUILTIN_CLASSES) expect(aircraftClassSchema.safeParse(c).success, c.id).toBe(true);
  });
});
