// Main-thread figures from a Chromium trace: per animation frame, wall time and CPU time (thread time, which leaves
// out the time the thread was descheduled — software WebGL's own threads compete for the same cores).
import type { Browser, Page } from 'playwright-core';

export interface FrameTrace {
  frames: number;
  /** requestAnimationFrame callbacks (all useFrame work and the render call), ms. */
  rafWall: { median: number; p95: number };
  rafCpu: { median: number; p95: number };
  /** Every main-thread task (frames, React panels, worker messages, GC) per frame, CPU ms. */
  mainCpuPerFrame: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] / 1000 : Number.NaN;
};

/** Traces `during()` and summarises the page's animation frames. */
export async function traceFrames(browser: Browser, page: Page, during: () => Promise<void>): Promise<FrameTrace> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await during();
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const raf = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X');
  const main = raf[0];
  const tasks = main
    ? events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid)
    : [];
  const wall = raf.map((e) => e.dur ?? 0);
  const cpu = raf.map((e) => e.tdur ?? 0);
  return {
    frames: raf.length,
    rafWall: { median: quantile(wall, 0.5), p95: quantile(wall, 0.95) },
    rafCpu: { median: quantile(cpu, 0.5), p95: quantile(cpu, 0.95) },
    mainCpuPerFrame: tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000 / Math.max(1, raf.length),
  };
}
