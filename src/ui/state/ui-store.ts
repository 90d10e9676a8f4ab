// UI state (zustand): the loaded world and scenario, selection, play state, filters, layers. Never updated per frame.
import { create } from 'zustand';
import type { LocatedError } from '../../core/document/located-error';
import type {
  FlightStatus,
  FlightStrategicView,
  RunSummary,
  ScenarioMeta,
  WeatherSample,
  WorldGeometry,
} from '../../session/sim-protocol';

export interface LoadedScenario {
  meta: ScenarioMeta;
  generation: number;
  /** The full run's summary (the event log stays in the worker); null while the run is in progress. */
  run: RunSummary | null;
}

/** A ~4 Hz copy of the replay clock and the latest frame's figures, for the panels. */
export interface ClockSample {
  t: number;
  airborne: number;
  weather: WeatherSample | null;
  selected: FlightStatus | null;
  /** The selected flight's phase, position, velocity, heading and battery at t, or null. */
  selectedState: {
    phase: number;
    x: number;
    y: number;
    z: number;
    vx: number;
    vy: number;
    heading: number;
    energy: number;
  } | null;
}

export type RouteLayer = 'all' | 'selected' | 'none';

export interface Layers {
  routes: RouteLayer;
  trails: boolean;
  zones: boolean;
  /** The selected flight's operational intent volumes. */
  intentVolumes: boolean;
  wind: boolean;
  weather: boolean;
  labels: boolean;
  /** Aircraft drawn at a visible size (true) or at true scale. */
  visibleScale: boolean;
}

export type CameraPreset = 'waterfront' | 'cheung-chau' | 'lamma' | 'overview';

/** Where to fly the camera: a named view, or a point (local metres, z AMSL) seen from nearby. */
export type CameraTarget =
  | { kind: 'preset'; preset: CameraPreset }
  | { kind: 'point'; x: number; y: number; z: number };

export type CameraRequest = CameraTarget & { nonce: number };

export interface UiState {
  world: WorldGeometry | null;
  fatal: string | null;
  scenario: LoadedScenario | null;
  /** Name of the scenario being compiled, or null. */
  loading: string | null;
  runProgress: number;
  loadErrors: { file: string; errors: LocatedError[] } | null;
  selected: number;
  /** The selected flight's strategic plan (fetched on selection), or null. */
  strategic: FlightStrategicView | null;
  /** Intent volumes the scene draws now (set by the layer when it builds or drops them). */
  intentVolumesDrawn: number;
  hovered: number;
  follow: boolean;
  playing: boolean;
  speed: number;
  clock: ClockSample;
  hiddenKinds: string[];
  flightFilter: string;
  layers: Layers;
  cameraRequest: CameraRequest | null;
}

export const EMPTY_CLOCK: ClockSample = { t: 0, airborne: 0, weather: null, selected: null, selectedState: null };

export const useUiStore = create<UiState>(() => ({
  world: null,
  fatal: null,
  scenario: null,
  loading: null,
  runProgress: 0,
  loadErrors: null,
  selected: -1,
  strategic: null,
  intentVolumesDrawn: 0,
  hovered: -1,
  follow: false,
  playing: false,
  speed: 10,
  clock: EMPTY_CLOCK,
  hiddenKinds: [],
  flightFilter: '',
  layers: {
    routes: 'all',
    trails: true,
    zones: true,
    intentVolumes: true,
    wind: true,
    weather: true,
    labels: true,
    visibleScale: true,
  },
  cameraRequest: null,
}));

let nonce = 0;

export function requestCamera(target: CameraTarget): void {
  useUiStore.setState({ cameraRequest: { ...target, nonce: ++nonce } });
}

export function setLayer<K extends keyof Layers>(key: K, value: Layers[K]): void {
  useUiStore.setState((s) => ({ layers: { ...s.layers, [key]: value } }));
}

export function select(index: number): void {
  useUiStore.setState((s) => ({ selected: index, follow: index < 0 ? false : s.follow }));
}
