// A one-line progress bar on stderr for long runs on a terminal.

export function progressBar(
  write: (s: string) => void,
  label: string,
): { update(t: number, end: number): void; done(): void } {
  let last = -1;
  return {
    update(t, end) {
      const pct = Math.floor((100 * t) / end);
      if (pct === last) return;
      last = pct;
      const filled = Math.round(pct / 4);
      write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${String(pct).padStart(3)}%  t=${Math.round(t)} s`,
      );
    },
    done() {
      if (last >= 0) write('\n');
    },
  };
}
