/**
 * `npm run bench:search [-- --runs 3]` (after `npm run build`)
 *
 * How soon full-text results appear as a reader types. Debian's Chromium, driven by Playwright,
 * emulates a phone with the Lighthouse mobile profile's throttling (150 ms latency, 1.6 Mbps down,
 * 750 kbps up, CPU 4× slower; set over CDP) and opens /search on the production server (`npm start`)
 * with an empty cache; the reader taps the box and types a word that is only in the launch article's
 * body. Prints, per run and the median, the milliseconds from the last keystroke to the first
 * full-text result on screen, and what the search downloaded. Numbers only; nothing is asserted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startProductionServer, stopServer, waitForServer } from './servers';
import { flag, median } from './cli';

const runs = Number(flag('runs') ?? '3');
const root = process.cwd();
const PORT = 3980;
const base = `http://127.0.0.1:${PORT}`;
/** In the launch article's body, not in any headline or standfirst. */
const WORD = 'Pyongyang';
/** Between keystrokes: a quick typist on a phone. */
const KEY_DELAY_MS = 100;

/** Lighthouse's mobile profile (slow 4G, a mid-range phone): its throttling, applied as DevTools does. */
const LIGHTHOUSE_MOBILE = {
  latencyMs: 150,
  downloadBitsPerSecond: 1_638_400,
  uploadBitsPerSecond: 768_000,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Installed before the page's own scripts: notes the time of every input event in the box, and of
 * the first frame that shows a result under "Results for “WORD”", in the document's dataset.
 */
function instrument(word: string): void {
  // No named functions inside: the page gets this function's source, without tsx's helpers. And no
  // <html> yet: init scripts run before the document is parsed.
  document.addEventListener(
    'input',
    () => (document.documentElement.dataset.benchLastInput = String(performance.now())),
    true,
  );
  new MutationObserver(() => {
    const root = document.documentElement;
    if (!root || root.dataset.benchFirstResult !== undefined) return;
    if (document.querySelector('[data-search="heading"]')?.textContent !== `Results for “${word}”`) return;
    const items = [...document.querySelectorAll('[data-search="results"] li')];
    if (!items.some((li) => li.getClientRects().length > 0)) return;
    root.dataset.benchFirstResult = 'pending';
    requestAnimationFrame(() => (root.dataset.benchFirstResult = String(performance.now())));
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LIGHTHOUSE_MOBILE.latencyMs,
    downloadThroughput: LIGHTHOUSE_MOBILE.downloadBitsPerSecond / 8,
    uploadThroughput: LIGHTHOUSE_MOBILE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: LIGHTHOUSE_MOBILE.cpuSlowdown });
}

type Run = { ms: number; typingMs: number; moduleBytes: number; pagefindBytes: number; pagefindFiles: number };

const server = startProductionServer('next', PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const results: Run[] = [];
try {
  await waitForServer(`${base}/`);
  // The server's first answers (route code loaded, files read) are not what is measured.
  const html = await (await fetch(`${base}/search`)).text();
  const moduleSrc = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
  for (const warm of [moduleSrc, '/pagefind/pagefind.js', `/search?q=${WORD}`]) if (warm) await fetch(base + warm);

  for (let i = 0; i < runs; i++) {
    // A new context each run: an empty cache, as for a reader's first search.
    const context = await browser.newContext({
      viewport: LIGHTHOUSE_MOBILE.viewport,
      deviceScaleFactor: LIGHTHOUSE_MOBILE.deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const downloads: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) downloads.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.addInitScript(instrument, WORD);
    await throttle(page);
    await page.goto(`${base}/search`, { waitUntil: 'load' });
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    await box.tap();
    const typingStarted = Date.now();
    await box.pressSequentially(WORD, { delay: KEY_DELAY_MS });
    const typingMs = Date.now() - typingStarted;
    await page.waitForFunction(() => Number(document.documentElement.dataset.benchFirstResult) > 0, undefined, {
      timeout: 60_000,
    });
    const { lastInput, firstResult } = await page.evaluate(() => ({
      lastInput: Number(document.documentElement.dataset.benchLastInput),
      firstResult: Number(document.documentElement.dataset.benchFirstResult),
    }));
    const pagefind = downloads.filter((d) => new URL(d.url).pathname.startsWith('/pagefind/'));
    const run: Run = {
      ms: firstResult - lastInput,
      typingMs,
      moduleBytes: downloads
        .filter((d) => new URL(d.url).pathname.startsWith('/enhance/'))
        .reduce((sum, d) => sum + d.bytes, 0),
      pagefindBytes: pagefind.reduce((sum, d) => sum + d.bytes, 0),
      pagefindFiles: pagefind.length,
    };
    results.push(run);
    console.log(
      `run ${i + 1}: first full-text result ${Math.round(run.ms)} ms after the last keystroke ` +
        `(typing took ${run.typingMs} ms; module ${kib(run.moduleBytes)}, Pagefind ${kib(run.pagefindBytes)} in ${run.pagefindFiles} files)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await stopServer(server);
}
console.log(
  `\nmedian of ${runs} runs (Lighthouse mobile throttling: ${LIGHTHOUSE_MOBILE.latencyMs} ms, ` +
    `${LIGHTHOUSE_MOBILE.downloadBitsPerSecond / 1e6} / ${LIGHTHOUSE_MOBILE.uploadBitsPerSecond / 1e6} Mbit/s, ` +
    `CPU ${LIGHTHOUSE_MOBILE.cpuSlowdown}×; "${WORD}" typed at ${KEY_DELAY_MS} ms a key): ` +
    `${Math.round(median(results.map((r) => r.ms)))} ms from the last keystroke to the first full-text result`,
);
