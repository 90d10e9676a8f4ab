// Browser benchmark of the viewer (Chromium, SwiftShader): initial JS, time to first draw, main-thread work per frame
// and worker tick at 10,000 airborne aircraft, seek times in 2-hour scenarios. `npx tsx test/bench/viewer.ts [--build]`
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViewerPerfSummary } from '../../src/ui/perf/viewer-perf';
import { launchChromium, openViewer } from '../e2e/support/browser';
import { initialJavaScript } from '../e2e/support/bundle-size';
import { traceFrames } from '../e2e/support/frame-trace';
import { generatedScenarioYaml } from '../e2e/support/generated-scenario';
import { serveDirectory } from '../e2e/support/static-server';
import { simSeconds, waitForFirstDraw, waitForRun } from '../e2e/support/viewer-page';

const DIST = resolve(import.meta.dirname, '../../dist');
const PLAY_SECONDS = 12;
const SEEKS = 25;

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
const perf = (page: Page) =>
  page.evaluate(() => (window as unknown as { skylanePerf: { summary(): ViewerPerfSummary } }).skylanePerf.summary());
const resetPerf = (page: Page) =>
  page.evaluate(() => (window as unknown as { skylanePerf: { reset(): void } }).skylanePerf.reset());

async function openGenerated(page: Page, name: string, yaml: string): Promise<number> {
  const started = Date.now();
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="scenario-name"]')?.textContent?.includes(n),
    name.match(/\d+/)![0],
    { timeout: 120_000 },
  );
  await waitForRun(page, 300_000);
  return Date.now() - started;
}

/** Plays for PLAY_SECONDS at `speed` (traced) and prints the main thread's and the worker's figures. */
async function measurePlayback(browser: Browser, page: Page, speed: number): Promise<void> {
  await page.getByTestId('speed').selectOption(String(speed));
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await resetPerf(page);
  const t0 = await simSeconds(page);
  const airborne0 = Number(await page.getByTestId('aircraft-count').textContent());
  const trace = await traceFrames(browser, page, async () => {
    await page.getByTestId('play').click();
    await page.waitForTimeout(PLAY_SECONDS * 1000);
    await page.getByTestId('play').click();
  });
  const t1 = await simSeconds(page);
  const airborne1 = Number(await page.getByTestId('aircraft-count').textContent());
  const play = await perf(page);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const frames = play.renderedFrames;
  console.log(
    `playing at ${speed}× for ${PLAY_SECONDS} s: ${airborne0} → ${airborne1} airborne, clock ${t0} → ${t1} s, ${frames} frames (${(frames / PLAY_SECONDS).toFixed(1)} fps, SwiftShader)`,
  );
  console.log(
    `  main-thread CPU per frame (trace thread time of the animation-frame callback: every useFrame + the render call): median ${ms(trace.rafCpu.median)}, p95 ${ms(trace.rafCpu.p95)} — target ≤ 4 ms median`,
  );
  console.log(
    `  the same in wall time (inflated when SwiftShader's threads take the cores): trace median ${ms(trace.rafWall.median)}, p95 ${ms(trace.rafWall.p95)}; in-page marks median ${ms(play.frameWork.median)}, p95 ${ms(play.frameWork.p95)} (render call ${ms(play.renderCall.median)})`,
  );
  console.log(
    `  every main-thread task per frame (React panels at 4 Hz, worker messages, GC included): ${ms(trace.mainCpuPerFrame)} CPU; long tasks (> 50 ms): ${longTasks.length}${longTasks.length ? `, longest ${ms(Math.max(...longTasks))}` : ''}`,
  );
  console.log(
    `  worker tick (frameAt: restore/steps, alerts, copy): median ${ms(play.workerTick.median)}, p95 ${ms(play.workerTick.p95)}; request → frame on the main thread: median ${ms(play.roundTrip.median)}`,
  );
}

