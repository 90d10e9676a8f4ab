// Extracts the committed coastline public/geo/coast.json: GSHHG full resolution by default, OSM land polygons with --osm.
//
// Reproduce (Debian packages; GSHHG is LGPL-3+, never a dependency of Skylane):
//   apt-get install -y gmt gmt-gshhg-full
//   npx tsx scripts/extract-coast.ts              # runs `gmt coast -R<world box> -Df -M -W` and assembles its shore lines
//   npx tsx scripts/build-terrain.ts              # the terrain grid depends on the coast: rebuild it afterwards
// GMT prints GSHHG's level-1 shores (land on the left) cut at its bins and at the box; shore-rings.ts joins the pieces
// and closes lines that leave the box along its edge. Vertices are ~100-200 m apart around Cyberport (~127 m median).
//
// The earlier source, kept for comparison or where a finer OSM file is at hand (the file is streamed, one ring in memory):
//   npm install --prefix /tmp/geo @geo-maps/earth-lands-10m@0.6.0
//   npx tsx scripts/extract-coast.ts --osm /tmp/geo/node_modules/@geo-maps/earth-lands-10m/map.geo.json
// That package is built from OSM's *simplified* land polygons (vertices ~0.4-2 km apart around Hong Kong), © OpenStreetMap
// contributors, ODbL 1.0.
// Either way the rings are clipped to WORLD_BOUNDS, simplified (~5 m within 3 km of Cyberport, ~30 m farther out), islets
// under a size threshold dropped, inland-water holes filled, degrees rounded to 1e-6. A re-run writes the same bytes.
import { execFileSync } from 'node:child_process';
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CYBERPORT_ORIGIN, WORLD_BOUNDS } from '../src/core/geo';
import { clipRingToBox } from '../src/core/world/build/clip-ring-to-box';
import { formatCoastJson } from '../src/core/world/build/format-coast-json';
import { createPolygonStreamParser } from '../src/core/world/build/geojson-polygon-stream';
import { parseGmtSegments, shoreRings } from '../src/core/world/build/shore-rings';
import { type FlatPolygon, simplifyCoast } from '../src/core/world/build/simplify-coast';
import { type CoastSource, GSHHG_COAST, OSM_COAST } from '../src/core/world/coast-attribution';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(repoRoot, 'public/geo/coast.json');
const box = { minX: WORLD_BOUNDS.west, minY: WORLD_BOUNDS.south, maxX: WORLD_BOUNDS.east, maxY: WORLD_BOUNDS.north };

/** Tolerance (m): 5 m within 3 km of Cyberport, rising linearly to 30 m at 8 km and beyond. */
export const toleranceAt = (d: number) => (d <= 3000 ? 5 : d >= 8000 ? 30 : 5 + (25 * (d - 3000)) / 5000);
/** Smallest island or hole kept (m²): 200 m² within 3 km of Cyberport, 4,000 m² (a 63 m square) elsewhere. */
export const minAreaAt = (d: number) => (d <= 3000 ? 200 : 4000);

/** GSHHG full-resolution shores inside the box, as GMT prints them, assembled into closed land rings. */
function readGshhg(): FlatPolygon[] {
  const region = `-R${box.minX}/${box.maxX}/${box.minY}/${box.maxY}`;
  let text: string;
  try {
    text = execFileSync('gmt', ['coast', region, '-Df', '-M', '-W'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      cwd: tmpdir(),
    }); // gmt writes gmt.history where it runs
  } catch (error) {
    console.error(
      `extract-coast: \`gmt coast\` failed (${(error as Error).message})\n  apt-get install -y gmt gmt-gshhg-full`,
    );
    process.exit(2);
  }
  const lines = parseGmtSegments(text);
  const rings = shoreRings(lines, box);
  console.log(`gmt coast: ${lines.length} shore lines → ${rings.length} land rings`);
  return rings.map((ring) => [ring.flat()]);
}

/** The OSM-derived GeoJSON's polygons that meet the box, clipped to it (holes dropped), streamed ring by ring. */
async function readOsm(source: string): Promise<FlatPolygon[]> {
  try {
    statSync(source);
  } catch {
    console.error(
      `extract-coast: source not found: ${source}\n  npm install --prefix /tmp/geo @geo-maps/earth-lands-10m@0.6.0`,
    );
    process.exit(2);
  }
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
  return clipped;
}

async function main(): Promise<void> {
  const osmAt = process.argv.indexOf('--osm');
  const osmFile = osmAt >= 0 ? process.argv[osmAt + 1] : undefined;
  if (osmAt >= 0 && !osmFile) {
    console.error('extract-coast: --osm needs the GeoJSON file (map.geo.json of @geo-maps/earth-lands-10m)');
    process.exit(2);
  }
  const from: CoastSource = osmFile ? OSM_COAST : GSHHG_COAST;
  const clipped = osmFile ? await readOsm(osmFile) : readGshhg();
  const { polygons, stats } = simplifyCoast(clipped, { focus: CYBERPORT_ORIGIN, toleranceAt, minAreaAt, decimals: 6 });
  const json = formatCoastJson({
    source: from.source,
    licence: from.licence,
    bbox: [WORLD_BOUNDS.west, WORLD_BOUNDS.south, WORLD_BOUNDS.east, WORLD_BOUNDS.north],
    simplification: `Douglas-Peucker in local metres: 5 m within 3 km of Cyberport rising to 30 m at 8 km; islands under 200 m² (within 3 km) or 4000 m² (elsewhere) dropped; inland-water holes filled; degrees rounded to 1e-6. ${osmFile ? 'The OSM source itself is generalised: vertices ~0.4-2 km apart, shoreline up to a few hundred metres off' : 'GSHHG full resolution: vertices ~100-200 m apart, shoreline within ~100 m'}`,
    polygons,
  });
  writeFileSync(target, json);
  console.log(
    `wrote ${target}: ${polygons.length} polygons (${stats.dropped} islets dropped), ${stats.pointsIn} → ${stats.pointsOut} points, ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

await main();
