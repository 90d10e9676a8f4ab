// What the report's charts are drawn from: report.json, the event log's JSON lines, the tracks, and the coast.
import type { RunReport } from '../run-report';

/** One line of events.jsonl. */
export interface EventRecord {
  t: number;
  time?: string;
  kind: string;
  flights: string[];
  lat?: number;
  lon?: number;
  alt_amsl_m?: number;
  details: Record<string, unknown>;
}

/** One flight's recorded track (tracks.geojson): sample times and [lon, lat, alt AMSL] points. */
export interface TrackRecord {
  id: string;
  times_s: number[];
  coordinates: number[][];
}

export interface ReportData {
  report: RunReport;
  events: EventRecord[];
  tracks: TrackRecord[];
  /** Land polygons as rings of [lon, lat]. */
  coast: number[][][];
}

/** An ECharts option object (kept loose: the builders return plain JSON-like data). */
export type ChartOption = Record<string, unknown>;

/** A chart of the report: an ECharts option, its size, and the caption saying what it shows. */
export interface ReportChart {
  id: string;
  title: string;
  caption: string;
  option: ChartOption;
  width: number;
  height: number;
}
