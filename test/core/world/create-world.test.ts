// Checks createWorld's validation: malformed data is rejected with a message naming the file, the path and the fault.
import { describe, expect, it } from 'vitest';
import { createWorld, type WorldData, WorldDataError } from '../../../src/core/world';
import { frame, freshData, world } from './world-fixture';

const rejects = (mutate: (d: WorldData) => void, message: RegExp) => {
  const d = freshData();
  mutate(d);
  expect(() => createWorld(d, frame)).toThrow(message);
  try {
    createWorld(d, frame);
  } catch (error) {
    expect(error).toBeInstanceOf(WorldDataError);
  }
};

describe('createWorld', () => {
  it('builds the bundled world', () => {
    expect(world.pads.length).toBeGreaterThanOrEqual(12);
    expect(world.land.length).toBeGreaterThan(5);
    for (const ring of world.land.flat()) expect(ring[0]).toEqual(ring[ring.length - 1]);
    const pad = world.padById('cyberport-pad')!;
    const local = frame.toLocal(pad.lat, pad.lon);
    expect([pad.x, pad.y]).toEqual([local.x, local.y]);
  });

  it('rejects data that is not an object', () => {
    expect(() => createWorld(null as unknown as WorldData, frame)).toThrow(/expected an object, found null/);
  });

  it('rejects a missing file', () => {
    rejects((d) => delete (d as Partial<WorldData>).pads, /pads\.json: : expected an object, found nothing/);
  });

  it('rejects a pad with a bad latitude, naming file, path and value', () => {
    rejects(
      (d) => ((d.pads.pads[2] as unknown as Record<string, unknown>).lat = 'north'),
      /world data pads\.json: pads\[2\]\.lat: expected a latitude in \[-90, 90\], found "north"/,
    );
  });

  it('rejects an unknown pad kind and duplicate pad ids', () => {
    rejects(
      (d) => ((d.pads.pads[0] as unknown as Record<string, unknown>).kind = 'runway'),
      /pads\[0\]\.kind: expected one of drone-pad, vertiport, pier, helipad/,
    );
    rejects((d) => (d.pads.pads[1].id = d.pads.pads[0].id), /pads\[1\]\.id: expected an id used by no other pad/);
  });

  it('rejects a FATO count that is not a positive integer', () => {
    rejects((d) => (d.pads.pads[1].fatos = 0), /pads\[1\]\.fatos: expected an integer in \[1, 100\], found number 0/);
  });

  it('rejects a building whose roof is below its base, or a footprint of two points', () => {
    rejects(
      (d) => (d.buildings.buildings[0].top_m = d.buildings.buildings[0].base_m - 1),
      /buildings\.json: buildings\[0\]\.top_m: expected a roof height above base_m/,
    );
    rejects(
      (d) => (d.buildings.buildings[3].footprint = d.buildings.buildings[3].footprint.slice(0, 2)),
      /buildings\[3\]\.footprint: expected an array of at least 3/,
    );
  });

  it('rejects an open coast ring and a non-numeric coordinate', () => {
    rejects((d) => d.coast.polygons[0][0].pop(), /coast\.json: polygons\[0\]\[0\]: expected a closed ring/);
    rejects(
      (d) => ((d.coast.polygons[1][0][2] as unknown[])[0] = null),
      /polygons\[1\]\[0\]\[2\]\[0\]: expected a longitude in \[-180, 180\], found null/,
    );
  });

  it('rejects terrain data of the wrong length or encoding', () => {
    rejects((d) => (d.terrain.data = d.terrain.data.slice(0, 4000)), /terrain\.json: data: terrain data end after/);
    rejects((d) => (d.terrain.rows -= 1), /terrain\.json: data: terrain data: \d+ bytes left/);
    rejects(
      (d) => ((d.terrain as unknown as Record<string, unknown>).encoding = 'png'),
      /terrain\.json: encoding: expected "int16-row-delta-zigzag-varint-base64", found "png"/,
    );
    rejects(
      (d) => (d.terrain.data = `!${d.terrain.data.slice(1)}`),
      /terrain\.json: data: base64: unexpected character at offset 0/,
    );
  });

  it('rejects a terrain grid built from another coast', () => {
    rejects(
      (d) => (d.coast.polygons[0][0][1] = [d.coast.polygons[0][0][1][0] + 0.001, d.coast.polygons[0][0][1][1]]),
      /terrain\.json: coastDigest: expected "[0-9a-f]{8}" \(the digest of coast\.json\).*build-terrain/,
    );
  });

  it('does not keep references to the input objects', () => {
    const d = freshData();
    const w = createWorld(d, frame);
    d.pads.pads[0].lat = 0;
    d.buildings.buildings[0].footprint[0][0] = 0;
    expect(w.pads[0].lat).not.toBe(0);
    expect(w.buildings[0].footprint[0][0]).not.toBe(0);
  });
});
