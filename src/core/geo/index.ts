// Geodesy: the local metric frame, great-circle helpers and named places.
export * from './great-circle';
export * from './local-frame';
export * from './longitude-centre';
export * from './places';
