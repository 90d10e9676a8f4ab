// The run report's charts as ECharts options: pure functions of ReportData, shared by the HTML report and the viewer.
import type { ChartOption, ReportChart, ReportData } from './report-data';

const title = (text: string, sub?: string) => ({ text, subtext: sub, left: 'center', textStyle: { fontSize: 14 } });
const axisName = (name: string) => ({ name, nameLocation: 'middle', nameGap: 30 });

/** The closest distance of each conflict and loss-of-separation episode at its end time, against the time of day. */
export function separationOverTime(data: ReportData): ChartOption {
  const points = (kind: string) =>
    data.events
      .filter((e) => e.kind === kind && typeof e.details.min_distance_m === 'number')
      .map((e) => [e.t / 60, e.details.min_distance_m as number, e.flights.join(' / ')]);
  return {
    animation: false,
    title: title('Separation over time'),
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'value', ...axisName('time since start (min)'), min: 0, max: data.report.scenario.simulated_s / 60 },
    yAxis: { type: 'value', ...axisName('closest distance (m)'), min: 0, nameGap: 40 },
    series: [
      { name: 'conflict episodes', type: 'scatter', data: points('conflict-end'), symbolSize: 8 },
      { name: 'losses of separation', type: 'scatter', data: points('los-end'), symbolSize: 10, symbol: 'diamond' },
    ],
  };
}

/** Where conflicts and losses of separation began, on the coast map (lon/lat, equirectangular). */
export function conflictMap(data: ReportData): ChartOption {
  const at = (kind: string) =>
    data.events.filter((e) => e.kind === kind && e.lon !== undefined).map((e) => [e.lon, e.lat, e.flights.join(' / ')]);
  const all = [...at('conflict-start'), ...at('los-start')];
  const lons = all.map((p) => p[0] as number);
  const lats = all.map((p) => p[1] as number);
  const pad = 0.02;
  const box = all.length
    ? [Math.min(...lons) - pad, Math.max(...lons) + pad, Math.min(...lats) - pad, Math.max(...lats) + pad]
    : [114.08, 114.2, 22.18, 22.3];
  const coast = data.coast.map((ring) => ({
    type: 'line',
    data: ring,
    showSymbol: false,
    silent: true,
    lineStyle: { color: '#8a9', width: 1 },
    areaStyle: undefined,
    name: 'coast',
  }));
  return {
    animation: false,
    title: title('Conflicts and losses of separation on the map'),
    legend: { bottom: 0, data: ['conflict starts', 'LoS starts'] },
    grid: { left: 70, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'value', ...axisName('longitude (° E)'), min: box[0], max: box[1], scale: true },
    yAxis: { type: 'value', ...axisName('latitude (° N)'), min: box[2], max: box[3], scale: true, nameGap: 50 },
    series: [
      ...coast,
      {
        name: 'conflict starts',
        type: 'scatter',
        data: at('conflict-start'),
        symbolSize: 9,
        itemStyle: { opacity: 0.7 },
      },
      { name: 'LoS starts', type: 'scatter', data: at('los-start'), symbolSize: 12, symbol: 'diamond' },
    ],
  };
}

/** Each flight as a bar from take-off to landing, after its weather hold on the pad (minutes since start). */
export function flightGantt(data: ReportData): ChartOption {
  const flights = data.report.per_flight;
  const holdStart = new Map<string, number>();
  for (const e of data.events)
    if (e.kind === 'hold-start' && !holdStart.has(e.flights[0])) holdStart.set(e.flights[0], e.t);
  const rows = flights.map((f) => {
    const hold0 = holdStart.get(f.id);
    const waitFrom = hold0 ?? f.takeoff_s ?? f.planned_departure_s;
    const hold = hold0 === undefined ? 0 : f.held_s;
    const flown = f.takeoff_s !== null && f.landed_s !== null ? f.landed_s - f.takeoff_s : 0;
    return { id: f.id, offset: waitFrom / 60, hold: hold / 60, flown: flown / 60 };
  });
  const stack = (name: string, key: 'offset' | 'hold' | 'flown', color: string | null) => ({
    name,
    type: 'bar',
    stack: 'timeline',
    data: rows.map((r) => r[key]),
    itemStyle: color ? { color } : { color: 'transparent' },
    silent: color === null,
    barWidth: 8,
  });
  return {
    animation: false,
    title: title('Flights on a timeline'),
    legend: { bottom: 0, data: ['held on the pad', 'airborne'] },
    grid: { left: 110, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'value', ...axisName('time since start (min)'), min: 0 },
    yAxis: { type: 'category', data: rows.map((r) => r.id), inverse: true, axisLabel: { fontSize: 9 } },
    series: [
      stack('start', 'offset', null),
      stack('held on the pad', 'hold', '#e6a23c'),
      stack('airborne', 'flown', '#409eff'),
    ],
  };
}

