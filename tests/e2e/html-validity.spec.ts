import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** The W3C Nu HTML checker shipped by the vnu-jar package, run with the system Java. */
const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

/** One page of every type, and the 404 page. */
const pages = {
  home: '/',
  section: '/world',
  article: '/world/biden-hosts-south-korea-japan-leaders-north-korea-talks',
  'article-with-figures': '/science/scientists-map-kestrel-bay-seagrass-meadows',
  author: '/authors/priya-raman',
  tag: '/tags/north-korea',
  corrections: '/corrections',
  'not-found': '/world/no-such-story',
};

type VnuMessage = {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  url?: string;
  lastLine?: number;
};

function isVnuMessage(value: unknown): value is VnuMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

test('the HTML of every page type passes the W3C Nu HTML checker with zero errors', async ({ request }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    for (const [name, pagePath] of Object.entries(pages)) {
      const response = await request.get(pagePath);
      expect(response.status(), pagePath).toBe(name === 'not-found' ? 404 : 200);
      writeFileSync(path.join(dir, `${name}.html`), await response.text());
    }
    const files = Object.keys(pages).map((name) => path.join(dir, `${name}.html`));
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.error) throw new Error(`java could not run (apt-get install default-jre-headless): ${run.error.message}`);
    const report: unknown = JSON.parse(run.stderr || run.stdout);
    const messages =
      typeof report === 'object' && report !== null && 'messages' in report && Array.isArray(report.messages)
        ? report.messages.filter(isVnuMessage)
        : undefined;
    if (!messages) throw new Error(`unexpected vnu output: ${run.stderr}${run.stdout}`);
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      // Nothing is filtered: React's `<link rel="expect" blocking="render">`, the one error the checker
      // used to report, never reaches the browser now (lib/serving/framework-free-html.ts).
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
