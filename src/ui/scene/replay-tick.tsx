// First thing every frame: advance the replay clock, ask for frames, update the display traffic; keep rendering while playing.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { ScenarioMeta } from '../../session/sim-protocol';
import { frameStream, replayClock, setSceneInvalidator, tickReplay } from '../state/replay-controller';
import { useUiStore } from '../state/ui-store';
import { displayTraffic } from './display-traffic';
import { frameTimer } from './frame-timer';

export function ReplayTick({ meta }: { meta: ScenarioMeta }) {
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    setSceneInvalidator(invalidate);
    // Any UI state change (selection, layers, play) may change the picture: draw one more frame.
    const unsubscribe = useUiStore.subscribe(() => invalidate());
    return () => {
      unsubscribe();
      setSceneInvalidator(() => {});
    };
  }, [invalidate]);

  useFrame((_, delta) => {
    frameTimer.begin();
    tickReplay(delta);
    const { playing, speed } = useUiStore.getState();
    const maxExtrapolation = Math.max(2 * meta.time_step_s, speed * 0.06);
    displayTraffic.update(frameStream.latest, frameStream.version, replayClock.t, maxExtrapolation);
    if (playing) invalidate();
  }, -10);

  return null;
}
