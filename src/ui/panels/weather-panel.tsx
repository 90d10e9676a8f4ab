// The weather at the replay time: wind per layer (with the arrow colours), gusts, rain, visibility and HKO signals.
import { formatWind } from '../format/display-units';
import { windLayerColour } from '../scene/wind-palette';
import { useUiStore } from '../state/ui-store';

export function WeatherPanel() {
  const weather = useUiStore((s) => s.clock.weather);
  const hasScenario = useUiStore((s) => s.scenario !== null);
  if (!hasScenario || !weather) return null;
  const n = weather.wind.length;
  return (
    <section className="panel weather" aria-label="Weather" data-testid="weather-panel">
      <h2>Weather</h2>
      <ul>
        {weather.wind.map((w, k) => (
          <li key={w.alt}>
            <span className="swatch" style={{ background: windLayerColour(k, n) }} />
            {Math.round(w.alt)} m: {formatWind(w.east, w.north)}
          </li>
        ))}
        {n === 0 && <li>wind: calm (not stated)</li>}
        {weather.gust_mps > 0 && <li>gusts +{weather.gust_mps.toFixed(1)} m/s</li>}
        <li>rain {weather.rain_mmph > 0 ? `${weather.rain_mmph.toFixed(1)} mm/h` : 'none'}</li>
        <li>
          visibility{' '}
          {weather.visibility_m >= 10_000
            ? `${Math.round(weather.visibility_m / 1000)} km`
            : `${Math.round(weather.visibility_m)} m`}
        </li>
        {weather.signals.length > 0 && <li className="signals">signals: {weather.signals.join(', ')}</li>}
      </ul>
    </section>
  );
}
