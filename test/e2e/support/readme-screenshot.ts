// Regenerates docs/screenshots/viewer.png: the default scenario at its second loss of separation (an eVTOL landing
// at the Cyberport vertiport and a training quad), reached through the event list. `npx tsx test/e2e/support/readme-screenshot.ts`
import { resolve } from 'node:path';
import { launchChromium, openViewer } from './browser';
import { serveDirectory } from './static-server';
import { waitForFirstDraw, waitForRun } from './viewer-page';

const root = resolve(import.meta.dirname, '../../..');
const server = await serveDirectory(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  const { page, errors } = await openViewer(browser, server.url);
  await waitForFirstDraw(page);
  await waitForRun(page);
  // Show only losses of separation in the list, then jump to the second one.
  const kinds = await page
    .getByTestId('event-kind-filter')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind ?? ''));
  for (const kind of kinds) if (kind !== 'los-start') await page.locator(`[data-kind="${kind}"]`).click();
  await page.getByTestId('event-item').nth(1).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: resolve(root, 'docs/screenshots/viewer.png') });
  if (errors.length) console.error(errors);
  console.log(`wrote docs/screenshots/viewer.png at ${await page.getByTestId('sim-time').textContent()}`);
} finally {
  await browser.close();
  await server.close();
}
