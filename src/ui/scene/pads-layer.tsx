// Take-off and landing pads: a disc per pad (vertiports for eVTOLs in violet) with a short mast so they show from afar.
import { useMemo } from 'react';
import type { WorldGeometry } from '../../session/sim-protocol';

const PAD_RADIUS_M = 14;
const MAST_M = 18;

export function PadsLayer({ world }: { world: WorldGeometry }) {
  const pads = useMemo(() => world.pads.map((p) => ({ ...p, colour: p.evtol ? '#b46cff' : '#ffb020' })), [world]);
  return (
    <group name="pads">
      {pads.map((p) => (
        <group key={p.id} position={[p.x, p.elevation_m, -p.y]}>
          <mesh position-y={0.8}>
            <cylinderGeometry args={[PAD_RADIUS_M, PAD_RADIUS_M, 1.6, 24]} />
            <meshLambertMaterial color={p.colour} />
          </mesh>
          <mesh position-y={MAST_M / 2}>
            <cylinderGeometry args={[0.8, 0.8, MAST_M, 6]} />
            <meshBasicMaterial color={p.colour} />
          </mesh>
        </group>
      ))}
    </group>
  );
}
