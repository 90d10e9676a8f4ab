// Lightweight checks of the world data files, with errors that name the file, the path and what was expected.
import { coastDigest } from './coast-digest';
import type { PadKind } from './world';
import type { WorldData } from './world-data';
import { WORLD_DATA_FILES } from './world-data-urls';

/** Malformed world data: `file` is e.g. "pads.json", `path` e.g. "pads[3].lat". */
export class WorldDataError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`world data ${file}: ${path}: ${detail}`);
    this.name = 'WorldDataError';
  }
}

const PAD_KINDS: readonly PadKind[] = ['drone-pad', 'vertiport', 'pier', 'helipad'];
const MAX_TERRAIN_NODES = 4_000_000;

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** A cursor over one file's JSON that reports failures at its path. */
class Checker {
  constructor(
    private readonly file: string,
    private readonly path: string,
    readonly value: unknown,
  ) {}
  fail(expected: string): never {
    throw new WorldDataError(this.file, this.path, `expected ${expected}, found ${describe(this.value)}`);
  }
  at(key: string | number): Checker {
    const v = this.value;
    const path = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    const own = typeof v === 'object' && v !== null && Object.hasOwn(v, key);
    return new Checker(this.file, path, own ? (v as Record<string | number, unknown>)[key] : undefined);
  }
  object(): this {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) this.fail('an object');
    return this;
  }
  array(min = 0): Checker[] {
    if (!Array.isArray(this.value) || this.value.length < min) this.fail(`an array of at least ${min}`);
    return (this.value as unknown[]).map((_, i) => this.at(i));
  }
  string(nonEmpty = true): string {
    if (typeof this.value !== 'string' || (nonEmpty && this.value.length === 0)) this.fail('a non-empty string');
    return this.value as string;
  }
  number(min = -Infinity, max = Infinity, what = 'a number'): number {
    const v = this.value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      this.fail(min === -Infinity && max === Infinity ? what : `${what} in [${min}, ${max}]`);
    return v as number;
  }
  integer(min: number, max: number): number {
    const v = this.number(min, max, 'an integer');
    if (!Number.isInteger(v)) this.fail(`an integer in [${min}, ${max}]`);
    return v;
  }
  boolean(): boolean {
    if (typeof this.value !== 'boolean') this.fail('true or false');
    return this.value as boolean;
  }
  lonLat(): [number, number] {
    const [lon, lat] = this.array(2);
    if ((this.value as unknown[]).length !== 2) this.fail('a [lon, lat] pair');
    return [lon.number(-180, 180, 'a longitude'), lat.number(-90, 90, 'a latitude')];
  }
}

function checkCoast(root: Checker): void {
  root.object();
  root.at('source').string();
  root.at('licence').string();
  const bbox = root.at('bbox');
  const [w, s, e, n] = bbox.array(4).map((c) => c.number());
  if (!(w < e && s < n)) bbox.fail('[west, south, east, north] with west < east and south < north');
  root
    .at('polygons')
    .array(1)
    .forEach((polygon) => {
      polygon.array(1).forEach((ring) => {
        const points = ring.array(4).map((p) => p.lonLat());
        const first = points[0];
        const last = points[points.length - 1];
        if (first[0] !== last[0] || first[1] !== last[1]) ring.fail('a closed ring (last point equal to the first)');
      });
    });
}

