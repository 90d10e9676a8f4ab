// Source and licence lines of the coastline data; shown wherever the coast is drawn or written.

export interface CoastSource {
  source: string;
  licence: string;
  /** The line the viewer and reports must show with the coast. */
  attribution: string;
  /** Where the licence or copyright page of the data is. */
  url: string;
}

/** GSHHG full resolution (what public/geo/coast.json is built from). */
export const GSHHG_COAST: CoastSource = {
  source:
    'GSHHG 2.3.7 full resolution (Wessel & Smith, https://www.soest.hawaii.edu/pwessel/gshhg/), dumped by GMT 6 `gmt coast -Df -M -W`',
  licence: 'GNU Lesser General Public License (LGPL) 3 or later',
  attribution: 'Coastline: GSHHG 2.3.7 (P. Wessel & W. H. F. Smith), LGPL-3.0+',
  url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
};

/** OpenStreetMap land polygons (the earlier, coarser source; scripts/extract-coast.ts --osm). */
export const OSM_COAST: CoastSource = {
  source: 'OpenStreetMap land polygons via @geo-maps/earth-lands-10m 0.6.0 (https://github.com/simonepri/geo-maps)',
  licence: 'Open Database License (ODbL) 1.0',
  attribution:
    'Coastline © OpenStreetMap contributors, ODbL 1.0, via @geo-maps/earth-lands-10m 0.6.0 (https://github.com/simonepri/geo-maps)',
  url: 'https://www.openstreetmap.org/copyright',
};
