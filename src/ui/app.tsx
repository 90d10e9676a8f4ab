// The viewer's layout: scenario bar, 3D viewport with overlays, side panels (inspector, events) and the timeline.
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { DataNotes } from './panels/data-notes';
import { DropZone } from './panels/drop-zone';
import { ErrorPanel } from './panels/error-panel';
import { EventList } from './panels/event-list';
import { Inspector } from './panels/inspector';
import { ScenarioBar } from './panels/scenario-bar';
import { Timeline } from './panels/timeline';
import { WeatherPanel } from './panels/weather-panel';
import { screenLabels } from './scene/screen-labels';
import { Viewport } from './scene/viewport';
import { useStrategicSelection } from './state/strategic-selection';
import { useUiStore } from './state/ui-store';

function StatusOverlay() {
  const world = useUiStore((s) => s.world);
  const fatal = useUiStore((s) => s.fatal);
  const loading = useUiStore((s) => s.loading);
  const hasScenario = useUiStore((s) => s.scenario !== null);
  if (fatal) return <div className="status-overlay error">{fatal}</div>;
  if (!world) return <div className="status-overlay">Loading the Cyberport world…</div>;
  if (loading) return <div className="status-overlay">Compiling {loading}…</div>;
  if (!hasScenario) return <div className="status-overlay">Pick a scenario or open a file.</div>;
  return null;
}

export function App() {
  useKeyboardShortcuts();
  useStrategicSelection();
  return (
    <div className="app">
      <ScenarioBar />
      <main className="stage">
        <div className="viewport">
          <Viewport />
          <div className="label-layer" ref={(n) => screenLabels.attach(n)} />
          <WeatherPanel />
          <ErrorPanel />
          <StatusOverlay />
          <DataNotes />
        </div>
        <div className="side">
          <Inspector />
          <EventList />
        </div>
      </main>
      <Timeline />
      <DropZone />
    </div>
  );
}
