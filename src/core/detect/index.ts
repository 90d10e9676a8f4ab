// Tactical conflict detection: the public API (narrow phase, detectors, episodes, the monitor, the worker pool).

export { detectBruteForce } from './brute-force';
export { CONFLICT, evaluatePair, LOS, NMAC } from './closest-approach';
export { createDetectPool, type DetectPool, type PoolEndpoint, type PoolStats } from './detect-pool';
export { type Episode, EpisodeTracker } from './episodes';
export { PairList } from './pair-list';
export { exposeStripWorker, type StripInput, type StripResult, type StripWorkerApi } from './strip-worker-api';
export { createTacticalMonitor, type TacticalMonitorOptions, type TacticalReport } from './tactical-monitor';
export { createDetectInput, type DetectInput, type ProtectedZone, setZone } from './traffic-input';
export { GridDetector, type GridOptions, type GridStats } from './uniform-grid';
export type { ZoneHit, ZoneQuery } from './zone-query';
