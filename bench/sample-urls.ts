/**
 * A representative URL of each page type in the current build, for the benchmarks that load pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type SampleUrls = { home: string; section: string; article: string };

/**
 * A representative URL of each page type from the content index of the current build: the home
 * page, the newest published article, and its section.
 */
export function sampleUrls(root: string = process.cwd()): SampleUrls {
  const index: { articles: { url: string; section: string; publishedAt: string; draft: boolean }[] } = JSON.parse(
    readFileSync(path.join(root, '.contentlayer/content-index.json'), 'utf8'),
  );
  const now = Date.now();
  const live = index.articles
    .filter((a) => !a.draft && Date.parse(a.publishedAt) <= now)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
  const newest = live[0];
  if (!newest) throw new Error('no published article in the content index');
  return { home: '/', section: `/${newest.section}`, article: newest.url };
}
