// Builds public/geo/terrain.json: the approximate terrain model evaluated on a ~50 m lon/lat grid over the world box.
//
// Reproduce (after scripts/extract-coast.ts, whose coast.json it reads):
//   npx tsx scripts/build-terrain.ts
// Inputs: public/geo/coast.json (land mask and distance to the coast) and src/core/world/build/terrain-inputs.ts
// (summits, model parameters, grid). The model: Gaussian hills at the summits over a 10 m base, soft-limited by a
// ramp rising 0.8 m per metre from the coast; sea nodes store a negative continuation of the ramp so that bilinear
// lookups meet 0 at the coastline (see src/core/world/terrain-model.ts). Heights are approximate, not survey data.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTerrainGrid } from '../src/core/world/build/build-terrain-grid';
import { TERRAIN_GRID, TERRAIN_MODEL_PARAMS, TERRAIN_SUMMITS } from '../src/core/world/build/terrain-inputs';
import { createLandIndex } from '../src/core/world/land-index';
import { createTerrainGrid } from '../src/core/world/terrain-grid';
import type { CoastData } from '../src/core/world/world-data';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const coastPath = resolve(repoRoot, 'public/geo/coast.json');
const target = resolve(repoRoot, 'public/geo/terrain.json');

const coast = JSON.parse(readFileSync(coastPath, 'utf8')) as CoastData;
const started = performance.now();
const terrain = buildTerrainGrid({
  coast,
  ...TERRAIN_GRID,
  summits: TERRAIN_SUMMITS,
  params: TERRAIN_MODEL_PARAMS,
  note: 'APPROXIMATE terrain model for simulation, not survey data: Gaussian hills at listed summits (some positions and heights approx.), 0 m at the coastline of coast.json, sea 0 m. Heights in metres AMSL.',
});
const json = `${JSON.stringify(terrain, null, 1)}\n`;
writeFileSync(target, json);
console.log(
  `wrote ${target}: ${terrain.cols} × ${terrain.rows} nodes, max ${terrain.max_m} m, ${(json.length / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

// How close the model comes to each summit figure (the coast ramp and the grid pull summits down a little).
const grid = createTerrainGrid(terrain);
const land = createLandIndex(coast.polygons, coast.bbox);
for (const s of TERRAIN_SUMMITS) {
  const h = grid.sample(s.lat, s.lon);
  console.log(
    `  ${s.name.padEnd(30)} ${String(s.height_m).padStart(4)} m → ${h.toFixed(0).padStart(4)} m (${((100 * h) / s.height_m).toFixed(0)} %)${land.contains(s.lat, s.lon) ? '' : '  NOT ON LAND'}`,
  );
}
