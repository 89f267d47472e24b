/**
 * `npm run bench:weight [-- --article /world/some-story]` (after `npm run build`)
 *
 * Per page type, as Chromium emulating a Pixel 7 loads it from the production server: HTML bytes
 * (raw, and over the wire with brotli), the JavaScript it loaded, CSS, fonts, and the total transfer
 * without and with images. The framework's bundles as Next built them (first-load JS of the route,
 * gzip) are printed beside: what a page would carry if it shipped them. For the article, the hero
 * image as the phone downloads it (its srcset choice, format and bytes).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices, type Browser } from '@playwright/test';
import { kib, routeJavaScript } from './bundle-stats';
import { flag } from './cli';
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
/** `--article <path>` measures that article (e.g. the seed article) instead of the newest. */
const article = flag('article') ?? urls.article;
const pages: { name: string; url: string; route: string }[] = [
  { name: 'home', url: urls.home, route: '/' },
  { name: 'section', url: urls.section, route: '/[section]' },
  { name: 'article', url: article, route: '/[section]/[slug]' },
];
const js = routeJavaScript(root);

type Load = { html: number; htmlWire: number; js: number; css: number; fonts: number; images: number; total: number };

/** Loads `url` in a fresh phone context and sums what came over the wire, by kind. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const tab = await context.newPage();
  const sizes: Promise<{ type: string; wire: number }>[] = [];
  tab.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((s) => ({ type: request.resourceType(), wire: s.responseBodySize + s.responseHeadersSize })),
    );
  });
  const response = await tab.goto(url, { waitUntil: 'networkidle' });
  const html = Buffer.byteLength((await response?.text()) ?? '');
  const loads = await Promise.all(sizes);
  await context.close();
  const sum = (types: string[]) => loads.filter((l) => types.includes(l.type)).reduce((n, l) => n + l.wire, 0);
  return {
    html,
    htmlWire: sum(['document']),
    js: sum(['script']),
    css: sum(['stylesheet']),
    fonts: sum(['font']),
    images: sum(['image']),
    total: loads.reduce((n, l) => n + l.wire, 0),
  };
}

const server = startProductionServer('next', PORT);
try {
  await waitForServer(`${base}/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  console.log(
    'page      HTML raw  HTML wire    JS wire   CSS wire  font wire  total w/o images  total  | framework JS gzip (not loaded)',
  );
  for (const page of pages) {
    await fetch(base + page.url); // rendered and cached before it is measured
    const l = await load(browser, base + page.url);
    const route = js.find((r) => r.route === page.route);
    console.log(
      [
        page.name.padEnd(9),
        kib(l.html).padStart(8),
        kib(l.htmlWire).padStart(10),
        kib(l.js).padStart(10),
        kib(l.css).padStart(10),
        kib(l.fonts).padStart(10),
        kib(l.total - l.images).padStart(17),
        kib(l.total).padStart(6),
        ` | ${kib(route?.gzip ?? 0)}`,
      ].join(' '),
    );
  }

  const phone = devices['Pixel 7'];
  const context = await browser.newContext({ ...phone });
  const browserPage = await context.newPage();
  const images = new Map<string, { bytes: number; type: string }>();
  browserPage.on('response', async (response) => {
    if (!response.url().includes('/_next/image')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    images.set(response.url(), { bytes: body.length, type: response.headers()['content-type'] ?? '?' });
  });
  await browserPage.goto(base + article, { waitUntil: 'networkidle' });
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
