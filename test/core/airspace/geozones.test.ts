// Compiling ED-269 zones to the local frame, querying them through the rbush index, and the export round trip.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isApplicableAt } from '../../../src/core/airspace/applicability';
import { compileGeozones } from '../../../src/core/airspace/compile-geozones';
import { exportEd269 } from '../../../src/core/airspace/ed269-export';
import type { Ed269Document } from '../../../src/core/airspace/ed269-normalise';
import { parseEd269, parseEd269Text } from '../../../src/core/airspace/ed269-parse';
import { pointInFootprint } from '../../../src/core/airspace/footprint';
import { type Geozone, zoneBandAt } from '../../../src/core/airspace/geozone';
import { createZoneIndex } from '../../../src/core/airspace/zone-index';
import { BUNDLED_ZONE_SETS } from '../../../src/core/airspace/zone-sets';
import { CYBERPORT_ORIGIN, createLocalFrame } from '../../../src/core/geo';

const frame = createLocalFrame(CYBERPORT_ORIGIN);
const START = Date.parse('2026-03-02T00:00:00Z'); // a Monday
/** A hill 200 m high centred 1 km north of Cyberport, sea elsewhere. */
const hill = { groundHeightLocal: (x: number, y: number) => Math.max(0, 200 - Math.hypot(x, y - 1000) / 5) };

function load(name: string): Ed269Document {
  const r = parseEd269Text(readFileSync(new URL(`../../fixtures/airspace/${name}`, import.meta.url), 'utf8'), name);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.document;
}

describe('compileGeozones', () => {
  it('converts feet, keeps AGL references and compiles circles in metres', () => {
    const [weekday] = compileGeozones(load('zone-list-wrapper.json').features, frame, hill, START);
    expect(weekday.id).toBe('TSTWKD');
    expect(weekday.lower_ref).toBe('AGL');
    expect(weekday.upper_m).toBeCloseTo(400 * 0.3048, 9);
    expect(weekday.footprint.kind).toBe('circle');
    if (weekday.footprint.kind === 'circle') expect(weekday.footprint.r).toBeCloseTo(304.8, 9);
    expect(weekday.maxX - weekday.minX).toBeCloseTo(609.6, 6);
  });

  it('drops the closing vertex of polygon rings and keeps holes', () => {
    const zones = compileGeozones(load('features-wrapper.json').features, frame, hill, START);
    expect(zones.map((z) => `${z.id}/${z.part}`)).toEqual(['TSTHOLE/0', 'TSTHOLE/1']);
    const square = zones[0].footprint;
    expect(square.kind).toBe('polygon');
    if (square.kind !== 'polygon') return;
    expect(square.rings.map((r) => r.length / 2)).toEqual([4, 4]);
    const centre = frame.toLocal(22.23, 114.15);
    const inRing = frame.toLocal(22.222, 114.15);
    expect(pointInFootprint(square, centre.x, centre.y)).toBe(false); // in the hole
    expect(pointInFootprint(square, inRing.x, inRing.y)).toBe(true);
  });

  it('bounds AGL zones in AMSL conservatively over the ground under them', () => {
    const features = BUNDLED_ZONE_SETS['hk-illustrative'].features;
    const qmh = compileGeozones(features, frame, hill, START).find((z) => z.id === 'QMHHP')!;
    if (qmh.footprint.kind !== 'circle') throw new Error('circle expected');
    const g = hill.groundHeightLocal(qmh.footprint.cx, qmh.footprint.cy);
    expect(qmh.z_max_amsl).toBeGreaterThanOrEqual(g + 150);
    expect(qmh.z_min_amsl).toBeLessThanOrEqual(g);
  });
});

