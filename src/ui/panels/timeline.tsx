// The timeline: play/pause, speed, the simulated local clock, the scrubber, the airborne count and run progress.
import { useEffect, useRef } from 'react';
import { PLAYBACK_SPEEDS } from '../replay/playback-clock';
import { registerLiveNode, setScrubbing } from '../state/live-readouts';
import { replayClock, seek, setPlaying, togglePlaying } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { EventTicks } from './event-ticks';

export function Timeline() {
  const scenario = useUiStore((s) => s.scenario);
  const playing = useUiStore((s) => s.playing);
  const speed = useUiStore((s) => s.speed);
  const progress = useUiStore((s) => s.runProgress);
  const meta = scenario?.meta;
  const scrubber = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (scrubber.current) scrubber.current.value = String(Math.floor(replayClock.t));
  }, []);

  return (
    <footer className="timeline">
      <button
        type="button"
        className="play"
        data-testid="play"
        aria-label={playing ? 'Pause (space)' : 'Play (space)'}
        title={playing ? 'Pause (space)' : 'Play (space)'}
        disabled={!meta}
        onClick={() => togglePlaying()}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label className="speed" title="Playback speed (+ / −)">
        <span className="sr-only">Speed</span>
        <select
          data-testid="speed"
          value={speed}
          onChange={(e) => {
            useUiStore.setState({ speed: Number(e.target.value) });
            e.target.blur();
          }}
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <div className="clock" title="Simulated local time (scenario time zone) and time since the scenario start">
        <span data-testid="sim-time" ref={(n) => registerLiveNode('simTime', n)}>
          --:--:--
        </span>
        <span className="elapsed" ref={(n) => registerLiveNode('elapsed', n)} />
      </div>
      <div className="scrubber-wrap">
        {scenario?.run && <EventTicks marks={scenario.run.marks} />}
        <input
          type="range"
          className="scrubber"
          data-testid="scrubber"
          aria-label="Scenario time"
          min={0}
          max={meta ? Math.floor(meta.duration_s) : 0}
          step={1}
          disabled={!meta}
          ref={(n) => {
            scrubber.current = n;
            registerLiveNode('scrubber', n);
          }}
          onPointerDown={() => setScrubbing(true)}
          onPointerUp={() => setScrubbing(false)}
          onInput={(e) => seek(Number((e.target as HTMLInputElement).value))}
          onKeyDown={(e) => {
            if (e.key === ' ') {
              e.preventDefault();
              togglePlaying();
            }
          }}
        />
      </div>
      <div className="count" title="Aircraft airborne at this time">
        <span data-testid="aircraft-count" ref={(n) => registerLiveNode('aircraftCount', n)}>
          0
        </span>{' '}
        airborne
      </div>
      {meta && progress < 1 && (
        <div
          className="run-progress"
          data-testid="run-progress"
          title="The full run (events and snapshots) in the worker"
        >
          simulating {Math.round(progress * 100)} %
        </div>
      )}
      {!meta && <span className="muted">no scenario</span>}
      {meta && playing === false && replayClock.t >= meta.duration_s && (
        <button
          type="button"
          className="link"
          onClick={() => {
            seek(0);
            setPlaying(true);
          }}
        >
          replay from start
        </button>
      )}
    </footer>
  );
}
