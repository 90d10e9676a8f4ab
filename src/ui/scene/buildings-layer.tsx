// Buildings: approximate footprints extruded from ground to roof, merged into one mesh.
import { useEffect, useMemo } from 'react';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { WorldGeometry } from '../../session/sim-protocol';
import { extrudeRings } from './footprint-extrusion';

export function BuildingsLayer({ world }: { world: WorldGeometry }) {
  const geometry = useMemo(() => {
    const parts = world.buildings
      .filter((b) => b.ring.length >= 6)
      .map((b) => extrudeRings([b.ring], b.base_m, b.top_m));
    return parts.length ? mergeGeometries(parts) : null;
  }, [world]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  if (!geometry) return null;
  return (
    <mesh geometry={geometry} name="buildings">
      <meshLambertMaterial color="#d9d6cf" />
    </mesh>
  );
}
