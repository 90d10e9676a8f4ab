// The selected aircraft: identity, phase, altitudes, speed, heading, battery, active conflicts, route progress and
// its strategic plan (approval, intent state, volumes).
import { PHASE_NAMES } from '../../core/sim/phases';
import { eventKindLabel, formatHeading, formatMetres, formatPercent, formatSpeed } from '../format/display-units';
import { KIND_LABELS } from '../scene/aircraft-kinds';
import { select, useUiStore } from '../state/ui-store';
import { StrategicRows } from './strategic-rows';

export function Inspector() {
  const scenario = useUiStore((s) => s.scenario);
  const selected = useUiStore((s) => s.selected);
  const clock = useUiStore((s) => s.clock);
  const follow = useUiStore((s) => s.follow);
  const meta = scenario?.meta;
  const runDone = scenario?.run !== null;
  const flight = meta && selected >= 0 ? meta.flights[selected] : undefined;
  const active = clock.selected?.alerts ?? [];
  if (!meta || !flight) {
    return (
      <section className="panel inspector" aria-label="Inspector">
        <h2>Inspector</h2>
        <p className="muted">Click an aircraft (or an event) to inspect it.</p>
      </section>
    );
  }
  const cls = meta.classes[flight.classIndex];
  const state = clock.selectedState;
  const status = clock.selected;
  const ground = status?.ground_m;
  const rows: [string, string][] = [
    ['Operator', flight.operator],
    ['Class', `${cls.name} (${KIND_LABELS[cls.kind]}, CAD ${cls.cad_category})`],
    ['Mission', `${flight.mission}${flight.advanced ? ', Advanced operation' : ''}`],
    ['Route', `${flight.origin} → ${flight.destination}`],
    ['Phase', state ? (PHASE_NAMES[state.phase] ?? String(state.phase)) : '…'],
    ['Altitude AMSL', state ? formatMetres(state.z) : '…'],
    [
      'Height above ground',
      state && ground !== undefined ? `${formatMetres(state.z - ground)} (approx. terrain)` : '…',
    ],
    ['Ground speed', state ? formatSpeed(Math.hypot(state.vx, state.vy)) : '…'],
    ['Airspeed', status ? formatSpeed(status.airspeed_mps) : '…'],
    ['Heading', state ? formatHeading(state.heading) : '…'],
    ['Battery', state && status ? `${formatPercent(state.energy)} (${Math.round(status.energy_wh)} Wh)` : '…'],
    ['Route progress', status ? `${formatPercent(status.route_progress)} → ${status.target_pad}` : '…'],
  ];
  return (
    <section className="panel inspector" aria-label="Inspector" data-testid="inspector">
      <h2>
        <span data-testid="inspector-id">{flight.id}</span>
        <span className="actions">
          <button
            type="button"
            className={follow ? 'on' : ''}
            aria-pressed={follow}
            data-testid="follow"
            onClick={() => useUiStore.setState({ follow: !follow })}
            title="Keep the camera on this aircraft (F)"
          >
            follow
          </button>
          <button type="button" onClick={() => select(-1)} title="Deselect (Esc)" aria-label="Deselect">
            ✕
          </button>
        </span>
      </h2>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div>
          <dt>Active conflicts</dt>
          <dd data-testid="inspector-conflicts">
            {active.length === 0
              ? runDone
                ? 'none'
                : '(run in progress)'
              : active.map((e) => (
                  <span key={`${e.kind}|${e.other ?? e.subject ?? ''}|${e.since}`} className={`alert ${e.kind}`}>
                    {eventKindLabel(e.kind)}
                    {e.other ? ` with ${e.other}` : ''}
                    {e.subject ? ` (${e.subject})` : ''}
                  </span>
                ))}
          </dd>
        </div>
        <StrategicRows meta={meta} t={clock.t} />
      </dl>
    </section>
  );
}
