// Reads a number written in decimal notation (digits, an optional fraction and exponent): never hex, binary or "Infinity".

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The value of `text` (surrounding blanks ignored) when it is a finite number in decimal notation, else undefined.
 * JavaScript's Number() also reads `0x16` (22), `0b11`, `0o7`, `Infinity` and "" (0); in a data file or an option
 * those are typos, not numbers.
 * @example parseDecimal('-1.5e3') === -1500; parseDecimal('0x16') === undefined
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const v = Number(t);
  return Number.isFinite(v) ? v : undefined;
}
