// Browser benchmark of the viewer (Chromium, SwiftShader): initial JS, time to first draw, main-thread work per frame
// and worker tick at 10,000 airborne aircraft, seek times in 2-hour scenarios. `npx tsx test/bench/viewer.ts [--build]`
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ViewerPerfSummary } from '../../src/ui/perf/viewer-perf';
import { launchChromium, openViewer } from '../e2e/support/browser';
import { initialJavaScript } from '../e2e/support/bundle-size';
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
    `initial JavaScript: ${kb(bundle.gzip)} gzipped (${kb(bundle.bytes)} raw) in ${bundle.files.length} file(s); CSS ${kb(bundle.css.gzip)} gzipped — target ≤ 600 KB`,
  );

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
      `seek, default scenario (2 h, ${await page.evaluate(() => document.querySelector('[data-testid="event-item"]') !== null)}): ` +
        `median ${ms(defaultSeeks.seek.median)}, p95 ${ms(defaultSeeks.seek.p95)}, max ${ms(defaultSeeks.seek.max)} (worker ${ms(defaultSeeks.workerTick.median)} median)`,
    );

    // 10,000 flights, all departing within a minute: ~10,000 airborne together.
    const yaml10k = generatedScenarioYaml({ flights: 10_000, seed: 11, window_s: 60, duration_s: 2400 });
    const loadMs = await openGenerated(page, 'traffic-10000.yaml', yaml10k);
    const run = await perf(page);
    console.log(`10,000 flights: opened, compiled and run in full in ${ms(loadMs)} (worker run ${ms(run.runMs)})`);
    await page.evaluate(() =>
      (window as unknown as { skylaneDebug: { seek(t: number): void } }).skylaneDebug.seek(420),
    );
    await page.waitForTimeout(1500);
    const airborne = Number(await page.getByTestId('aircraft-count').textContent());
    await page.getByTestId('speed').selectOption('1');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await resetPerf(page);
    const metric = async () =>
      Object.fromEntries(
        ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
          (m) => [m.name, m.value],
        ),
      );
    const before = await metric();
    const t0 = await simSeconds(page);
    await page.getByTestId('play').click();
    await page.waitForTimeout(PLAY_SECONDS * 1000);
    await page.getByTestId('play').click();
    const after = await metric();
    const t1 = await simSeconds(page);
    const play = await perf(page);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const frames = play.renderedFrames;
    const script = (after.ScriptDuration - before.ScriptDuration) * 1000;
    const task = (after.TaskDuration - before.TaskDuration) * 1000;
    console.log(
      `10,000 flights playing at 1× for ${PLAY_SECONDS} s (${airborne} airborne, clock ${t0} → ${t1} s), ${frames} frames (${(frames / PLAY_SECONDS).toFixed(1)} fps with SwiftShader):`,
    );
    console.log(
      `  main-thread work per frame (scene updates + render call): median ${ms(play.frameWork.median)}, p95 ${ms(play.frameWork.p95)}, max ${ms(play.frameWork.max)} — target ≤ 4 ms median`,
    );
    console.log(
      `  main thread per frame from CDP: script ${ms(script / Math.max(1, frames))}, all tasks ${ms(task / Math.max(1, frames))}`,
    );
    console.log(
      `  long tasks (> 50 ms): ${longTasks.length}${longTasks.length ? `, longest ${ms(Math.max(...longTasks))}` : ''}`,
    );
    console.log(
      `  worker tick (frameAt: restore/step + copy): median ${ms(play.workerTick.median)}, p95 ${ms(play.workerTick.p95)}; round trip median ${ms(play.roundTrip.median)}`,
    );
    const bigSeeks = await measureSeeks(page, 2400);
    console.log(
      `  seek (10,000 flights): median ${ms(bigSeeks.seek.median)}, p95 ${ms(bigSeeks.seek.p95)}, max ${ms(bigSeeks.seek.max)}; worker median ${ms(bigSeeks.workerTick.median)}`,
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