/** Holds on the pad by cause: how many, and the minutes held. */
export function holdsByCause(data: ReportData): ChartOption {
  const causes = Object.entries(data.report.efficiency.holds_by_cause);
  return {
    animation: false,
    title: title('Holds by cause'),
    legend: { bottom: 0 },
    grid: { left: 60, right: 60, top: 50, bottom: 60 },
    xAxis: { type: 'category', data: causes.map(([c]) => c), name: 'cause' },
    yAxis: [
      { type: 'value', ...axisName('holds (count)'), minInterval: 1 },
      { type: 'value', ...axisName('time held (min)') },
    ],
    series: [
      { name: 'holds', type: 'bar', data: causes.map(([, h]) => h.holds) },
      { name: 'time held', type: 'bar', yAxisIndex: 1, data: causes.map(([, h]) => h.held_s / 60) },
    ],
  };
}

/** Battery energy used by each flight. */
export function energyPerFlight(data: ReportData): ChartOption {
  const flights = data.report.per_flight;
  return {
    animation: false,
    title: title('Energy per flight'),
    grid: { left: 60, right: 20, top: 50, bottom: 90 },
    xAxis: { type: 'category', data: flights.map((f) => f.id), axisLabel: { rotate: 60, fontSize: 9 } },
    yAxis: { type: 'value', ...axisName('energy used (Wh)'), nameGap: 45 },
    series: [{ name: 'energy used', type: 'bar', data: flights.map((f) => f.energy_used_wh) }],
  };
}

/** The flights to profile: those in a loss of separation first, then the earliest, at most `max`. */
export function profiledFlights(data: ReportData, max = 6): string[] {
  const ids = new Set<string>();
  for (const e of data.events) if (e.kind === 'los-start') for (const id of e.flights) ids.add(id);
  for (const tr of data.tracks) ids.add(tr.id);
  const tracked = new Set(data.tracks.map((t) => t.id));
  return [...ids].filter((id) => tracked.has(id)).slice(0, max);
}

/** Altitude (AMSL) against time of the profiled flights, from their recorded tracks. */
export function altitudeProfiles(data: ReportData): ChartOption {
  const ids = profiledFlights(data);
  const byId = new Map(data.tracks.map((t) => [t.id, t]));
  return {
    animation: false,
    title: title('Altitude profiles'),
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 60, right: 20, top: 50, bottom: 60 },
    xAxis: { type: 'value', ...axisName('time since start (min)'), scale: true },
    yAxis: { type: 'value', ...axisName('altitude AMSL (m)'), nameGap: 40 },
    series: ids.map((id) => {
      const tr = byId.get(id)!;
      return {
        name: id,
        type: 'line',
        showSymbol: false,
        data: tr.times_s.map((t, k) => [t / 60, tr.coordinates[k][2]]),
      };
    }),
  };
}

/** Every chart of a run report, with its caption. */
export function runCharts(data: ReportData): ReportChart[] {
  const profiled = profiledFlights(data);
  return [
    {
      id: 'separation',
      title: 'Separation over time',
      caption:
        'Closest distance reached in each conflict episode and loss of separation (LoS), plotted at the episode’s end.',
      option: separationOverTime(data),
      width: 760,
      height: 320,
    },
    {
      id: 'conflict-map',
      title: 'Conflict and LoS map',
      caption: 'Where conflict episodes and losses of separation began, over the coastline (longitude/latitude).',
      option: conflictMap(data),
      width: 760,
      height: 460,
    },
    {
      id: 'gantt',
      title: 'Flights on a timeline',
      caption: 'Each flight: time held on the pad (weather or energy holds), then airborne from take-off to landing.',
      option: flightGantt(data),
      width: 760,
      height: Math.max(240, 90 + 14 * data.report.per_flight.length),
    },
    {
      id: 'holds',
      title: 'Holds by cause',
      caption: 'Number of holds on the pad and total minutes held, by cause.',
      option: holdsByCause(data),
      width: 760,
      height: 280,
    },
    {
      id: 'energy',
      title: 'Energy per flight',
      caption: 'Battery energy used by each flight (Wh).',
      option: energyPerFlight(data),
      width: 760,
      height: 320,
    },
    {
      id: 'altitude',
      title: 'Altitude profiles',
      caption: `Altitude above mean sea level against time for ${profiled.join(', ') || 'no tracked flight'} (flights in a LoS first).`,
      option: altitudeProfiles(data),
      width: 760,
      height: 320,
    },
  ];
}