function checkTerrain(root: Checker): void {
  root.object();
  root.at('note').string();
  root.at('west').number(-180, 180);
  root.at('south').number(-90, 90);
  root.at('stepLon').number(1e-7, 1);
  root.at('stepLat').number(1e-7, 1);
  const cols = root.at('cols').integer(2, 100_000);
  const rows = root.at('rows').integer(2, 100_000);
  if (cols * rows > MAX_TERRAIN_NODES) root.at('cols').fail(`cols × rows ≤ ${MAX_TERRAIN_NODES}`);
  root.at('unit_m').number(1e-3, 10);
  const encoding = root.at('encoding');
  if (encoding.value !== 'int16-row-delta-zigzag-varint-base64')
    encoding.fail('"int16-row-delta-zigzag-varint-base64"');
  root.at('data').string(); // decoded (and its length checked) by createWorld
  root.at('max_m').number(0, 10_000);
  root.at('coastDigest').string();
  const model = root.at('model').object();
  const origin = model.at('distanceFrameOrigin').object();
  origin.at('lat').number(-90, 90);
  origin.at('lon').number(-180, 180);
  model.at('base_m').number(0, 10_000);
  model.at('coastSlope').number(1e-6, 100);
  model.at('softMinPower').number(0.5, 64);
  model.at('maxCoastDistance_m').number(1, 1e6);
  model.at('seaFloor_m').number(0, 1000);
  root
    .at('summits')
    .array()
    .forEach((s) => {
      s.object();
      s.at('name').string();
      s.at('lat').number(-90, 90);
      s.at('lon').number(-180, 180);
      s.at('height_m').number(0, 10_000);
      s.at('radius_m').number(1, 1e6);
      s.at('note').string();
    });
}

/** Checks that `id` is a string not among `ids` (of other `what`s), and adds it. */
function uniqueId(id: Checker, ids: Set<string>, what: string): void {
  if (ids.has(id.string())) id.fail(`an id used by no other ${what}`);
  ids.add(id.value as string);
}

function checkBuildings(root: Checker): void {
  root.object();
  root.at('note').string();
  const ids = new Set<string>();
  root
    .at('buildings')
    .array()
    .forEach((b) => {
      b.object();
      uniqueId(b.at('id'), ids, 'building');
      b.at('name').string();
      b.at('footprint')
        .array(3)
        .forEach((p) => {
          p.lonLat();
        });
      const base = b.at('base_m').number(-100, 10_000);
      b.at('top_m').number(base + 1e-9, 10_000, `a roof height above base_m (${base})`);
      b.at('note').string();
    });
}

function checkPads(root: Checker): void {
  root.object();
  root.at('note').string();
  const ids = new Set<string>();
  root
    .at('pads')
    .array()
    .forEach((p) => {
      p.object();
      uniqueId(p.at('id'), ids, 'pad');
      p.at('name').string();
      p.at('lat').number(-90, 90, 'a latitude');
      p.at('lon').number(-180, 180, 'a longitude');
      p.at('elevation_m').number(-100, 10_000);
      p.at('capacity').integer(1, 1000);
      if ('fatos' in (p.value as object)) p.at('fatos').integer(1, 100);
      const kind = p.at('kind');
      if (!PAD_KINDS.includes(kind.value as PadKind)) kind.fail(`one of ${PAD_KINDS.join(', ')}`);
      p.at('evtol').boolean();
      p.at('note').string();
    });
}

/**
 * Checks that `data` has the shape of WorldData and that terrain.json was built from this coast.json.
 * Throws a WorldDataError naming the file, the path inside it, what was expected and what was found.
 *
 * @example validateWorldData({ coast, terrain, buildings, pads: { note: 'x', pads: [{ id: 1 }] } })
 * // throws: world data pads.json: pads[0].id: expected a non-empty string, found number 1
 */
export function validateWorldData(data: unknown): asserts data is WorldData {
  if (typeof data !== 'object' || data === null)
    throw new WorldDataError('(all)', '', `expected an object, found ${describe(data)}`);
  const parts = data as Record<string, unknown>;
  checkCoast(new Checker(WORLD_DATA_FILES.coast, '', parts.coast));
  checkTerrain(new Checker(WORLD_DATA_FILES.terrain, '', parts.terrain));
  checkBuildings(new Checker(WORLD_DATA_FILES.buildings, '', parts.buildings));
  checkPads(new Checker(WORLD_DATA_FILES.pads, '', parts.pads));
  const { coast, terrain } = data as WorldData;
  const digest = coastDigest(coast.polygons);
  if (terrain.coastDigest !== digest)
    throw new WorldDataError(
      WORLD_DATA_FILES.terrain,
      'coastDigest',
      `expected "${digest}" (the digest of coast.json), found "${terrain.coastDigest}": the grid was built from another coast; run npx tsx scripts/build-terrain.ts`,
    );
}
