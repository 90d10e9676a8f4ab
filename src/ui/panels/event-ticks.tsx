// Marks on the timeline where conflicts and losses of separation begin, so that they can be found by eye.
import { useMemo } from 'react';
import type { EpisodeIndex } from '../replay/episodes';

const TICK_KINDS: Record<string, string> = { los: 'los', nmac: 'los', conflict: 'conflict' };

export function EventTicks({ episodes, duration }: { episodes: EpisodeIndex; duration: number }) {
  const ticks = useMemo(() => {
    // One mark per pixel column at most (500 columns), the most severe kind wins.
    const columns = new Map<number, string>();
    for (const e of episodes.episodes) {
      const kind = TICK_KINDS[e.kind];
      if (!kind) continue;
      const col = Math.round((e.start / Math.max(1, duration)) * 500);
      if (columns.get(col) !== 'los') columns.set(col, kind);
    }
    return [...columns];
  }, [episodes, duration]);
  return (
    <div className="event-ticks" aria-hidden="true">
      {ticks.map(([col, kind]) => (
        <span key={col} className={`tick ${kind}`} style={{ left: `${col / 5}%` }} />
      ))}
    </div>
  );
}
