import { serveDirectory } from './static-server';
import { launchChromium, openViewer } from './browser';
import { waitForFirstDraw, waitForRun, simSeconds } from './viewer-page';
import { generatedScenarioYaml } from './generated-scenario';
const server = await serveDirectory('/work/main/dist');
const browser = await launchChromium();
try {
  const { page, errors } = await openViewer(browser, server.url + (process.argv[2] ?? '/?detect=off'));
  await waitForFirstDraw(page); await waitForRun(page);
  const yaml = generatedScenarioYaml({ flights: Number(process.argv[4] ?? 10000), seed: 11, window_s: 60, duration_s: 900 });
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles({ name: 't.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
  await page.waitForFunction(() => document.querySelector('[data-testid="scenario-name"]')?.textContent?.includes('10000'), undefined, { timeout: 60000 });
  await waitForRun(page, 600000);
  console.log('loaded+run', Date.now() - t0);
  await page.evaluate((t) => (window as any).skylaneDebug.seek(t), Number(process.argv[3] ?? 420));
  await page.waitForTimeout(1500);
  await page.getByTestId('speed').selectOption('1');
  await page.evaluate(() => (window as any).skylanePerf.reset());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.getByTestId('play').click();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(10000);
  const { profile } = await cdp.send('Profiler.stop') as any;
  await page.getByTestId('play').click();
  // self time per function
  const self = new Map<string, number>();
  const dt = profile.timeDeltas; const ids = profile.samples;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  for (let k = 0; k < ids.length; k++) { const n: any = byId.get(ids[k]); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000); }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'));
  const s = await page.evaluate(() => (window as any).skylanePerf.summary());
  console.log('airborne', await page.getByTestId('aircraft-count').textContent(), 'frames', s.renderedFrames, 'work', s.frameWork.median.toFixed(2), s.frameWork.p95.toFixed(2), 'render', s.renderCall.median.toFixed(2), 'worker', s.workerTick.median.toFixed(1), 'rt', s.roundTrip.median.toFixed(1));
  await page.screenshot({ path: '/tmp/p10k.png' });
  console.log(errors);
} finally { await browser.close(); await server.close(); }
