// Helpers that read the viewer's state through its data-testid hooks.
import type { Page } from 'playwright-core';

/** Seconds since the scenario start shown by the clock (data-seconds of sim-time). */
export async function simSeconds(page: Page): Promise<number> {
  return Number(await page.getByTestId('sim-time').getAttribute('data-seconds'));
}

/** Waits until the viewer has drawn a frame of the scenario (the world, and the traffic at the opening time). */
export async function waitForFirstDraw(page: Page, timeout = 30_000): Promise<number> {
  await page.waitForFunction(() => document.documentElement.dataset.firstDraw !== undefined, undefined, { timeout });
  return Number(await page.evaluate(() => document.documentElement.dataset.firstDraw));
}

/** Waits until the scenario's full run (events, snapshots) has finished in the worker. */
export async function waitForRun(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      // The event count reads "running…" until the run's summary has reached the page.
      const count = document.querySelector('[data-testid="event-count"]')?.textContent;
      return !document.querySelector('[data-testid="run-progress"]') && count !== undefined && count !== 'running…';
    },
    undefined,
    { timeout, polling: 250 },
  );
}

/**
 * Filters the event list to one flight and clicks its first event (of a kind label such as "intent state", when
 * given): the viewer jumps there and selects the flight. Returns the event's time; the filter is left set.
 */
export async function clickEventOf(page: Page, flight: string, kindLabel?: string): Promise<number> {
  await page.getByTestId('event-flight-filter').fill(flight);
  const rows = page.getByTestId('event-item').filter({ hasText: flight });
  const row = (kindLabel ? rows.filter({ has: page.locator('.kind', { hasText: kindLabel }) }) : rows).first();
  await row.waitFor({ timeout: 15_000 });
  const t = Number(await row.getAttribute('data-t'));
  await row.click();
  return t;
}

export interface PixelStats {
  variance: number;
  seaBlue: number;
  landGreenBrown: number;
  total: number;
}

/** Decodes a PNG screenshot in the page (no image library needed in Node) and counts colour classes. */
export async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    let sum2 = 0;
    let sea = 0;
    let land = 0;
    const n = d.length / 4;
    for (let k = 0; k < d.length; k += 4) {
      const r = d[k];
      const g = d[k + 1];
      const b = d[k + 2];
      const l = 0.299 * r + 0.587 * g + 0.114 * b;
      sum += l;
      sum2 += l * l;
      if (b > r + 25 && b > g + 5 && b > 70 && b < 210) sea++;
      if ((g > b + 12 && g >= r - 10 && g > 50) || (r > b + 20 && g > b + 5 && r < 200 && r > 70)) land++;
    }
    const mean = sum / n;
    return { variance: sum2 / n - mean * mean, seaBlue: sea / n, landGreenBrown: land / n, total: n };
  }, png.toString('base64'));
}
