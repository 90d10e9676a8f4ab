// Source and licence lines of the coastline data; shown wherever the coast is drawn or written.

export const COAST_SOURCE =
  'OpenStreetMap land polygons via @geo-maps/earth-lands-10m 0.6.0 (https://github.com/simonepri/geo-maps)';
export const COAST_LICENCE = 'Open Database License (ODbL) 1.0';
/** The attribution line the viewer and reports must show with the coast. */
export const COAST_ATTRIBUTION =
  'Coastline © OpenStreetMap contributors, ODbL 1.0, via @geo-maps/earth-lands-10m 0.6.0 (https://github.com/simonepri/geo-maps)';
