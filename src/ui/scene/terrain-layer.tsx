// The land: the approximate terrain mesh built by the worker (vertex colours by height), and the coastline drawn over it.
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Float32BufferAttribute } from 'three';
import type { WorldGeometry } from '../../session/sim-protocol';

export function TerrainLayer({ world }: { world: WorldGeometry }) {
  const { land, coast } = useMemo(() => {
    const t = world.terrain;
    const land = new BufferGeometry();
    land.setAttribute('position', new BufferAttribute(t.positions, 3));
    land.setAttribute('normal', new BufferAttribute(t.normals, 3));
    land.setAttribute('color', new BufferAttribute(t.colors, 3));
    land.setIndex(new BufferAttribute(t.indices, 1));
    const segments: number[] = [];
    for (const ring of world.coastlines)
      for (let k = 0; k + 3 < ring.length; k += 2)
        segments.push(ring[k], 1.5, -ring[k + 1], ring[k + 2], 1.5, -ring[k + 3]);
    const coast = new BufferGeometry();
    coast.setAttribute('position', new Float32BufferAttribute(segments, 3));
    return { land, coast };
  }, [world]);
  useEffect(
    () => () => {
      land.dispose();
      coast.dispose();
    },
    [land, coast],
  );
  return (
    <>
      <mesh geometry={land} name="land">
        <meshLambertMaterial vertexColors />
      </mesh>
      <lineSegments geometry={coast} name="coastline">
        <lineBasicMaterial color="#e8dcb0" transparent opacity={0.6} />
      </lineSegments>
    </>
  );
}
