// Per-flight tracks as a compact GeoJSON FeatureCollection (LineString [lon, lat, alt AMSL] with sample times).
import type { CompiledScenario } from '../scenario/compiled';
import { roundForLog } from '../sim/events';
import type { FlightTrack } from './track-recorder';

export function tracksToGeoJson(scenario: CompiledScenario, tracks: readonly FlightTrack[]): object {
  return { type: 'FeatureCollection', features: [...trackFeatures(scenario, tracks)] };
}

/** The same collection as text chunks, one feature at a time (a large run never builds one huge string). */
export function* tracksGeoJsonChunks(scenario: CompiledScenario, tracks: readonly FlightTrack[]): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const feature of trackFeatures(scenario, tracks)) {
    yield `${first ? '' : ','}${JSON.stringify(feature)}`;
    first = false;
  }
  yield ']}';
}

/** One LineString feature per flight with at least two samples. */
function* trackFeatures(scenario: CompiledScenario, tracks: readonly FlightTrack[]): Generator<object> {
  for (const f of scenario.flights) {
    const tr = tracks[f.index];
    if (!tr || tr.t.length < 2) continue;
    const coordinates = tr.t.map((_, k) => {
      const g = scenario.frame.toGeo(tr.x[k], tr.y[k]);
      return [roundForLog(g.lon, 6), roundForLog(g.lat, 6), roundForLog(tr.z[k], 1)];
    });
    yield {
      type: 'Feature',
      properties: {
        id: f.id,
        operator: f.operator,
        class: scenario.classes[f.classIndex].id,
        altitude_reference: 'AMSL',
        times_s: tr.t.map((t) => roundForLog(t, 1)),
      },
      geometry: { type: 'LineString', coordinates },
    };
  }
}
