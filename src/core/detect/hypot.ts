// Math.hypot of two numbers by the same steps as V8's builtin, so bit-identical there, but inlined instead of a runtime call.

/**
 * √(a² + b²), scaled by the larger magnitude m as V8's Math.hypot computes it: m·√((|a|/m)² + (|b|/m)²) (its Kahan sum
 * of two terms reduces to one addition). Returns exactly what Math.hypot(a, b) returns under V8 (Node, Chromium); its
 * point is speed — V8's Math.hypot is a C++ runtime call that allocates. Zeros, infinities and NaN go to Math.hypot.
 */
export function hypot2(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  const m = Math.max(x, y);
  if (!(m > 0 && m < Number.POSITIVE_INFINITY)) return Math.hypot(a, b);
  const p = x / m;
  const q = y / m;
  return Math.sqrt(p * p + q * q) * m;
}
