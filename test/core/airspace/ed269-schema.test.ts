// ED-269 validation: both wrappers accepted, every invalid fixture rejected at the right path with a clear message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssuePath, parseEd269, parseEd269Text } from '../../../src/core/airspace/ed269-parse';
import {
  ed269FeatureListSchema,
  ed269FeatureSchema,
  ed269GeometrySchema,
} from '../../../src/core/airspace/ed269-schema';
import { BUNDLED_ZONE_SETS } from '../../../src/core/airspace/zone-sets';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/airspace/${name}`, import.meta.url), 'utf8');

interface InvalidCase {
  name: string;
  document: unknown;
  path: string;
  message: string;
}

describe('ED-269 documents', () => {
  it('accepts the UASZoneList wrapper with dailyPeriod and string limits, normalised to the features wrapper', () => {
    const r = parseEd269Text(fixture('zone-list-wrapper.json'), 'zone-list-wrapper.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [weekday, poly] = r.document.features;
    expect(weekday.geometry[0].lowerLimit).toBe(0);
    expect(weekday.geometry[0].upperLimit).toBe(400);
    expect(poly.geometry[0].lowerLimit).toBe(10.5);
    expect(weekday.applicability?.[0].schedule?.[0].day).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
    expect(weekday.applicability?.[0]).not.toHaveProperty('dailyPeriod');
    expect(r.document.description).toContain('2026-02-20');
  });

  it('accepts the features wrapper with holes, several volumes and extendedProperties', () => {
    const r = parseEd269Text(fixture('features-wrapper.json'), 'features-wrapper.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.features[0].geometry).toHaveLength(2);
  });

  it('reports JSON syntax errors with the file name', () => {
    const r = parseEd269Text('{"features": [', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/^broken\.json is not valid JSON/);
  });

  const cases = JSON.parse(fixture('invalid-documents.json')) as InvalidCase[];
  it.each(cases.map((c) => [c.name, c] as const))('rejects: %s', (_name, c) => {
    const r = parseEd269(c.document);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const located = r.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
    expect(
      located.some((line) => line.startsWith(`${c.path}:`) && line.includes(c.message)),
      located.join('\n'),
    ).toBe(true);
  });

  it('does not pollute Object.prototype when a __proto__ key is refused', () => {
    parseEd269(JSON.parse('{"features":[{"__proto__":{"polluted":true}}]}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exposes a feature schema that a scenario schema can embed, with paths relative to it', () => {
    const embedding = z.strictObject({ geozones: z.strictObject({ features: ed269FeatureListSchema }) });
    const r = embedding.safeParse({ geozones: { features: [{ identifier: 'X', country: 'hkg' }] } });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('geozones.features.0.country');
    expect(paths).toContain('geozones.features.0.restriction');
    expect(ed269FeatureSchema.safeParse(BUNDLED_ZONE_SETS['hk-illustrative'].features[0]).success).toBe(true);
  });

  it('converts to JSON Schema (the scenario schema is exported for editors)', () => {
    const schema = z.toJSONSchema(ed269FeatureListSchema, { io: 'input' }) as { items?: { required?: string[] } };
    expect(schema.items?.required).toEqual(
      expect.arrayContaining(['identifier', 'country', 'restriction', 'geometry']),
    );
  });
});

describe('the bundled hk-illustrative zone set', () => {
  const set = BUNDLED_ZONE_SETS['hk-illustrative'];

  it('holds HKIA, Victoria Harbour, helipads, Green Island and a temporary event zone', () => {
    const byId = new Map(set.features.map((f) => [f.identifier, f]));
    expect(byId.get('HKIA5K')?.restriction).toBe('PROHIBITED');
    expect(byId.get('VHARB')?.restriction).toBe('REQ_AUTHORISATION');
    expect(byId.get('QMHHP')?.restriction).toBe('REQ_AUTHORISATION');
    expect(byId.get('GRNIS')?.restriction).toBe('CONDITIONAL');
    const event = byId.get('CYBREG');
    expect(event?.applicability?.[0].startDateTime).toBeDefined();
    expect(event?.applicability?.[0].schedule).toHaveLength(1);
  });

  it('says it is illustrative, not the official eSUA map, everywhere', () => {
    expect(set.title).toContain('not the official eSUA map');
    expect(set.description).toContain('not the official eSUA map');
    for (const f of set.features) {
      expect(f.otherReasonInfo).toContain('not the official eSUA map');
      expect(f.message?.toLowerCase()).toContain('illustrative');
    }
  });
});

describe('ED-269 polygon rings', () => {
  const geometry = (ring: number[][]) => ({
    uomDimensions: 'M',
    lowerLimit: 0,
    lowerVerticalReference: 'AGL',
    upperLimit: 100,
    upperVerticalReference: 'AGL',
    horizontalProjection: { type: 'Polygon', coordinates: [ring] },
  });
  const p = [114.13, 22.26];

  it('counts distinct points: four copies of one point, or two points repeated, are rejected', () => {
    for (const ring of [
      [p, p, p, p],
      [p, [114.14, 22.26], p, [114.14, 22.26], p],
    ]) {
      const r = ed269GeometrySchema.safeParse(geometry(ring));
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toMatch(/at least 3 distinct positions/);
    }
    expect(ed269GeometrySchema.safeParse(geometry([p, [114.14, 22.26], [114.14, 22.27], p])).success).toBe(true);
  });
});
