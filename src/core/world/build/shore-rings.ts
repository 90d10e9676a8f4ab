// Turns GMT's binned shore lines (`gmt coast -M -W` output) into closed land rings inside the dump's box.
import type { Box } from './clip-ring-to-box';

/** A shore line as [lon, lat] points, land on its left (GSHHG level-1 shores run counter-clockwise). */
export type ShoreLine = [number, number][];

/** A line of the GMT text the parser could not read, with its 1-based line number. */
export class ShoreParseError extends Error {
  constructor(
    readonly line: number,
    found: string,
    expected: string,
  ) {
    super(`line ${line}: found ${JSON.stringify(found.slice(0, 60))}, expected ${expected}`);
  }
}

/**
 * Reads GMT multisegment text: `>` headers start a line, other lines hold "lon lat". Empty segments are skipped.
 * @example parseGmtSegments('> bin 1\n114 22\n114.1 22\n') // [[[114, 22], [114.1, 22]]]
 */
export function parseGmtSegments(text: string): ShoreLine[] {
  const lines: ShoreLine[] = [];
  let current: ShoreLine | null = null;
  text.split('\n').forEach((raw, i) => {
    const row = raw.trim();
    if (row === '') return;
    if (row.startsWith('>')) {
      current = [];
      lines.push(current);
      return;
    }
    const parts = row.split(/\s+/);
    const lon = Number(parts[0]);
    const lat = Number(parts[1]);
    if (parts.length < 2 || !Number.isFinite(lon) || !Number.isFinite(lat))
      throw new ShoreParseError(i + 1, raw, '"lon lat" (two numbers)');
    if (!current) throw new ShoreParseError(i + 1, raw, 'a ">" segment header before the first point');
    (current as ShoreLine).push([lon, lat]);
  });
  return lines.filter((l) => l.length > 1);
}

const EPS = 1e-9;
const same = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < EPS && Math.abs(a[1] - b[1]) < EPS;

/** Position along the box's edge, counter-clockwise from the south-west corner: [0, 4), or -1 off the edge. */
function perimeterAt(p: [number, number], box: Box): number {
  const [x, y] = p;
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  if (Math.abs(y - box.minY) < EPS && x < box.maxX - EPS) return (x - box.minX) / w;
  if (Math.abs(x - box.maxX) < EPS && y < box.maxY - EPS) return 1 + (y - box.minY) / h;
  if (Math.abs(y - box.maxY) < EPS && x > box.minX + EPS) return 2 + (box.maxX - x) / w;
  if (Math.abs(x - box.minX) < EPS) return 3 + (box.maxY - y) / h;
  return -1;
}

/** Corners passed going counter-clockwise from perimeter position `from` to `to` (exclusive). */
function cornersBetween(from: number, to: number, box: Box): [number, number][] {
  const corners: [number, number][] = [
    [box.maxX, box.minY],
    [box.maxX, box.maxY],
    [box.minX, box.maxY],
    [box.minX, box.minY],
  ];
  const span = (to - from + 4) % 4;
  const out: [number, number][] = [];
  for (let k = 1; k <= 4; k++) {
    const corner = Math.floor(from) + k; // corner k at perimeter position k (mod 4)
    if (corner - from > span + EPS) break;
    if (corner - from > EPS) out.push(corners[(corner - 1) % 4]);
  }
  return out;
}

/** Joins lines end to start; returns the joined lines (closed ones repeat their first point at the end). */
function joinLines(lines: readonly ShoreLine[]): ShoreLine[] {
  const pending = lines.map((l) => l.slice());
  const out: ShoreLine[] = [];
  while (pending.length > 0) {
    const line = pending.pop() as ShoreLine;
    for (;;) {
      if (same(line[0], line[line.length - 1])) break;
      const next = pending.findIndex((l) => same(l[0], line[line.length - 1]));
      if (next < 0) break;
      line.push(...pending[next].slice(1));
      pending.splice(next, 1);
    }
    out.push(line);
  }
  return out;
}

/**
 * Closed land rings (open: first point not repeated, counter-clockwise) from shore lines clipped to `box`.
 * Lines are joined where one ends at another's start (GMT cuts shores at its bins); a line still open must start and
 * end on the box edge, and is closed by walking the edge counter-clockwise (land on the left) to the next line's start.
 * Throws when a line ends inside the box without a continuation.
 * @example shoreRings([[[0, 0.5], [0.5, 0.5], [0.5, 1]]], { minX: 0, minY: 0, maxX: 1, maxY: 1 }) // one ring with corner (0, 1)
 */
export function shoreRings(lines: readonly ShoreLine[], box: Box): [number, number][][] {
  const joined = joinLines(lines);
  const rings: [number, number][][] = [];
  const open: { line: ShoreLine; start: number; end: number }[] = [];
  for (const line of joined) {
    if (same(line[0], line[line.length - 1])) {
      rings.push(line.slice(0, -1));
      continue;
    }
    const start = perimeterAt(line[0], box);
    const end = perimeterAt(line[line.length - 1], box);
    if (start < 0 || end < 0) {
      const p = start < 0 ? line[0] : line[line.length - 1];
      throw new Error(`shore line ends at ${p[0]}, ${p[1]}, inside the box, with no continuation`);
    }
    open.push({ line, start, end });
  }
  const used = new Set<number>();
  for (let i = 0; i < open.length; i++) {
    if (used.has(i)) continue;
    const ring: [number, number][] = [];
    let k = i;
    while (!used.has(k)) {
      used.add(k);
      ring.push(...open[k].line);
      const from = open[k].end;
      // The next start counter-clockwise along the edge from this line's end.
      let best = -1;
      let bestSpan = Number.POSITIVE_INFINITY;
      open.forEach((o, j) => {
        const span = (o.start - from + 4) % 4;
        if (span < bestSpan && (!used.has(j) || j === i)) {
          bestSpan = span;
          best = j;
        }
      });
      ring.push(...cornersBetween(from, open[best].start, box));
      k = best;
    }
    rings.push(ring);
  }
  return rings;
}
