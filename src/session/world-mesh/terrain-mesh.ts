// Builds the land mesh from the approximate terrain grid: cells touching land, heights from the model, coloured by height.
import { writeScenePoint } from './coordinates';
import { writeHeightColour } from './height-colour';

export interface TerrainGridInput {
  cols: number;
  rows: number;
  /** Node heights (m), row-major from the south-west; negative over the sea (crosses 0 at the coast). */
  values: Float64Array;
  /** Local metres of node (i, j). */
  nodeLocal(i: number, j: number): { x: number; y: number };
}

export interface TerrainMesh {
  positions: Float32Array;
  normals: Float32Array;
  colors: Float32Array;
  indices: Uint32Array;
}

/** Sea nodes sink at most this far, so that the opaque sea plane at 0 m cuts the mesh along the coastline. */
const SEA_FLOOR_M = -8;

/**
 * Samples every `stride`-th node and keeps the cells with at least one land corner (height > 0). Vertices are in
 * three.js coordinates; normals come from the neighbouring samples.
 */
export function buildTerrainMesh(grid: TerrainGridInput, stride = 2): TerrainMesh {
  const nx = Math.floor((grid.cols - 1) / stride) + 1;
  const ny = Math.floor((grid.rows - 1) / stride) + 1;
  const height = (i: number, j: number) => Math.max(SEA_FLOOR_M, grid.values[j * stride * grid.cols + i * stride]);
  const used = new Int32Array(nx * ny).fill(-1);
  const cells: number[] = [];
  for (let j = 0; j + 1 < ny; j++)
    for (let i = 0; i + 1 < nx; i++)
      if (height(i, j) > 0 || height(i + 1, j) > 0 || height(i, j + 1) > 0 || height(i + 1, j + 1) > 0) {
        cells.push(j * nx + i);
        used[j * nx + i] = used[j * nx + i + 1] = used[(j + 1) * nx + i] = used[(j + 1) * nx + i + 1] = 0;
      }
  let count = 0;
  for (let k = 0; k < used.length; k++) if (used[k] === 0) used[k] = count++;

  const positions = new Float32Array(count * 3);
  const colors = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const local = new Float64Array(nx * ny * 2);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const p = grid.nodeLocal(i * stride, j * stride);
      local[2 * (j * nx + i)] = p.x;
      local[2 * (j * nx + i) + 1] = p.y;
    }
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const v = used[j * nx + i];
      if (v < 0) continue;
      const h = height(i, j);
      writeScenePoint(positions, 3 * v, local[2 * (j * nx + i)], local[2 * (j * nx + i) + 1], h);
      writeHeightColour(colors, 3 * v, h);
      // Normal of the surface z = h(x, y) from central differences, then to three.js axes (x, z up, −y).
      const i0 = Math.max(0, i - 1);
      const i1 = Math.min(nx - 1, i + 1);
      const j0 = Math.max(0, j - 1);
      const j1 = Math.min(ny - 1, j + 1);
      const dx = local[2 * (j * nx + i1)] - local[2 * (j * nx + i0)];
      const dy = local[2 * (j1 * nx + i) + 1] - local[2 * (j0 * nx + i) + 1];
      const gx = dx > 0 ? (height(i1, j) - height(i0, j)) / dx : 0;
      const gy = dy > 0 ? (height(i, j1) - height(i, j0)) / dy : 0;
      const inv = 1 / Math.hypot(gx, gy, 1);
      normals[3 * v] = -gx * inv;
      normals[3 * v + 1] = inv;
      normals[3 * v + 2] = gy * inv;
    }
  const indices = new Uint32Array(cells.length * 6);
  cells.forEach((c, k) => {
    const a = used[c];
    const b = used[c + 1];
    const d = used[c + nx];
    const e = used[c + nx + 1];
    const i = c % nx;
    const j = (c - i) / nx;
    // Split along the diagonal whose ends lie on the same side of the coast, so that the sea plane cuts the cell
    // along the coastline instead of in saw teeth. Counter-clockwise seen from above (north is −z).
    const alongAE = height(i, j) > 0 === height(i + 1, j + 1) > 0;
    indices.set(alongAE ? [a, b, e, a, e, d] : [a, b, d, b, e, d], k * 6);
  });
  return { positions, normals, colors, indices };
}