/** Seeks to random times through the viewer's seek action and waits for each frame; returns the viewer's seek figures. */
async function measureSeeks(page: Page, duration: number): Promise<ViewerPerfSummary> {
  await resetPerf(page);
  let state = 12345;
  const rand = () => (state = (state * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let k = 0; k < SEEKS; k++) {
    const t = Math.floor(rand() * duration);
    await page.evaluate(
      (s) => (window as unknown as { skylaneDebug: { seek(t: number): void } }).skylaneDebug.seek(s),
      t,
    );
    await page.waitForFunction(
      (want) => {
        const f = (window as unknown as { skylaneDebug: { frames: { latest: { t: number } | null } } }).skylaneDebug
          .frames.latest;
        return f !== null && Math.abs(f.t - want) < 1;
      },
      t,
      { polling: 'raf', timeout: 30_000 },
    );
  }
  return perf(page);
}

async function main(): Promise<void> {
  if (process.argv.includes('--build') || !existsSync(resolve(DIST, 'index.html'))) {
    console.log('building…');
    const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', cwd: resolve(DIST, '..') });
    if (r.status !== 0) throw new Error('vite build failed');
  }
  const bundle = initialJavaScript(DIST);
  console.log(
    `JavaScript at start-up: ${kb(bundle.startup.gzip)} gzipped (${kb(bundle.startup.bytes)} raw) in ${bundle.startup.files.length} files — target ≤ 600 KB; ` +
      `of which the entry and its static imports ${kb(bundle.entry.gzip)} (the rest, three.js, React and the app, is imported by the entry at once)`,
  );
  console.log(`CSS: ${kb(bundle.css.gzip)} gzipped`);

  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  try {
    // Time to first draw of the default scenario, three fresh pages.
    const draws: number[] = [];
    for (let k = 0; k < 3; k++) {
      const { page } = await openViewer(browser, server.url);
      draws.push(await waitForFirstDraw(page));
      await page.close();
    }
    draws.sort((a, b) => a - b);
    console.log(
      `default scenario drawn after: ${draws.map((d) => ms(d)).join(', ')} (median ${ms(draws[1])}) — target < 3000 ms`,
    );

    const { page, errors } = await openViewer(browser, server.url);
    await waitForFirstDraw(page);
    await waitForRun(page);
    const defaultSeeks = await measureSeeks(page, 7200);
    console.log(
      'seek, default scenario (2 h): ' +
        `median ${ms(defaultSeeks.seek.median)}, p95 ${ms(defaultSeeks.seek.p95)}, max ${ms(defaultSeeks.seek.max)} (worker ${ms(defaultSeeks.workerTick.median)} median)`,
    );

    // 11,000 flights, all departing within a minute: over 10,000 airborne together at the busiest moment.
    const yaml10k = generatedScenarioYaml({ flights: 11_000, seed: 11, window_s: 60, duration_s: 900 });
    const loadMs = await openGenerated(page, 'traffic-11000.yaml', yaml10k);
    const run = await perf(page);
    console.log(
      `11,000 flights (detection on): opened, compiled and run in full in ${ms(loadMs)} (the worker's run: ${ms(run.runMs)}); ${await page.getByTestId('event-count').textContent()} events`,
    );
    // The viewer opens an untouched scenario at its busiest moment.
    await page.waitForTimeout(1500);
    for (const speed of [1, 20]) await measurePlayback(browser, page, speed);
    const bigSeeks = await measureSeeks(page, 900);
    const bigFlights = '11,000 flights';
    console.log(
      `seek (${bigFlights}): median ${ms(bigSeeks.seek.median)}, p95 ${ms(bigSeeks.seek.p95)}, max ${ms(bigSeeks.seek.max)}; worker median ${ms(bigSeeks.workerTick.median)}`,
    );

    // A 2-hour scenario with 10,000 flights spread over an hour and a half.
    const yaml2h = generatedScenarioYaml({ flights: 10_000, seed: 12, window_s: 5400, duration_s: 7200 });
    const load2h = await openGenerated(page, 'traffic-2h-10000.yaml', yaml2h);
    const seeks2h = await measureSeeks(page, 7200);
    console.log(
      `2-hour scenario, 10,000 flights (opened and run in ${ms(load2h)}): seek median ${ms(seeks2h.seek.median)}, p95 ${ms(seeks2h.seek.p95)}, max ${ms(seeks2h.seek.max)}; worker median ${ms(seeks2h.workerTick.median)}, p95 ${ms(seeks2h.workerTick.p95)} — target < 300 ms`,
    );
    if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
