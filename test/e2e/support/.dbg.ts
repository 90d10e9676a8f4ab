import { serveDirectory } from './static-server';
import { launchChromium, openViewer } from './browser';
import { waitForFirstDraw } from './viewer-page';
const server = await serveDirectory('/work/main/dist');
const browser = await launchChromium();
try {
  const { page, errors } = await openViewer(browser, server.url + (process.argv[2] ?? '/'));
  page.on('console', (m) => console.log('console', m.text()));
  await waitForFirstDraw(page);
  await page.waitForTimeout(3000);
  console.log(await page.evaluate(() => [document.querySelector('[data-testid="event-count"]')?.textContent, document.querySelector('[data-testid="run-progress"]')?.textContent]));
  console.log(errors);
} finally { await browser.close(); await server.close(); }
