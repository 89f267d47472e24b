import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorProfile } from '@/lib/content/authors';
import type { ContentIndex, IndexedTopic } from '@/lib/content/content-index';

/**
 * A content store on disk, as `npm run content` writes it, in a temporary folder that becomes the
 * working directory: the index, one body file per article (`Body of <slug>.`) and each hero image
 * (a copy of a real picture).
 * `restore` goes back to the previous directory and deletes the folder.
 */
export function writeContentStore(
  articles: readonly ArticleSummary[],
  authors: readonly AuthorProfile[],
  topics: readonly IndexedTopic[] = [],
): { dir: string; restore: () => void } {
  const picture = path.resolve('tests/fixtures/content-clean/public/images/hero-harbour.jpg');
  const dir = mkdtempSync(path.join(tmpdir(), 'content-store-'));
  mkdirSync(path.join(dir, '.contentlayer/generated/Article'), { recursive: true });
  const index: ContentIndex = {
    articles: articles.map((a) => ({
      ...a,
      bodyFile: `generated/Article/${a.slug}.json`,
      sourceFile: `articles/${a.slug}.mdx`,
      redirectFrom: [],
    })),
    authors: authors.map((a) => ({ ...a, bio: `About ${a.name}.` })),
    pages: [],
    topics: [...topics],
  };
  writeFileSync(path.join(dir, '.contentlayer/content-index.json'), JSON.stringify(index));
  for (const a of articles) {
    writeFileSync(
      path.join(dir, '.contentlayer/generated/Article', `${a.slug}.json`),
      JSON.stringify({ body: { raw: `Body of ${a.slug}.` } }),
    );
    const hero = path.join(dir, 'public', a.hero.src);
    mkdirSync(path.dirname(hero), { recursive: true });
    copyFileSync(picture, hero);
  }
  const previous = process.cwd();
  process.chdir(dir);
  return {
    dir,
    restore: () => {
      process.chdir(previous);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
