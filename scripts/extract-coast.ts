// Extracts the committed coastline public/geo/coast.json from the OSM-derived land polygons of @geo-maps/earth-lands-10m.
//
// Reproduce (the 129 MB source package is installed outside the repo and is never a dependency):
//   npm install --prefix /tmp/geo @geo-maps/earth-lands-10m@0.6.0
//   npx tsx scripts/extract-coast.ts /tmp/geo/node_modules/@geo-maps/earth-lands-10m/map.geo.json
//   npx tsx scripts/build-terrain.ts      # the terrain grid depends on the coast: rebuild it afterwards
// The source path may also come from EARTH_LANDS_GEOJSON. The file is streamed (one ring in memory at a time),
// so the default Node heap is enough. Output: public/geo/coast.json (clipped to WORLD_BOUNDS, simplified to ~5 m
// within 3 km of Cyberport and ~30 m farther out, islets under a size threshold dropped, inland-water holes filled,
// degrees rounded to 1e-6).
// Accuracy: geo-maps built this package from OSM's *simplified* land polygons (made for small-scale maps), so around
// Hong Kong its vertices are ~0.4–2 km apart and the shoreline can be 100–300 m off; "10m" is only the extra
// Douglas-Peucker tolerance geo-maps applied. A finer GeoJSON source (e.g. full OSM land polygons) can be passed the
// same way and the tolerances below then take effect.
// Data: © OpenStreetMap contributors, ODbL 1.0, via @geo-maps/earth-lands-10m 0.6.0 (https://github.com/simonepri/geo-maps).
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CYBERPORT_ORIGIN, WORLD_BOUNDS } from '../src/core/geo';
import { clipRingToBox } from '../src/core/world/build/clip-ring-to-box';
import { formatCoastJson } from '../src/core/world/build/format-coast-json';
import { createPolygonStreamParser } from '../src/core/world/build/geojson-polygon-stream';
import { type FlatPolygon, simplifyCoast } from '../src/core/world/build/simplify-coast';
import { COAST_LICENCE, COAST_SOURCE } from '../src/core/world/coast-attribution';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = '/tmp/geo/node_modules/@geo-maps/earth-lands-10m/map.geo.json';
const source = process.argv[2] ?? process.env.EARTH_LANDS_GEOJSON ?? DEFAULT_SOURCE;
const target = resolve(repoRoot, 'public/geo/coast.json');

/** Tolerance (m): 5 m within 3 km of Cyberport, rising linearly to 30 m at 8 km and beyond. */
export const toleranceAt = (d: number) => (d <= 3000 ? 5 : d >= 8000 ? 30 : 5 + (25 * (d - 3000)) / 5000);
/** Smallest island or hole kept (m²): 200 m² within 3 km of Cyberport, 4,000 m² (a 63 m square) elsewhere. */
export const minAreaAt = (d: number) => (d <= 3000 ? 200 : 4000);

async function main(): Promise<void> {
  try {
    statSync(source);
  } catch {
    console.error(
      `extract-coast: source not found: ${source}\n  npm install --prefix /tmp/geo @geo-maps/earth-lands-10m@0.6.0`,
    );
    process.exit(2);
  }
  const box = { minX: WORLD_BOUNDS.west, minY: WORLD_BOUNDS.south, maxX: WORLD_BOUNDS.east, maxY: WORLD_BOUNDS.north };
  const clipped: FlatPolygon[] = [];
  let current: FlatPolygon | null = null;
  let outerKept = false;
  let ringsSeen = 0;
  const parser = createPolygonStreamParser({
    ring(r) {
      ringsSeen++;
      if (r.indexInPolygon === 0) {
        current = [];
        outerKept = false;
      }
      if (r.indexInPolygon > 0) return; // holes are inland water (reservoirs, rivers): the world knows sea and land only
      if (r.maxLon < box.minX || r.minLon > box.maxX || r.maxLat < box.minY || r.minLat > box.maxY) return;
      const ring = clipRingToBox(r.coords, box);
      if (ring.length === 0) return;
      if (r.indexInPolygon === 0) outerKept = true;
      current?.push(ring);
    },
    polygonEnd() {
      if (current && outerKept) clipped.push(current);
      current = null;
    },
  });

  const started = performance.now();
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(source, { highWaterMark: 4 << 20 });
    stream.on('data', (chunk) => parser.write(chunk as Buffer));
    stream.on('end', () => {
      parser.end();
      done();
    });
    stream.on('error', fail);
  });
  console.log(
    `read ${ringsSeen} rings in ${((performance.now() - started) / 1000).toFixed(1)} s; ${clipped.length} polygons meet the box`,
  );

  const { polygons, stats } = simplifyCoast(clipped, { focus: CYBERPORT_ORIGIN, toleranceAt, minAreaAt, decimals: 6 });
  const json = formatCoastJson({
    source: COAST_SOURCE,
    licence: COAST_LICENCE,
    bbox: [WORLD_BOUNDS.west, WORLD_BOUNDS.south, WORLD_BOUNDS.east, WORLD_BOUNDS.north],
    simplification:
      'Douglas-Peucker in local metres: 5 m within 3 km of Cyberport rising to 30 m at 8 km; islands under 200 m² (within 3 km) or 4000 m² (elsewhere) dropped; inland-water holes filled; degrees rounded to 1e-6. The source itself is generalised: vertices ~0.4-2 km apart, shoreline up to a few hundred metres off',
    polygons,
  });
  writeFileSync(target, json);
  console.log(
    `wrote ${target}: ${polygons.length} polygons (${stats.dropped} islets dropped), ${stats.pointsIn} → ${stats.pointsOut} points, ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

await main();
