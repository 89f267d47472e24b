/**
 * `npm run bench:lighthouse [-- --runs 3]` (after `npm run build`)
 *
 * Lighthouse 12 (mobile: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown — its
 * default) in Debian's Chromium against the production server (`npm start`), on the article, home and section pages,
 * `--runs` times each; prints the median of each score and of LCP, CLS and TBT.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { sampleUrls } from './sample-urls';
import { startProductionServer, stopServer, waitForServer } from './servers';
import { flag, median } from './cli';

const runs = Number(flag('runs') ?? '3');
const root = process.cwd();
const PORT = 3960;
const base = `http://127.0.0.1:${PORT}`;

if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

type Run = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** Bytes over the wire for the whole page load (Lighthouse's total-byte-weight). */
  transfer: number;
  /** Bytes over the wire of the scripts it loaded. */
  js: number;
};

/** Transfer size of the scripts among Lighthouse's network requests. */
function scriptBytes(details: unknown): number {
  const items: unknown = Reflect.get(Object(details), 'items');
  if (!Array.isArray(items)) return NaN;
  let bytes = 0;
  for (const item of items) {
    const type: unknown = Reflect.get(Object(item), 'resourceType');
    const size: unknown = Reflect.get(Object(item), 'transferSize');
    if (type === 'Script' && typeof size === 'number') bytes += size;
  }
  return bytes;
}

const urls = sampleUrls(root);
const server = startProductionServer('next', PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
const table: string[] = [];
try {
  await waitForServer(`${base}/`);
  for (const [name, pathname] of [
    ['article', urls.article],
    ['home', urls.home],
    ['section', urls.section],
  ] as const) {
    await fetch(base + pathname); // warm the server's cache so the first run is not a cold render
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(base + pathname, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${pathname}`);
      const { categories, audits } = result.lhr;
      results.push({
        performance: (categories.performance?.score ?? 0) * 100,
        accessibility: (categories.accessibility?.score ?? 0) * 100,
        bestPractices: (categories['best-practices']?.score ?? 0) * 100,
        seo: (categories.seo?.score ?? 0) * 100,
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        transfer: audits['total-byte-weight']?.numericValue ?? NaN,
        js: scriptBytes(audits['network-requests']?.details),
      });
      console.log(
        `${name} run ${i + 1}: perf ${results.at(-1)?.performance} LCP ${Math.round(results.at(-1)?.lcp ?? 0)} ms`,
      );
    }
    const m = (key: keyof Run) => median(results.map((r) => r[key]));
    table.push(
      [
        name.padEnd(8),
        m('performance').toFixed(0).padStart(5),
        m('accessibility').toFixed(0).padStart(6),
        m('bestPractices').toFixed(0).padStart(6),
        m('seo').toFixed(0).padStart(5),
        `${(m('lcp') / 1000).toFixed(2)} s`.padStart(9),
        m('cls').toFixed(3).padStart(7),
        `${m('tbt').toFixed(0)} ms`.padStart(8),
        `${(m('transfer') / 1024).toFixed(1)} KB`.padStart(10),
        `${(m('js') / 1024).toFixed(1)} KB`.padStart(9),
        `  ${pathname}`,
      ].join(' '),
    );
  }
} finally {
  chrome.kill();
  await stopServer(server);
}
console.log(`\nmedian of ${runs} runs (Lighthouse 12, mobile)`);
console.log('page      perf   a11y  b.pr.   seo       LCP     CLS      TBT   transfer       JS');
for (const row of table) console.log(row);
