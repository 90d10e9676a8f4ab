// The regulator's report as one self-contained HTML page (styles and SVG plots inline, no network), print-ready.
import type { EventRecord, ReportChart, ReportData } from './charts/report-data';

export interface ReportPageInput {
  data: ReportData;
  charts: ReportChart[];
  /** SVG of each chart, by chart id. */
  svgs: Record<string, string>;
  /** When the run was made (ISO text); shown in the provenance. */
  run_date: string;
}

const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v);

function table(rows: [string, unknown][]): string {
  return `<table class="kv">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(show(v))}</td></tr>`).join('')}</table>`;
}

function recordTable(heads: string[], rows: unknown[][]): string {
  const head = `<tr>${heads.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  return `<table class="grid"><thead>${head}</thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => `<td>${esc(show(v))}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function figure(chart: ReportChart, svg: string): string {
  return `<figure id="chart-${esc(chart.id)}" class="chart">${svg}<figcaption><b>${esc(chart.title)}.</b> ${esc(chart.caption)}</figcaption></figure>`;
}

const STYLE = `
body{font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;margin:2rem auto;max-width:820px;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;border-bottom:2px solid #2c6fbb;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:2px 8px;text-align:left;vertical-align:top}
table.kv th{font-weight:600;color:#455;white-space:nowrap}table.grid{font-size:11px;width:100%}
table.grid th{background:#eef2f6;position:sticky;top:0}table.grid td,table.grid th{border-bottom:1px solid #dde3ea}
figure.chart{margin:1rem 0;break-inside:avoid}figure.chart svg{max-width:100%;height:auto}
figcaption{font-size:12px;color:#455}.note{color:#566;font-size:12px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:auto}tr{break-inside:avoid}
@page{size:A4;margin:14mm}}`;

function eventRow(e: EventRecord): unknown[] {
  return [e.time ?? '', e.t, e.kind, e.flights.join(', '), JSON.stringify(e.details)];
}

/** The whole report page. */
export function reportHtml(input: ReportPageInput): string {
  const { report: r, events } = input.data;
  const chart = (id: string) => {
    const c = input.charts.find((x) => x.id === id);
    return c ? figure(c, input.svgs[id] ?? '') : '';
  };
  const s = r.safety;
  const sections = [
    `<section id="summary"><h2>Summary and provenance</h2>${table([
      ['scenario', r.scenario.name],
      ['scenario file', r.scenario.file],
      ['scenario sha256', r.provenance?.scenario_sha256 ?? 'not recorded'],
      ['seed', r.scenario.seed],
      ['Skylane version', r.provenance?.skylane_version ?? 'not recorded'],
      ['run date', input.run_date],
      ['scenario start (local)', r.scenario.start],
      ['simulated', `${r.scenario.simulated_s} s of ${r.scenario.duration_s} s`],
      [
        'flights',
        Object.entries(r.flights)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · '),
      ],
    ])}</section>`,
    `<section id="safety"><h2>Safety (SAF)</h2>${table([
      ['SAF-1 conflicts', s.conflicts],
      ['SAF-2 losses of separation', s.losses_of_separation],
      ['NMACs', s.nmacs],
      [
        'intrusion severity (R − d_min)/R, mean / max',
        `${show(s.intrusion_severity_mean)} / ${show(s.intrusion_severity_max)}`,
      ],
      ['SAF-3 intrusion prevention rate', s.intrusion_prevention_rate],
      [
        'SAF-4 minimum separation, horizontal / 3D (m)',
        `${show(s.min_separation_horizontal_m)} / ${show(s.min_separation_3d_m)}`,
      ],
      ['SAF-5 time in LoS (pair-s)', s.time_in_los_s],
      ['time in conflict (pair-s)', s.time_in_conflict_s],
      ['SAF-6 geofence infringements', s.geofence_infringements],
    ])}${chart('separation')}${chart('conflict-map')}</section>`,
    `<section id="efficiency"><h2>Efficiency (EFF)</h2>${table([
      [
        'departure delay mean / max (s)',
        `${r.efficiency.departure_delay_mean_s} / ${r.efficiency.departure_delay_max_s}`,
      ],
      ['route efficiency (planned / flown length), mean', r.efficiency.route_efficiency_mean],
      ['duration efficiency (planned / flown time), mean', r.efficiency.duration_efficiency_mean],
      [
        'holds by cause',
        Object.entries(r.efficiency.holds_by_cause)
          .map(([k, h]) => `${k}: ${h.holds} (${h.held_s} s)`)
          .join(', ') || 'none',
      ],
      [
        'diversions by cause',
        Object.entries(r.diversions_by_cause)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none',
      ],
    ])}${chart('gantt')}${chart('holds')}</section>`,
    `<section id="capacity"><h2>Capacity (CAP)</h2>${table([
      ['throughput (landings per hour)', r.capacity.throughput_per_hour],
      ['peak airborne', r.capacity.peak_airborne],
      ['CAP-1 average demand delay (s)', r.capacity.average_demand_delay_s],
    ])}</section>`,
    `<section id="energy"><h2>Energy (ENV-1)</h2>${table([
      ['total used (Wh)', r.energy.total_used_wh],
      ['mean / max per flight (Wh)', `${r.energy.mean_used_wh} / ${r.energy.max_used_wh}`],
    ])}${chart('energy')}${chart('altitude')}</section>`,
    `<section id="strategic"><h2>Strategic</h2>${table([
      ['accepted', r.strategic.accepted],
      ['replanned', r.strategic.replanned],
      ['rejected', r.strategic.rejected],
      [
        'conformance transitions',
        Object.entries(r.strategic.conformance_transitions)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'none',
      ],
    ])}</section>`,
    `<section id="flights"><h2>Per-flight table</h2>${recordTable(
      [
        'flight',
        'operator',
        'class',
        'outcome',
        'dep. delay (s)',
        'held (s)',
        'flight (s)',
        'Δ plan (s)',
        'route (m)',
        'energy (Wh)',
      ],
      r.per_flight.map((f) => [
        f.id,
        f.operator,
        f.class,
        f.outcome,
        f.departure_delay_s,
        f.held_s,
        f.flight_s,
        f.delta_s,
        f.flown_route_m,
        f.energy_used_wh,
      ]),
    )}</section>`,
    `<section id="events"><h2>Event log</h2><p class="note">${events.length} events; times are local clock times of the scenario.</p>${recordTable(
      ['local time', 't (s)', 'event', 'flights', 'details'],
      events.map(eventRow),
    )}</section>`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Skylane report — ${esc(r.scenario.name)}</title><style>${STYLE}</style></head>
<body><header><h1>Skylane report</h1><div class="note">${esc(r.scenario.name)} · ${esc(r.scenario.file)} · seed ${esc(r.scenario.seed)}</div></header>
${sections.join('\n')}
</body></html>
`;
}
