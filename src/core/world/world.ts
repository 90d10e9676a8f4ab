// The world model's public shape: pads, buildings, coast and ground height, in geographic and local coordinates.
import type { LatLon, LocalFrame } from '../geo';

export type PadKind = 'drone-pad' | 'vertiport' | 'pier' | 'helipad';

/** A take-off and landing site. Elevation is metres above mean sea level (AMSL) of the landing surface. */
export interface Pad {
  id: string;
  name: string;
  lat: number;
  lon: number;
  elevation_m: number;
  /** How many aircraft can be on the pad (landing, on the ground) at once. */
  capacity: number;
  /** Final approach and take-off areas (vertiports): how many take-offs and landings can be under way at once. */
  fatos?: number;
  kind: PadKind;
  /** True when a two-seat passenger eVTOL may use it. */
  evtol: boolean;
  /** Where the figures come from and whether they are approximate. */
  note: string;
}

/** An approximate building: a footprint polygon (lon, lat ring, not closed) extruded from ground to a roof height. */
export interface Building {
  id: string;
  name: string;
  footprint: [lon: number, lat: number][];
  /** Ground level under the building, metres AMSL. */
  base_m: number;
  /** Roof level, metres AMSL. */
  top_m: number;
  note: string;
}

/** A building projected to the local frame, with its bounding box, for spatial queries. */
export interface LocalBuilding extends Building {
  ring: Float64Array; // x0, y0, x1, y1, … in local metres
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A pad in the local frame. */
export interface LocalPad extends Pad {
  x: number;
  y: number;
}

export interface World {
  readonly frame: LocalFrame;
  readonly pads: readonly LocalPad[];
  readonly buildings: readonly LocalBuilding[];
  /** Land polygons in lon/lat (outer ring first, then holes), for drawing. Rings are closed (last point = first). */
  readonly land: readonly [lon: number, lat: number][][][];
  padById(id: string): LocalPad | undefined;
  /** Ground (or sea) surface height in metres AMSL; 0 over the sea and outside the terrain grid. Approximate terrain model. */
  groundHeight(lat: number, lon: number): number;
  /** The same in local metres. */
  groundHeightLocal(x: number, y: number): number;
  isLand(lat: number, lon: number): boolean;
  /** The roof height (m AMSL) of the building covering (x, y), or -Infinity when none does. */
  buildingTopLocal(x: number, y: number): number;
  /** Buildings whose bounding box meets the given local box. */
  buildingsInBox(minX: number, minY: number, maxX: number, maxY: number): LocalBuilding[];
}

export type { LatLon };
