// The human-readable summary of a run report, as printed by `skylane run`.
import type { RunReport } from './run-report';

const hms = (s: number) => {
  const t = Math.round(s);
  return `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};
const list = (m: Record<string, number>) =>
  Object.entries(m)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

export function summaryText(report: RunReport, wallSeconds?: number): string {
  const s = report.scenario;
  const lines: string[] = [];
  lines.push(`Skylane run — ${s.name} (${s.file})`);
  const speed =
    wallSeconds && wallSeconds > 0
      ? ` in ${wallSeconds.toFixed(2)} s (${Math.round(s.simulated_s / wallSeconds).toLocaleString('en')}× real time)`
      : '';
  lines.push(`simulated ${hms(s.simulated_s)} from ${s.start}${speed}, seed ${s.seed}`);
  const f = report.flights;
  const outcomes = Object.entries(f)
    .filter(([k, v]) => k !== 'planned' && v > 0)
    .map(([k, v]) => `${v} ${k}`)
    .join(' · ');
  lines.push(`flights: ${f.planned} planned · ${outcomes} · ${report.flights_held} held at some point`);
  const holds = Object.fromEntries(Object.entries(report.efficiency.holds_by_cause).map(([k, v]) => [k, v.holds]));
  lines.push(`holds by cause: ${list(holds)}`);
  lines.push(`diversions by cause: ${list(report.diversions_by_cause)}`);
  const ft = report.flight_time;
  if (ft.mean_actual_s > 0) {
    lines.push(
      `flight time: mean ${hms(ft.mean_actual_s)} against ${hms(ft.mean_planned_s)} planned (${ft.mean_delta_s >= 0 ? '+' : ''}${ft.mean_delta_s.toFixed(0)} s)`,
    );
  }
  lines.push(`energy used: ${(report.energy.total_used_wh / 1000).toFixed(2)} kWh in all`);
  for (const [name, figures] of Object.entries(report.monitors)) {
    const text = figureText(figures);
    if (text) lines.push(`${name}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "a 1, b 2.5, c (x 3, y 4)": numbers and strings, and one level of nested figures; lists are left out. */
function figureText(figures: Record<string, unknown>, nested = false): string {
  return Object.entries(figures)
    .map(([k, v]) => {
      if (typeof v === 'number') return `${k} ${Number(v.toFixed(2))}`;
      if (typeof v === 'string') return `${k} ${v}`;
      if (!nested && v && typeof v === 'object' && !Array.isArray(v)) {
        const inner = figureText(v as Record<string, unknown>, true);
        return inner ? `${k} (${inner})` : '';
      }
      return '';
    })
    .filter(Boolean)
    .join(', ');
}
