// Colours of the wind layers, shared by the wind arrows and the weather panel's legend.

/** Colour (CSS) of wind layer k of n: low layers teal, high layers white. */
export function windLayerColour(k: number, n: number): string {
  const f = n > 1 ? k / (n - 1) : 0;
  const mix = (a: number, b: number) => Math.round(a + (b - a) * f);
  return `rgb(${mix(0x3f, 0xff)}, ${mix(0xd0, 0xff)}, ${mix(0xc9, 0xff)})`;
}