describe('zone index', () => {
  const zones = compileGeozones(BUNDLED_ZONE_SETS['hk-illustrative'].features, frame, hill, START);
  const index = createZoneIndex(zones, hill);
  const at = (lat: number, lon: number, z: number, t = 0) => {
    const p = frame.toLocal(lat, lon);
    return index
      .zonesAt(p.x, p.y, z, t)
      .map((zone) => zone.id)
      .sort();
  };

  it('finds the airport zone near HKIA up to 3,000 ft AMSL and not above', () => {
    expect(at(22.30889, 113.91444, 100)).toEqual(['HKIA5K']);
    expect(at(22.30889, 113.91444, 3000 * 0.3048 + 1)).toEqual([]);
    expect(at(22.261806, 114.130214, 100)).toEqual([]); // Cyberport
  });

  it('leaves the Cyberport waterfront pad free and marks the Green Island reporting point CONDITIONAL', () => {
    for (const t of [0, 5 * 86_400 + 2 * 3600]) expect(at(22.26, 114.128, 50, t)).toEqual([]);
    const green = zones.find((z) => z.id === 'GRNIS')!;
    expect(green.restriction).toBe('CONDITIONAL');
    expect(at(22.283799, 114.111163, 100)).toContain('GRNIS');
  });

  it('compares AGL limits with the height above the ground at the point', () => {
    const p = { lat: 22.27, lon: 114.131 }; // Queen Mary Hospital helipad, on the hill's slope
    const local = frame.toLocal(p.lat, p.lon);
    const ground = hill.groundHeightLocal(local.x, local.y);
    expect(ground).toBeGreaterThan(20);
    expect(at(p.lat, p.lon, ground + 140)).toContain('QMHHP');
    expect(at(p.lat, p.lon, ground + 160)).not.toContain('QMHHP');
  });

  it('applies the weekend regatta zone only on its schedule', () => {
    const saturday10hk = 5 * 86_400 + 2 * 3600; // Saturday 02:00Z = 10:00 HKT
    expect(at(22.256, 114.12, 50, saturday10hk)).toEqual(['CYBREG']);
    expect(at(22.256, 114.12, 50, 2 * 3600)).toEqual([]); // Monday
  });

  it('reuses the output array and allocates nothing per query', () => {
    const out: Geozone[] = [];
    const p = frame.toLocal(22.30889, 113.91444);
    const first = index.zonesAt(p.x, p.y, 50, 0, out);
    expect(first).toBe(out);
    expect(out).toHaveLength(1);
    index.zonesAt(0, 0, 50, 0, out);
    expect(out).toHaveLength(0);
  });

  it('agrees with a brute-force scan of every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -25_000, max: 5_000, noNaN: true }),
        fc.double({ min: -10_000, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 14 * 86_400, noNaN: true }),
        (x, y, z, t) => {
          const ground = hill.groundHeightLocal(x, y);
          const brute = zones
            .filter((zone) => {
              const [lo, hi] = zoneBandAt(zone, ground);
              return (
                pointInFootprint(zone.footprint, x, y) && z >= lo && z <= hi && isApplicableAt(zone.applicability, t)
              );
            })
            .map((zone) => zone.id)
            .sort();
          expect(
            index
              .zonesAt(x, y, z, t)
              .map((zone) => zone.id)
              .sort(),
          ).toEqual(brute);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('lists zones meeting a 4D box, honouring the time window', () => {
    const p = frame.toLocal(22.256, 114.12);
    const box = { minX: p.x - 10, minY: p.y - 10, maxX: p.x + 10, maxY: p.y + 10 };
    expect(index.zonesIntersecting(box, [0, 100], [0, 3600]).map((z) => z.id)).toEqual([]);
    expect(index.zonesIntersecting(box, [0, 100], [0, 6 * 86_400]).map((z) => z.id)).toEqual(['CYBREG']);
    expect(index.zonesIntersecting(box, [200, 300], [0, 6 * 86_400]).map((z) => z.id)).toEqual([]);
  });
});

describe('ED-269 export', () => {
  const roundTrip = (doc: Ed269Document) => {
    const zones = compileGeozones(doc.features, frame, hill, START);
    const exported = exportEd269(zones, { title: doc.title, description: doc.description });
    const again = parseEd269(JSON.parse(JSON.stringify(exported)));
    if (!again.ok) throw new Error(JSON.stringify(again.issues));
    return {
      zones,
      exported,
      again: again.document,
      zonesAgain: compileGeozones(again.document.features, frame, hill, START),
    };
  };

  it.each([
    ['UASZoneList wrapper', () => load('zone-list-wrapper.json')],
    ['features wrapper', () => load('features-wrapper.json')],
    ['bundled hk-illustrative', () => BUNDLED_ZONE_SETS['hk-illustrative']],
  ])('round-trips the %s: import → export → import gives equal zones', (_name, get) => {
    const doc = get();
    const { zones, exported, again, zonesAgain } = roundTrip(doc);
    expect(again).toEqual(doc);
    expect(exported.features).toHaveLength(doc.features.length);
    expect(zonesAgain).toEqual(zones);
  });
});
