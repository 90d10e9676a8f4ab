// End-to-end tests of the viewer in Chromium (SwiftShader): rendering, playback, seeking, events, strategic approval
// and intent volumes, file errors, load.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openViewer } from './support/browser';
import { generatedScenarioYaml } from './support/generated-scenario';
import { type StaticServer, serveDirectory } from './support/static-server';
import { clickEventOf, pixelStats, simSeconds, waitForFirstDraw, waitForRun } from './support/viewer-page';

const DIST = resolve(import.meta.dirname, '../../dist');
const SHOTS = resolve(import.meta.dirname, 'screenshots');

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];
let firstDrawMs: number;

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  ({ page, errors } = await openViewer(browser, server.url));
  firstDrawMs = await waitForFirstDraw(page);
  await waitForRun(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls with a generous timeout: software rendering on a shared 2-core machine can stall the page for a while. */
function poll<T>(read: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(read, { timeout });
}

async function seekTo(seconds: number): Promise<void> {
  await page.getByTestId('scrubber').fill(String(seconds));
  await poll(() => simSeconds(page)).toBe(seconds);
}

describe('viewer', () => {
  test('draws the default scenario: land and sea visible, notes and attribution shown', async () => {
    console.info(`first draw ${Math.round(firstDrawMs)} ms after navigation`);
    expect(firstDrawMs).toBeLessThan(10_000);
    await poll(() => page.getByTestId('scenario-name').textContent()).toMatch(/Cyberport waterfront/);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ path: resolve(SHOTS, 'default.png') });
    const stats = await pixelStats(page, png);
    expect(stats.variance).toBeGreaterThan(300);
    expect(stats.seaBlue).toBeGreaterThan(0.05);
    expect(stats.landGreenBrown).toBeGreaterThan(0.05);
    const notes = await page.getByTestId('data-notes').textContent();
    expect(notes).toContain('Approximate terrain');
    expect(notes).toContain('© OpenStreetMap contributors');
    expect(notes).toContain('ODbL');
  });

  test('play advances the clock; space pauses', async () => {
    await seekTo(1800);
    await page.getByTestId('speed').selectOption('50');
    await page.getByTestId('play').click();
    await poll(() => simSeconds(page), 15_000).toBeGreaterThan(1800 + 20);
    await page.keyboard.press('Space');
    const paused = await simSeconds(page);
    await page.waitForTimeout(500);
    expect(await simSeconds(page)).toBe(paused);
    await page.keyboard.press('ArrowRight');
    await poll(() => simSeconds(page)).toBeGreaterThanOrEqual(paused + 10);
  });

  test('the scrubber jumps to any time and the frame follows within 300 ms', async () => {
    await seekTo(5400);
    await seekTo(600);
    const perf = await page.evaluate(() =>
      (window as unknown as { skylanePerf: { summary(): { seek: { median: number } } } }).skylanePerf.summary(),
    );
    console.info(`seek: median ${perf.seek.median.toFixed(1)} ms`);
    expect(perf.seek.median).toBeLessThan(300);
  });

  test('clicking an event jumps to its time and selects its flight', async () => {
    const items = page.getByTestId('event-item');
    await poll(() => items.count()).toBeGreaterThan(5);
    const item = items.nth(5);
    const t = Number(await item.getAttribute('data-t'));
    const flight = (await item.locator('.flights').textContent())?.split(' · ')[0];
    await item.click();
    await poll(() => simSeconds(page)).toBe(Math.floor(t));
    await poll(() => page.getByTestId('inspector-id').textContent()).toBe(flight);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: resolve(SHOTS, 'event-jump.png') });
  });

  test("a selected flight shows its approval and intent state; an accepted one's intent volumes are drawn", async () => {
    const status = page.getByTestId('approval-status');
    const volumes = page.getByTestId('intent-volume-count');
    // SF-CC-01 (Cyberport → Cheung Chau) is accepted: at its activation, its volumes are drawn, some holding the time.
    const activated = await clickEventOf(page, 'SF-CC-01', 'intent state');
    await poll(() => page.getByTestId('inspector-id').textContent()).toBe('SF-CC-01');
    await poll(() => status.getAttribute('data-status')).toBe('Accepted');
    expect(await status.locator('.approval').textContent()).toBe('Accepted');
    await poll(async () => Number(await volumes.getAttribute('data-drawn'))).toBeGreaterThan(2);
    expect(Number(await volumes.getAttribute('data-active'))).toBeGreaterThan(0);
    await poll(() => page.getByTestId('intent-state').getAttribute('data-state')).toBe('Activated');
    // Five minutes on, following the aircraft: other volumes hold the time; still Activated (it conforms).
    await page.getByTestId('follow').click();
    await seekTo(Math.floor(activated) + 300);
    await poll(() => page.getByTestId('intent-state').textContent()).toBe('Activated');
    await page.mouse.move(470, 400);
    for (let k = 0; k < 4; k++) await page.mouse.wheel(0, 300);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: resolve(SHOTS, 'intent-volumes.png') });
    // The layer toggle drops the volumes and brings them back.
    await page.getByTestId('layer-intentVolumes').uncheck();
    await poll(() => volumes.getAttribute('data-drawn')).toBe('0');
    await page.getByTestId('layer-intentVolumes').check();
    await poll(async () => Number(await volumes.getAttribute('data-drawn'))).toBeGreaterThan(2);

    // KT-YSW-01 is rejected: a leg runs below the ground's clearance; it is offered a higher band and flies that (replan).
    await clickEventOf(page, 'KT-YSW-01');
    await poll(() => page.getByTestId('inspector-id').textContent()).toBe('KT-YSW-01');
    await poll(() => status.getAttribute('data-status')).toBe('Rejected');
    expect(await status.locator('.approval').textContent()).toBe('Rejected');
    expect(await page.getByTestId('approval-reason').first().textContent()).toMatch(
      /terrain: leg \d+ is [\d.]+ m too low over the ground/,
    );
    expect(await page.getByTestId('suggested-altitude').textContent()).toMatch(/^\+\d+ m \(cruise/);
    expect(await page.getByTestId('replan').textContent()).toMatch(/^Accepted at \+\d+ m$/);
    await poll(() => page.getByTestId('intent-state').getAttribute('data-state')).not.toBe('none');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: resolve(SHOTS, 'approval-rejected.png') });
    await page.getByTestId('event-flight-filter').fill('');
    await page.getByTestId('event-flight-filter').blur();
    await page.keyboard.press('Escape');
    await poll(() => page.getByTestId('inspector-id').count()).toBe(0);
  });

  test('the picker opens another bundled scenario; a dropped file opens too', async () => {
    await page.getByTestId('scenario-picker').selectOption('cross-sea-cheung-chau');
    await poll(() => page.getByTestId('scenario-name').textContent()).toMatch(/Cheung Chau/i);
    await waitForRun(page);
    const yaml = generatedScenarioYaml({ flights: 20, seed: 3, window_s: 300, duration_s: 1200 });
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.yaml', { type: 'text/yaml' }));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, yaml);
    await poll(() => page.getByTestId('scenario-name').textContent()).toMatch(/20 flights/);
    await waitForRun(page);
    await page.getByTestId('scenario-picker').selectOption('cyberport-waterfront');
    await poll(() => page.getByTestId('scenario-name').textContent()).toMatch(/Cyberport waterfront/);
    await waitForRun(page);
  });

  test('an invalid file shows located errors and the previous scenario stays loaded', async () => {
    const before = await page.getByTestId('scenario-name').textContent();
    const broken = [
      'skylane: 1',
      'meta:',
      '  name: broken',
      '  start: "2026-01-15T08:00:00+08:00"',
      '  duration_s: -5',
      'flights:',
      '  - id: X1',
      '    operator: test',
      '    class: no-such-class',
      '    departure: 0',
      '    origin: cyberport-pad',
      '    destination: nowhere-pad',
      '    route: []',
    ].join('\n');
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const panel = page.getByTestId('error-panel');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('broken.yaml');
    expect(text).toMatch(/line 5:\d+/);
    expect(await page.getByTestId('error-item').count()).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(SHOTS, 'errors.png') });
    expect(await page.getByTestId('scenario-name').textContent()).toBe(before);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  test('a generated 5,000-flight scenario loads and plays', async () => {
    // Departures over ten minutes: about half the flights are in the air together at ten minutes.
    const yaml = generatedScenarioYaml({ flights: 5000, seed: 7, window_s: 600, duration_s: 1200 });
    const file = { name: 'traffic-5000.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) };
    await page.getByTestId('file-input').setInputFiles(file);
    await poll(() => page.getByTestId('scenario-name').textContent(), 60_000).toMatch(/5000 flights/);
    await waitForRun(page);
    await seekTo(600);
    await poll(async () => Number(await page.getByTestId('aircraft-count').textContent())).toBeGreaterThan(2000);
    await page.getByTestId('speed').selectOption('20');
    await page.getByTestId('play').click();
    await poll(() => simSeconds(page), 20_000).toBeGreaterThan(600 + 20);
    await page.getByTestId('play').click();
    await page.getByTestId('view-overview').click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: resolve(SHOTS, 'traffic-5000.png') });
    expect(errors).toEqual([]);
  });
});
