// Marks for the timeline where conflicts and losses of separation begin (one per column, the most severe wins).
import type { EpisodeTable } from './episodes';

export type MarkSeverity = 'los' | 'conflict';

const SEVERITY: Record<string, MarkSeverity> = { los: 'los', nmac: 'los', conflict: 'conflict' };

/** [column, severity] for `columns` columns over the scenario duration. */
export function timelineMarks(table: EpisodeTable, duration: number, columns = 500): [number, MarkSeverity][] {
  const marks = new Map<number, MarkSeverity>();
  const severityOf = table.kinds.map((k) => SEVERITY[k]);
  for (let k = 0; k < table.count; k++) {
    const severity = severityOf[table.kind[k]];
    if (!severity) continue;
    const col = Math.min(columns - 1, Math.floor((table.start[k] / Math.max(1, duration)) * columns));
    if (marks.get(col) !== 'los') marks.set(col, severity);
  }
  return [...marks].sort((x, y) => x[0] - y[0]);
}
