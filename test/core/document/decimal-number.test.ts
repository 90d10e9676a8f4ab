// Decimal numbers only: what Number() would also read (hex, binary, Infinity, blanks) is refused.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/core/document/decimal-number';

describe('parseDecimal', () => {
  it('reads decimal notation', () => {
    expect(parseDecimal('22')).toBe(22);
    expect(parseDecimal(' -1.5e3 ')).toBe(-1500);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('+3.')).toBe(3);
  });

  it('refuses hex, binary, octal, infinities, overflow and empty text', () => {
    for (const t of ['0x16', '0b11', '0o7', 'Infinity', '-Infinity', '1e999', '', ' ', 'NaN', '1,5', '1e']) {
      expect(parseDecimal(t)).toBeUndefined();
    }
  });
});
