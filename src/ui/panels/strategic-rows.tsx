// The inspector's strategic rows: approval (reasons, suggested delay and altitude), the intent's state now, its volumes.
import type { ReactNode } from 'react';
import { formatClock } from '../../core/scenario/scenario-time';
import type { Replan } from '../../core/strategic/strategic-planner';
import { altitudeShiftText, delayText } from '../../core/strategic/suggestion-text';
import type { FlightStrategicView, ScenarioMeta } from '../../session/sim-protocol';
import { countVolumesAt, intentStateAt } from '../replay/intent-timing';
import { useUiStore } from '../state/ui-store';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      {children}
    </div>
  );
}

function Approval({ view, meta }: { view: FlightStrategicView; meta: ScenarioMeta }) {
  const hhmm = (t: number) => formatClock(t, meta.start_epoch_ms, meta.utc_offset_min).slice(0, 5);
  return (
    <dd data-testid="approval-status" data-status={view.status}>
      <span className={`approval ${view.status.toLowerCase()}`}>{view.status}</span>
      <span className="muted">
        {' '}
        · priority {view.priority} · {hhmm(view.time_start_s)}–{hhmm(view.time_end_s)}
      </span>
      {view.reasons.map((r) => (
        <span key={r} className="reason blocking" data-testid="approval-reason">
          ✗ {r}
        </span>
      ))}
      {view.warnings.map((r) => (
        <span key={r} className="reason warning">
          ! {r}
        </span>
      ))}
    </dd>
  );
}

function IntentState({ view, t }: { view: FlightStrategicView; t: number }) {
  const state = intentStateAt(view, t);
  const text =
    state === null
      ? 'no intent (not approved)'
      : view.transitions === null
        ? '(run in progress)'
        : state === 'Accepted'
          ? 'Accepted (not yet activated)'
          : state;
  return (
    <dd data-testid="intent-state" data-state={state ?? 'none'} className={`intent-state ${state ?? 'none'}`}>
      {text}
    </dd>
  );
}

function VolumeCount({ view, t }: { view: FlightStrategicView; t: number }) {
  const drawn = useUiStore((s) => s.intentVolumesDrawn);
  const layerOn = useUiStore((s) => s.layers.intentVolumes);
  const now = countVolumesAt(view.volumes, t);
  return (
    <dd data-testid="intent-volume-count" data-drawn={drawn} data-active={now}>
      {layerOn ? `${drawn} drawn, ${now} holding this time` : `${view.volumes.length} (layer off)`}
    </dd>
  );
}

/** Rows for the inspector's list (the selected flight's strategic view, or a placeholder until it arrives). */
export function StrategicRows({ meta, t }: { meta: ScenarioMeta; t: number }) {
  const view = useUiStore((s) => s.strategic);
  const current = useUiStore(
    (s) => s.strategic?.index === s.selected && s.strategic.generation === s.scenario?.generation,
  );
  if (!view || !current)
    return (
      <Row label="Approval">
        <dd data-testid="approval-status" data-status="">
          …
        </dd>
      </Row>
    );
  return (
    <>
      <Row label="Approval">
        <Approval view={view} meta={meta} />
      </Row>
      {view.status === 'Rejected' && (
        <>
          <Row label="Suggested delay">
            <dd data-testid="suggested-delay">
              {view.suggested_delay_s === null ? 'none found' : delayText(view.suggested_delay_s)}
            </dd>
          </Row>
          <Row label="Suggested altitude">
            <dd data-testid="suggested-altitude">
              {view.suggested_altitude ? altitudeShiftText(view.suggested_altitude) : 'none found'}
            </dd>
          </Row>
        </>
      )}
      {view.replan && (
        <Row label="Replanned">
          <dd data-testid="replan" data-status={view.replan.status}>
            {replanText(view.replan)}
          </dd>
        </Row>
      )}
      <Row label="Intent state">
        <IntentState view={view} t={t} />
      </Row>
      {view.has_intent && (
        <Row label="Intent volumes">
          <VolumeCount view={view} t={t} />
        </Row>
      )}
    </>
  );
}

/** "Accepted at +14 min", "Accepted at +15 m", or why it stays on the ground. */
function replanText(r: Replan): string {
  if (r.status === 'Grounded') return 'grounded: no accepted departure or altitude within its hold window';
  const shift = r.altitude_shift_m ?? 0;
  const how = r.delay_s !== null ? delayText(r.delay_s) : `${shift > 0 ? '+' : '−'}${Math.abs(shift)} m`;
  return `Accepted at ${how}`;
}
