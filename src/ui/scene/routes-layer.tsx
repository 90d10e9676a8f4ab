// Planned routes as 3D polylines at flight altitude with drop lines: every flight's, the selected one's, or none.
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Color } from 'three';
import { AIRCRAFT_KINDS } from '../../core/aircraft/aircraft-class';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { useUiStore } from '../state/ui-store';
import { KIND_COLOURS } from './aircraft-kinds';
import { type RouteBuffers, routeBuffers } from './route-lines';

function geometries(b: RouteBuffers): { path: BufferGeometry; drops: BufferGeometry } {
  const path = new BufferGeometry();
  path.setAttribute('position', new BufferAttribute(b.path, 3));
  path.setAttribute('color', new BufferAttribute(b.pathColours, 3));
  const drops = new BufferGeometry();
  drops.setAttribute('position', new BufferAttribute(b.drops, 3));
  return { path, drops };
}

function useRouteGeometry(meta: ScenarioMeta, flights: number[], colourOf: (i: number) => [number, number, number]) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: colourOf is derived from meta
  const g = useMemo(() => geometries(routeBuffers(meta.routes, flights, colourOf)), [meta, flights]);
  useEffect(
    () => () => {
      g.path.dispose();
      g.drops.dispose();
    },
    [g],
  );
  return g;
}

export function RoutesLayer({ meta }: { meta: ScenarioMeta }) {
  const mode = useUiStore((s) => s.layers.routes);
  const selected = useUiStore((s) => s.selected);
  const colourOfKind = useMemo(() => AIRCRAFT_KINDS.map((k) => new Color(KIND_COLOURS[k]).multiplyScalar(0.75)), []);
  const colourOf = (i: number): [number, number, number] => {
    const kind = Math.max(0, AIRCRAFT_KINDS.indexOf(meta.classes[meta.flights[i].classIndex].kind));
    const c = colourOfKind[kind];
    return [c.r, c.g, c.b];
  };
  const all = useMemo(() => (mode === 'all' ? meta.flights.map((_, i) => i) : []), [meta, mode]);
  const one = useMemo(() => (selected >= 0 && selected < meta.flights.length ? [selected] : []), [meta, selected]);
  const everyRoute = useRouteGeometry(meta, all, colourOf);
  const selectedRoute = useRouteGeometry(meta, one, () => [1, 0.88, 0.3]);
  if (mode === 'none') return null;
  return (
    <group name="routes">
      {mode === 'all' && (
        <>
          <lineSegments geometry={everyRoute.path}>
            <lineBasicMaterial vertexColors transparent opacity={0.55} depthWrite={false} />
          </lineSegments>
          <lineSegments geometry={everyRoute.drops}>
            <lineBasicMaterial color="#ffffff" transparent opacity={0.16} depthWrite={false} />
          </lineSegments>
        </>
      )}
      <lineSegments geometry={selectedRoute.path} renderOrder={5}>
        <lineBasicMaterial vertexColors depthTest={false} transparent />
      </lineSegments>
      <lineSegments geometry={selectedRoute.drops}>
        <lineBasicMaterial color="#ffe680" transparent opacity={0.6} />
      </lineSegments>
    </group>
  );
}
