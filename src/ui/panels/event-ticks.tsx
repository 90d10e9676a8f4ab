// Marks on the timeline where conflicts and losses of separation begin, so that they can be found by eye.
import type { RunSummary } from '../../session/sim-protocol';

export function EventTicks({ marks }: { marks: RunSummary['marks'] }) {
  return (
    <div className="event-ticks" aria-hidden="true">
      {marks.map(([col, severity]) => (
        <span key={col} className={`tick ${severity}`} style={{ left: `${col / 5}%` }} />
      ))}
    </div>
  );
}
