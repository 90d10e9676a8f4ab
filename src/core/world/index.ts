// The world model: coast, approximate terrain, buildings and pads, built from the data files in public/geo.
export * from './coast-attribution';
export * from './create-world';
export * from './fetch-world-data';
export * from './validate-world-data';
export type * from './world';
export type * from './world-data';
export * from './world-data-urls';
