/**
 * `npm run bench:weight` (after `npm run build`)
 *
 * Per page type: first-load client JavaScript (gzip) and the part over the framework floor
 * (`/_not-found`), CSS (gzip), HTML bytes (raw and gzip), and — for the article — the hero image
 * as a phone downloads it (Chromium emulating a Pixel 7: its srcset choice, format and bytes).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { gzipSize, kib, routeJavaScript } from './bundle-stats';
import { sampleUrls } from './sample-urls';
import { startProductionServer, stopServer, waitForServer } from './servers';

const root = process.cwd();
const PORT = 3950;
const base = `http://127.0.0.1:${PORT}`;

if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

const urls = sampleUrls(root);
const pages: { name: string; url: string; route: string }[] = [
  { name: 'home', url: urls.home, route: '/' },
  { name: 'section', url: urls.section, route: '/[section]' },
  { name: 'article', url: urls.article, route: '/[section]/[slug]' },
];
const js = routeJavaScript(root);

const server = startProductionServer('next', PORT);
try {
  await waitForServer(`${base}/`);
  console.log(
    'page      URL                                                     JS gzip  JS over floor  CSS gzip   HTML raw  HTML gzip',
  );
  for (const page of pages) {
    const html = await (await fetch(base + page.url)).text();
    const cssHrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? '');
    let css = 0;
    for (const href of new Set(cssHrefs)) css += gzipSize(await (await fetch(base + href)).text());
    const route = js.find((r) => r.route === page.route);
    console.log(
      [
        page.name.padEnd(9),
        page.url.slice(0, 55).padEnd(56),
        kib(route?.gzip ?? 0).padStart(8),
        kib(route?.overFloorGzip ?? 0).padStart(14),
        kib(css).padStart(9),
        kib(Buffer.byteLength(html)).padStart(10),
        kib(gzipSize(html)).padStart(10),
      ].join(' '),
    );
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const phone = devices['Pixel 7'];
  const context = await browser.newContext({ ...phone });
  const browserPage = await context.newPage();
  const images = new Map<string, { bytes: number; type: string }>();
  browserPage.on('response', async (response) => {
    if (!response.url().includes('/_next/image')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    images.set(response.url(), { bytes: body.length, type: response.headers()['content-type'] ?? '?' });
  });
  await browserPage.goto(base + urls.article, { waitUntil: 'networkidle' });
  const hero = await browserPage
    .locator('article figure img')
    .first()
    .evaluate((img: HTMLImageElement) => ({
      src: img.currentSrc,
      shown: `${img.clientWidth}×${img.clientHeight}`,
    }));
  const heroResponse = images.get(hero.src);
  const servedWidth = new URL(hero.src).searchParams.get('w') ?? '?';
  console.log(
    `\narticle hero on a ${phone?.viewport.width ?? '?'} px-wide phone at DPR ${phone?.deviceScaleFactor ?? '?'}: ` +
      `shown at ${hero.shown} CSS px, served ${servedWidth} px wide as ${heroResponse?.type ?? '?'}, ${kib(heroResponse?.bytes ?? 0)}`,
  );
  await browser.close();
} finally {
  await stopServer(server);
}
