// Airspace: ED-269 geozones (schema, import, export), compiled to the local frame and indexed with rbush.
export * from './applicability';
export * from './compile-geozones';
export * from './ed269-export';
export * from './ed269-normalise';
export * from './ed269-parse';
export * from './ed269-schema';
export * from './footprint';
export * from './footprint-intersection';
export * from './geozone';
export * from './height-rules';
export * from './zone-index';
export * from './zone-restriction';
export { BUNDLED_ZONE_SETS } from './zone-sets';
