// The shared rule modules: zone restriction and height rules, as tactical detection and the planner both use them.
import { describe, expect, it } from 'vitest';
import type { AircraftClass } from '../../../src/core/aircraft/aircraft-class';
import { cadLimitM, heightAboveSurface } from '../../../src/core/airspace/height-rules';
import { zoneForbids } from '../../../src/core/airspace/zone-restriction';
import { DEFAULT_RULES } from '../../../src/core/scenario/default-rules';

const cls = (cad_category: string) => ({ cad_category }) as AircraftClass;

describe('zoneForbids', () => {
  it('forbids PROHIBITED always and REQ_AUTHORISATION without the authorisation', () => {
    expect(zoneForbids({ id: 'Z1', restriction: 'PROHIBITED' }, ['Z1'])).toBe(true);
    expect(zoneForbids({ id: 'Z1', restriction: 'REQ_AUTHORISATION' }, [])).toBe(true);
    expect(zoneForbids({ id: 'Z1', restriction: 'REQ_AUTHORISATION' }, ['Z1'])).toBe(false);
    expect(zoneForbids({ id: 'Z1', restriction: 'CONDITIONAL' }, [])).toBe(false);
    expect(zoneForbids({ id: 'Z1', restriction: 'NO_RESTRICTION' }, [])).toBe(false);
  });
});

describe('height rules', () => {
  it('gives the CAD limit by category, none for Advanced operations or unlisted categories', () => {
    expect(cadLimitM(DEFAULT_RULES, cls('A1'), false)).toBe(30);
    expect(cadLimitM(DEFAULT_RULES, cls('A2'), false)).toBe(91);
    expect(cadLimitM(DEFAULT_RULES, cls('A2'), true)).toBe(Number.POSITIVE_INFINITY);
    expect(cadLimitM(DEFAULT_RULES, cls('eVTOL'), false)).toBe(Number.POSITIVE_INFINITY);
  });
  it('measures height above the higher of ground and roof', () => {
    expect(heightAboveSurface(50, 10, Number.NEGATIVE_INFINITY)).toBe(40);
    expect(heightAboveSurface(50, 10, 45)).toBe(5);
    expect(heightAboveSurface(40, 10, 45)).toBe(-5);
  });
});
