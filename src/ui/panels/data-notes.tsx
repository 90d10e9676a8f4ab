// The honesty note (approximate terrain, illustrative data) and the OpenStreetMap attribution of the coastline.
import { useUiStore } from '../state/ui-store';

export function DataNotes() {
  const attribution = useUiStore((s) => s.world?.attribution);
  return (
    <aside className="data-notes" data-testid="data-notes">
      <p>Approximate terrain model · buildings, pads and traffic are illustrative, not survey data.</p>
      <p title={attribution}>
        Coastline ©{' '}
        <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noreferrer">
          OpenStreetMap contributors
        </a>{' '}
        (ODbL)
      </p>
    </aside>
  );
}
