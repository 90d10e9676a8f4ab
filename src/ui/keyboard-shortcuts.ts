// Keyboard shortcuts: space play/pause, ←/→ step (Shift: further), +/− speed, F follow, Esc deselect.
import { useEffect } from 'react';
import { arrowStep, nextSpeed } from './replay/playback-clock';
import { replayClock, seek, togglePlaying } from './state/replay-controller';
import { select, useUiStore } from './state/ui-store';

/** True for fields that use the keys themselves (text, menus). */
function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return (
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' && !['range', 'checkbox', 'button'].includes((el as HTMLInputElement).type)) ||
    el.isContentEditable
  );
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
      const s = useUiStore.getState();
      switch (e.key) {
        case ' ':
          if ((e.target as HTMLElement | null)?.tagName === 'BUTTON') return;
          togglePlaying();
          break;
        case 'ArrowRight':
        case 'ArrowLeft': {
          if ((e.target as HTMLInputElement | null)?.type === 'range') return;
          const step = arrowStep(s.speed, e.shiftKey);
          seek(replayClock.t + (e.key === 'ArrowRight' ? step : -step));
          break;
        }
        case '+':
        case '=':
          useUiStore.setState({ speed: nextSpeed(s.speed, 1) });
          break;
        case '-':
          useUiStore.setState({ speed: nextSpeed(s.speed, -1) });
          break;
        case 'f':
        case 'F':
          if (s.selected >= 0) useUiStore.setState({ follow: !s.follow });
          break;
        case 'Escape':
          select(-1);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
