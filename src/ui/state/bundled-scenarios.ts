// The bundled scenarios (scenarios/*.yaml), each loaded lazily as text when picked.

export interface BundledScenario {
  /** File name without extension, e.g. "cyberport-waterfront". */
  id: string;
  file: string;
  load: () => Promise<string>;
}

const loaders = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export const DEFAULT_SCENARIO_ID = 'cyberport-waterfront';

export const BUNDLED_SCENARIOS: BundledScenario[] = Object.entries(loaders)
  .map(([path, load]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return { id: file.replace(/\.yaml$/, ''), file, load };
  })
  .sort((a, b) => (a.id === DEFAULT_SCENARIO_ID ? -1 : b.id === DEFAULT_SCENARIO_ID ? 1 : a.id.localeCompare(b.id)));
