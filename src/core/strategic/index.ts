// Strategic coordination: ASTM F3548 operational intents, 4D intersection, approval planning and conformance monitoring.
export * from './approval-reasons';
export * from './buffered-hull';
export * from './conflict-check';
export * from './conformance-monitor';
export * from './f3548-schema';
export * from './f3548-types';
export * from './flight-schedule';
export * from './flight-volumes';
export * from './intent-ids';
export * from './intent-model';
export * from './intent-validation';
export * from './local-volume';
export * from './operational-intent';
export * from './plan-suggestions';
export * from './strategic-planner';
export * from './volume-conversion';
export * from './volume-index';
