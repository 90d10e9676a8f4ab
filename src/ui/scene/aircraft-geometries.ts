// Low-poly aircraft shapes (1 m span, nose towards −z, up +y): quadcopter, fixed-wing VTOL, passenger eVTOL, racing quad.
// Rotors are flat discs (draw the material double-sided): 70–220 triangles a shape, so 10,000 stay cheap to draw.
import { BoxGeometry, type BufferGeometry, CircleGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { AircraftKind } from '../../core/aircraft/aircraft-class';

const placed = (g: BufferGeometry, x: number, y: number, z: number, rotY = 0): BufferGeometry => {
  g.rotateY(rotY);
  g.translate(x, y, z);
  return g;
};

const rotor = (x: number, y: number, z: number, r: number) =>
  placed(new CircleGeometry(r, 10).rotateX(-Math.PI / 2), x, y, z);

function quadcopter(armSpan: number, rotorR: number, body: number): BufferGeometry {
  const arm = armSpan / 2;
  const d = arm / Math.SQRT2;
  return mergeGeometries([
    placed(new BoxGeometry(body, body * 0.45, body * 1.2), 0, 0, 0),
    placed(new BoxGeometry(armSpan, 0.04, 0.05), 0, 0, 0, Math.PI / 4),
    placed(new BoxGeometry(armSpan, 0.04, 0.05), 0, 0, 0, -Math.PI / 4),
    rotor(d, 0.04, d, rotorR),
    rotor(-d, 0.04, d, rotorR),
    rotor(d, 0.04, -d, rotorR),
    rotor(-d, 0.04, -d, rotorR),
  ]);
}

/** A quad-plane: long straight wing, fuselage with a tail, and four lift rotors on two booms. */
function fixedWingVtol(): BufferGeometry {
  return mergeGeometries([
    placed(new BoxGeometry(0.09, 0.09, 0.75), 0, 0, 0),
    placed(new BoxGeometry(1, 0.025, 0.14), 0, 0.03, -0.05),
    placed(new BoxGeometry(0.34, 0.02, 0.08), 0, 0.03, 0.34),
    placed(new BoxGeometry(0.02, 0.14, 0.09), 0, 0.1, 0.34),
    placed(new BoxGeometry(0.03, 0.03, 0.55), 0.26, 0.02, -0.02),
    placed(new BoxGeometry(0.03, 0.03, 0.55), -0.26, 0.02, -0.02),
    rotor(0.26, 0.05, -0.28, 0.1),
    rotor(-0.26, 0.05, -0.28, 0.1),
    rotor(0.26, 0.05, 0.24, 0.1),
    rotor(-0.26, 0.05, 0.24, 0.1),
  ]);
}

/** A two-seat multicopter eVTOL (EH216-S-like): a bulky cabin and eight rotor pairs around it. */
function passengerEvtol(): BufferGeometry {
  const parts: BufferGeometry[] = [
    placed(new SphereGeometry(0.2, 10, 6).scale(1, 0.85, 1.25), 0, 0.05, 0),
    placed(new BoxGeometry(0.05, 0.2, 0.05), 0.12, -0.12, 0),
    placed(new BoxGeometry(0.05, 0.2, 0.05), -0.12, -0.12, 0),
  ];
  for (let k = 0; k < 4; k++) {
    // Four bars through the cabin carry the eight rotors.
    const a = (k + 0.5) * (Math.PI / 4);
    parts.push(placed(new BoxGeometry(0.84, 0.03, 0.04), 0, 0.14, 0, -a));
  }
  for (let k = 0; k < 8; k++) {
    const a = (k + 0.5) * (Math.PI / 4);
    parts.push(rotor(0.42 * Math.cos(a), 0.16, 0.42 * Math.sin(a), 0.09));
  }
  return mergeGeometries(parts);
}

export function createAircraftGeometry(kind: AircraftKind): BufferGeometry {
  switch (kind) {
    case 'fixed-wing-vtol':
      return fixedWingVtol();
    case 'evtol':
      return passengerEvtol();
    case 'racing':
      return quadcopter(0.9, 0.13, 0.16);
    default:
      return quadcopter(0.78, 0.16, 0.2);
  }
}
