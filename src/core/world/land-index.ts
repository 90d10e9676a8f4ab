// Fast land/sea test against the coast polygons: a uniform cell grid with each cell's centre status and its edges.

export interface LandIndex {
  /** True when (lat, lon) is inside the land polygons (even–odd rule); false outside the coast's box. */
  contains(lat: number, lon: number): boolean;
}

/**
 * Builds the index once (linear in the number of edges). A query starts from the status of its cell's centre and
 * flips it for every polygon edge in the cell that the segment from the centre to the point crosses, so it costs
 * O(edges in the cell) whatever the size of the polygons. Points exactly on an edge may go either way.
 *
 * @example createLandIndex(coast.polygons, coast.bbox).contains(22.2755, 114.1438) // true (Victoria Peak)
 */
export function createLandIndex(
  polygons: readonly (readonly (readonly number[])[])[][],
  bbox: readonly [number, number, number, number],
  cellDeg = 0.0025,
): LandIndex {
  const [west, south, east, north] = bbox;
  const nx = Math.max(1, Math.ceil((east - west) / cellDeg));
  const ny = Math.max(1, Math.ceil((north - south) / cellDeg));
  const cw = (east - west) / nx;
  const ch = (north - south) / ny;
  // Centres are nudged off round numbers so that no coordinate of the data lies exactly on them.
  const nudge = 1.2345e-7;

  const edgeList: number[] = [];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (a[0] !== b[0] || a[1] !== b[1]) edgeList.push(a[0], a[1], b[0], b[1]);
      }
  const edges = Float64Array.from(edgeList);
  const edgeCount = edges.length / 4;

  const cellOf = (v: number, origin: number, size: number, count: number) =>
    Math.min(count - 1, Math.max(0, Math.floor((v - origin) / size)));
  // Edges per cell (compressed rows): count, prefix sums, fill.
  const counts = new Uint32Array(nx * ny + 1);
  const forEachCell = (e: number, visit: (c: number) => void) => {
    const i0 = cellOf(Math.min(edges[4 * e], edges[4 * e + 2]), west, cw, nx);
    const i1 = cellOf(Math.max(edges[4 * e], edges[4 * e + 2]), west, cw, nx);
    const j0 = cellOf(Math.min(edges[4 * e + 1], edges[4 * e + 3]), south, ch, ny);
    const j1 = cellOf(Math.max(edges[4 * e + 1], edges[4 * e + 3]), south, ch, ny);
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) visit(j * nx + i);
  };
  for (let e = 0; e < edgeCount; e++) forEachCell(e, (c) => counts[c + 1]++);
  for (let c = 0; c < nx * ny; c++) counts[c + 1] += counts[c];
  const start = counts.slice();
  const cellEdges = new Uint32Array(counts[nx * ny]);
  const fill = counts.slice(0, nx * ny);
  for (let e = 0; e < edgeCount; e++) forEachCell(e, (c) => (cellEdges[fill[c]++] = e));

  // Status of each cell centre: parity of edge crossings to its west along the centre's row.
  const centreInside = new Uint8Array(nx * ny);
  const crossings: number[] = [];
  for (let j = 0; j < ny; j++) {
    const yc = south + (j + 0.5) * ch + nudge;
    crossings.length = 0;
    for (let e = 0; e < edgeCount; e++) {
      const y1 = edges[4 * e + 1];
      const y2 = edges[4 * e + 3];
      if (y1 > yc !== y2 > yc) {
        const x1 = edges[4 * e];
        crossings.push(x1 + ((yc - y1) * (edges[4 * e + 2] - x1)) / (y2 - y1));
      }
    }
    crossings.sort((a, b) => a - b);
    let k = 0;
    for (let i = 0; i < nx; i++) {
      const xc = west + (i + 0.5) * cw + nudge;
      while (k < crossings.length && crossings[k] < xc) k++;
      centreInside[j * nx + i] = k & 1;
    }
  }

  function contains(lat: number, lon: number): boolean {
    if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return false;
    const i = cellOf(lon, west, cw, nx);
    const j = cellOf(lat, south, ch, ny);
    const c = j * nx + i;
    const cx = west + (i + 0.5) * cw + nudge;
    const cy = south + (j + 0.5) * ch + nudge;
    let inside = centreInside[c] === 1;
    const dx = lon - cx;
    const dy = lat - cy;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const e = 4 * cellEdges[k];
      const ax = edges[e];
      const ay = edges[e + 1];
      const bx = edges[e + 2];
      const by = edges[e + 3];
      // Does segment centre→point cross edge a→b? The edge's ends are classed strictly (> 0) against the segment's
      // line, so a segment through a shared vertex counts once, not twice.
      const o1 = dx * (ay - cy) - dy * (ax - cx);
      const o2 = dx * (by - cy) - dy * (bx - cx);
      if (o1 > 0 === o2 > 0) continue;
      const ex = bx - ax;
      const ey = by - ay;
      const o3 = ex * (cy - ay) - ey * (cx - ax);
      const o4 = ex * (lat - ay) - ey * (lon - ax);
      if ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0)) inside = !inside;
    }
    return inside;
  }

  return { contains };
}
