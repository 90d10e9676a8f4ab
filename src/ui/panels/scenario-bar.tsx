// The header: bundled scenario picker, "open file" (also by drag and drop), camera presets and layer toggles.
import { useRef } from 'react';
import { PRESET_LABELS } from '../scene/camera-presets';
import { BUNDLED_SCENARIOS } from '../state/bundled-scenarios';
import { openScenarioFile, openScenarioText } from '../state/replay-controller';
import type { CameraPreset, RouteLayer } from '../state/ui-store';
import { requestCamera, setLayer, useUiStore } from '../state/ui-store';

export async function openBundled(id: string): Promise<void> {
  const s = BUNDLED_SCENARIOS.find((b) => b.id === id);
  if (s) await openScenarioText(await s.load(), s.file);
}

function ScenarioPicker() {
  const meta = useUiStore((s) => s.scenario?.meta);
  const loading = useUiStore((s) => s.loading);
  const file = meta?.file ?? '';
  const bundledId = BUNDLED_SCENARIOS.find((b) => b.file === file)?.id ?? '';
  return (
    <label className="picker">
      <span className="sr-only">Scenario</span>
      <select
        data-testid="scenario-picker"
        value={bundledId}
        onChange={(e) => openBundled(e.target.value)}
        disabled={loading !== null}
      >
        {bundledId === '' && <option value="">{meta ? `${file} (opened file)` : 'choose a scenario'}</option>}
        {BUNDLED_SCENARIOS.map((b) => (
          <option key={b.id} value={b.id}>
            {b.id}
          </option>
        ))}
      </select>
    </label>
  );
}

function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a scenario file (YAML or JSON), or drop it on the page"
      >
        Open file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".yaml,.yml,.json,application/json,text/yaml"
        data-testid="file-input"
        hidden
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) openScenarioFile(f);
          e.target.value = '';
        }}
      />
    </>
  );
}

function CameraPresets() {
  return (
    <fieldset className="presets">
      <legend className="sr-only">Camera views</legend>
      {(Object.keys(PRESET_LABELS) as CameraPreset[]).map((p) => (
        <button
          type="button"
          key={p}
          data-testid={`view-${p}`}
          onClick={() => requestCamera({ kind: 'preset', preset: p })}
        >
          {PRESET_LABELS[p]}
        </button>
      ))}
    </fieldset>
  );
}

function LayerToggles() {
  const layers = useUiStore((s) => s.layers);
  const toggles: [keyof typeof layers, string, string][] = [
    ['trails', 'trails', 'A fading trail behind each airborne aircraft'],
    ['zones', 'zones', 'Geozones, coloured by restriction'],
    [
      'intentVolumes',
      'intent volumes',
      "The selected flight's operational intent volumes (bright: those whose time window holds the shown time)",
    ],
    ['wind', 'wind', 'Wind arrows per stated layer'],
    ['weather', 'rain & fog', 'Falling rain and fog for the weather'],
    ['labels', 'labels', 'Pad names'],
  ];
  return (
    <fieldset className="layers">
      <legend className="sr-only">Layers</legend>
      <label title="Planned routes at flight altitude, with drop lines to the ground">
        routes{' '}
        <select
          value={layers.routes}
          onChange={(e) => setLayer('routes', e.target.value as RouteLayer)}
          data-testid="routes-layer"
        >
          <option value="all">all</option>
          <option value="selected">selected</option>
          <option value="none">none</option>
        </select>
      </label>
      {toggles.map(([key, label, title]) => (
        <label key={key} title={title}>
          <input
            type="checkbox"
            data-testid={`layer-${key}`}
            checked={layers[key] as boolean}
            onChange={(e) => setLayer(key, e.target.checked)}
          />{' '}
          {label}
        </label>
      ))}
      <label title="Draw aircraft at their true span instead of a size visible at this zoom">
        <input
          type="checkbox"
          data-testid="true-scale"
          checked={!layers.visibleScale}
          onChange={(e) => setLayer('visibleScale', !e.target.checked)}
        />{' '}
        true scale
      </label>
    </fieldset>
  );
}

export function ScenarioBar() {
  const meta = useUiStore((s) => s.scenario?.meta);
  return (
    <header className="scenario-bar">
      <h1 title={meta?.description}>
        Skylane{' '}
        <span className="scenario-name" data-testid="scenario-name">
          {meta?.name ?? ''}
        </span>
      </h1>
      <ScenarioPicker />
      <OpenFileButton />
      <CameraPresets />
      <LayerToggles />
    </header>
  );
}
