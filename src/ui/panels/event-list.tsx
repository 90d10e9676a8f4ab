// The event log: filter by kind and flight; a click jumps the replay to the event and flies the camera there.
import { useCallback, useMemo, useState } from 'react';
import { formatClock } from '../../core/scenario/scenario-time';
import type { SimEvent } from '../../core/sim/events';
import { eventKindLabel } from '../format/display-units';
import { filterEvents, kindCounts } from '../replay/event-filter';
import { seek, setPlaying } from '../state/replay-controller';
import { requestCamera, useUiStore } from '../state/ui-store';

const ROW_PX = 26;
const OVERSCAN = 8;

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

export function EventList() {
  const scenario = useUiStore((s) => s.scenario);
  const hiddenKinds = useUiStore((s) => s.hiddenKinds);
  const flightFilter = useUiStore((s) => s.flightFilter);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  // The rows' box: its height decides how many rows are rendered.
  const list = useCallback((el: HTMLDivElement | null) => {
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const events = scenario?.events ?? null;
  const meta = scenario?.meta;
  const kinds = useMemo(() => (events ? kindCounts(events) : []), [events]);
  const shown = useMemo(
    () => (events ? filterEvents(events, { hiddenKinds, flight: flightFilter }) : []),
    [events, hiddenKinds, flightFilter],
  );
  const indexOf = useMemo(() => {
    const map = new Map(meta?.flights.map((f, i) => [f.id, i]) ?? []);
    return (id: string) => map.get(id) ?? -1;
  }, [meta]);

  if (!meta) return null;
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  const toggleKind = (kind: string) =>
    useUiStore.setState({
      hiddenKinds: hiddenKinds.includes(kind) ? hiddenKinds.filter((k) => k !== kind) : [...hiddenKinds, kind],
    });

  return (
    <section className="panel events" aria-label="Events">
      <h2>
        Events{' '}
        <span className="muted">
          {events ? `${shown.length.toLocaleString()} of ${events.length.toLocaleString()}` : 'running…'}
        </span>
      </h2>
      <div className="filters">
        <input
          type="search"
          placeholder="Filter by flight id"
          aria-label="Filter events by flight"
          data-testid="event-flight-filter"
          value={flightFilter}
          onChange={(e) => useUiStore.setState({ flightFilter: e.target.value })}
        />
        <div className="kind-chips">
          {kinds.map(([kind, count]) => (
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
              {eventKindLabel(kind)} <span className="n">{count}</span>
            </button>
          ))}
        </div>
      </div>
      <div className="event-rows" ref={list} onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}>
        <div style={{ height: shown.length * ROW_PX, position: 'relative' }}>
          {shown.slice(first, last).map((e, k) => (
            <button
              type="button"
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of a virtual list are keyed by their position
              key={first + k}
              className={`event-item ${severity(e.kind)}`}
              data-testid="event-item"
              data-t={e.t}
              style={{ top: (first + k) * ROW_PX, height: ROW_PX }}
              onClick={() => jumpToEvent(e, indexOf)}
              title={Object.entries(e.details)
                .map(([k2, v]) => `${k2}: ${typeof v === 'number' ? Math.round(v * 100) / 100 : v}`)
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
