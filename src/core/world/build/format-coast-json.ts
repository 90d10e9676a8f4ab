// Writes the coast file as compact JSON with one polygon per line (small and readable in diffs).
import type { CoastData } from '../world-data';

/** @example formatCoastJson({ source, licence, bbox, simplification, polygons }) // '{"source":…,\n"polygons":[\n[[[…]]]\n]}\n' */
export function formatCoastJson(coast: CoastData): string {
  const { polygons, ...header } = coast;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"polygons":[\n${polygons.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
}
