// The event log, paged from the worker: filter by kind and flight; a click jumps to the event and flies the camera there.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { formatClock } from '../../core/scenario/scenario-time';
import type { SimEvent } from '../../core/sim/events';
import type { EventFilter } from '../../session/event-filter';
import { eventKindLabel } from '../format/display-units';
import { simWorker } from '../sim-client';
import { seek, setPlaying } from '../state/replay-controller';
import { requestCamera, useUiStore } from '../state/ui-store';

const ROW_PX = 26;
const OVERSCAN = 10;
/** Rows fetched per request; a page covers the visible rows with room to scroll. */
const PAGE = 120;

const SEVERE = new Set(['los-start', 'nmac', 'energy-depleted', 'zone-infringement-start']);
const WARNING = new Set([
  'conflict-start',
  'clearance-start',
  'cad-height-start',
  'diverted',
  'returning',
  'hold-start',
  'cancelled',
  'energy-reserve',
]);

function severity(kind: string): string {
  return SEVERE.has(kind) ? 'severe' : WARNING.has(kind) ? 'warning' : 'info';
}

export function jumpToEvent(e: SimEvent, indexOf: (id: string) => number): void {
  setPlaying(false);
  seek(e.t);
  const i = indexOf(e.flights[0] ?? '');
  if (i >= 0) useUiStore.setState({ selected: i });
  if (e.x !== undefined && e.y !== undefined) requestCamera({ kind: 'point', x: e.x, y: e.y, z: e.z ?? 0 });
}

interface Loaded {
  key: string;
  total: number;
  offset: number;
  rows: SimEvent[];
}

/** The rows around [first, last) of the filtered log, fetched from the worker when the window or filter changes. */
function useEventRows(generation: number | null, filter: EventFilter, first: number): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${generation}|${filter.hiddenKinds.join(',')}|${filter.flight}`;
  const pageStart = Math.max(0, Math.floor(first / (PAGE / 2)) * (PAGE / 2) - PAGE / 4);
  useEffect(() => {
    if (generation === null) return;
    let live = true;
    simWorker()
      .events(generation, filter, pageStart, PAGE)
      .then((page) => {
        if (live) setLoaded({ key, ...page });
      });
    return () => {
      live = false;
    };
  }, [generation, filter, pageStart, key]);
  return loaded && loaded.key === key ? loaded : null;
}

export function EventList() {
  const scenario = useUiStore((s) => s.scenario);
  const hiddenKinds = useUiStore((s) => s.hiddenKinds);
  const flightFilter = useUiStore((s) => s.flightFilter);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const meta = scenario?.meta;
  const run = scenario?.run ?? null;
  const filter = useMemo(() => ({ hiddenKinds, flight: flightFilter }), [hiddenKinds, flightFilter]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const loaded = useEventRows(run ? (scenario?.generation ?? null) : null, filter, first);
  const indexOf = useMemo(() => {
    const map = new Map(meta?.flights.map((f, i) => [f.id, i]) ?? []);
    return (id: string) => map.get(id) ?? -1;
  }, [meta]);
  // The rows' box: its height decides how many rows are rendered.
  const list = useCallback((el: HTMLDivElement | null) => {
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  if (!meta) return null;
  const total = loaded?.total ?? 0;
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  const rows: [number, SimEvent][] = [];
  if (loaded)
    for (let k = Math.max(first, loaded.offset); k < Math.min(last, loaded.offset + loaded.rows.length); k++)
      rows.push([k, loaded.rows[k - loaded.offset]]);
  const toggleKind = (kind: string) =>
    useUiStore.setState({
      hiddenKinds: hiddenKinds.includes(kind) ? hiddenKinds.filter((k) => k !== kind) : [...hiddenKinds, kind],
    });

  return (
    <section className="panel events" aria-label="Events">
      <h2>
        Events{' '}
        <span className="muted" data-testid="event-count">
          {run ? `${loaded ? total.toLocaleString('en') : '…'} of ${run.eventCount.toLocaleString('en')}` : 'running…'}
        </span>
      </h2>
      <div className="filters">
        <input
          type="search"
          placeholder="Filter by flight id"
          aria-label="Filter events by flight"
          data-testid="event-flight-filter"
          value={flightFilter}
          onChange={(e) => {
            setScrollTop(0);
            useUiStore.setState({ flightFilter: e.target.value });
          }}
        />
        <div className="kind-chips">
          {(run?.kinds ?? []).map(([kind, count]) => (
            <button
              type="button"
              key={kind}
              className={`chip ${severity(kind)} ${hiddenKinds.includes(kind) ? 'off' : ''}`}
              aria-pressed={!hiddenKinds.includes(kind)}
              data-testid="event-kind-filter"
              data-kind={kind}
              onClick={() => toggleKind(kind)}
              title={hiddenKinds.includes(kind) ? `Show ${eventKindLabel(kind)}` : `Hide ${eventKindLabel(kind)}`}
            >
              {eventKindLabel(kind)} <span className="n">{count.toLocaleString('en')}</span>
            </button>
          ))}
        </div>
      </div>
      <div className="event-rows" ref={list} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
        <div style={{ height: total * ROW_PX, position: 'relative' }}>
          {rows.map(([k, e]) => (
            <button
              type="button"
              key={k}
              className={`event-item ${severity(e.kind)}`}
              data-testid="event-item"
              data-t={e.t}
              style={{ top: k * ROW_PX, height: ROW_PX }}
              onClick={() => jumpToEvent(e, indexOf)}
              title={Object.entries(e.details)
                .map(([name, v]) => `${name}: ${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`)
                .join('\n')}
            >
              <span className="time">{formatClock(e.t, meta.start_epoch_ms, meta.utc_offset_min)}</span>
              <span className="kind">{eventKindLabel(e.kind)}</span>
              <span className="flights">{e.flights.join(' · ')}</span>
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
