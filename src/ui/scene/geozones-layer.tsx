// Geozones as translucent volumes with outlined edges, coloured by ED-269 restriction.
import { useEffect, useMemo } from 'react';
import { EdgesGeometry } from 'three';
import type { GeozoneMeta } from '../../session/sim-protocol';
import { extrudeFootprint } from './footprint-extrusion';

export const RESTRICTION_COLOURS: Record<string, string> = {
  PROHIBITED: '#ff3b30',
  REQ_AUTHORISATION: '#ff9500',
  CONDITIONAL: '#ffd60a',
  NO_RESTRICTION: '#34c759',
};

/** Zones reaching far up are drawn to this height (m AMSL) so that they do not hide the scene. */
const DRAWN_CEILING_M = 900;

export function GeozonesLayer({ zones }: { zones: readonly GeozoneMeta[] }) {
  const volumes = useMemo(
    () =>
      zones.map((z, k) => {
        const bottom = Math.max(0, z.z_min);
        const top = Math.max(bottom + 10, Math.min(z.z_max, DRAWN_CEILING_M));
        const geometry = extrudeFootprint(z.footprint, bottom, top);
        return {
          key: `${z.id}:${k}`,
          geometry,
          edges: new EdgesGeometry(geometry, 30),
          colour: RESTRICTION_COLOURS[z.restriction] ?? '#aaaaaa',
        };
      }),
    [zones],
  );
  useEffect(
    () => () => {
      for (const v of volumes) {
        v.geometry.dispose();
        v.edges.dispose();
      }
    },
    [volumes],
  );
  return (
    <group name="geozones">
      {volumes.map((v) => (
        <group key={v.key}>
          <mesh geometry={v.geometry} renderOrder={2}>
            <meshBasicMaterial color={v.colour} transparent opacity={0.14} depthWrite={false} />
          </mesh>
          <lineSegments geometry={v.edges}>
            <lineBasicMaterial color={v.colour} transparent opacity={0.7} />
          </lineSegments>
        </group>
      ))}
    </group>
  );
}
