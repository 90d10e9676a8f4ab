// Asks the worker for the selected flight's strategic view when the selection, the scenario or its run's state changes.
import { useEffect } from 'react';
import { simWorker } from '../sim-client';
import { type UiState, useUiStore } from './ui-store';

/** What a strategic view depends on: the scenario, the flight and whether the run (intent-state events) is done. */
function requestKey(s: UiState): { flight: string; full: string } | null {
  if (!s.scenario || s.selected < 0) return null;
  const flight = `${s.scenario.generation}|${s.selected}`;
  return { flight, full: `${flight}|${s.scenario.run ? 'run' : 'running'}` };
}

/** Keeps `strategic` in the store in step with the selection (one small request per change, never per frame). */
export function watchStrategicSelection(): () => void {
  let wanted = '';
  const update = (s: UiState) => {
    const key = requestKey(s);
    if ((key?.full ?? '') === wanted) return;
    const sameFlight = key !== null && wanted.startsWith(`${key.flight}|`);
    wanted = key?.full ?? '';
    // A new flight: drop the previous one's view at once; the same flight after its run: keep it until the reply.
    if (!sameFlight && s.strategic) useUiStore.setState({ strategic: null });
    if (!key || !s.scenario) return;
    const asked = wanted;
    simWorker()
      .strategicView(s.scenario.generation, s.selected)
      .then((strategic) => {
        if (wanted === asked) useUiStore.setState({ strategic });
      })
      .catch((error: Error) => console.warn(`strategic view unavailable: ${error.message}`));
  };
  update(useUiStore.getState());
  return useUiStore.subscribe(update);
}

export function useStrategicSelection(): void {
  useEffect(() => watchStrategicSelection(), []);
}
