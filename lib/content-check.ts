/**
 * Reads content/ and public/ from disk and applies the content rules to every file. Used by
 * `npm run check` and by the build, which runs it before contentlayer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  checkArticle,
  checkArticleSet,
  checkAuthor,
  slugFromPath,
  type Problem,
  type RuleContext,
  type SourceFile,
} from './content-rules';
import { sectionSlugs } from './sections';

export type ContentReport = {
  problems: Problem[];
  articleCount: number;
  authorCount: number;
};

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name));
}

function readSource(root: string, file: string): SourceFile {
  return { path: path.relative(root, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
}

/**
 * Checks every article and author under `<root>/content`, resolving images under `<root>/public`.
 * Returns all problems at once, sorted by file and line.
 */
export function checkContent(root: string): ContentReport {
  const contentDir = path.join(root, 'content');
  const publicDir = path.resolve(root, 'public');
  const articles = listMdx(path.join(contentDir, 'articles')).map((f) => readSource(root, f));
  const authors = listMdx(path.join(contentDir, 'authors')).map((f) => readSource(root, f));
  const imageCache = new Map<string, boolean>();
  const ctx: RuleContext = {
    sections: sectionSlugs,
    authorSlugs: new Set(authors.map((a) => slugFromPath(a.path))),
    imageExists(src) {
      let known = imageCache.get(src);
      if (known === undefined) {
        const file = path.resolve(publicDir, `.${src}`);
        known = file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile();
        imageCache.set(src, known);
      }
      return known;
    },
  };
  const problems = [
    ...authors.flatMap((f) => checkAuthor(f, ctx)),
    ...articles.flatMap((f) => checkArticle(f, ctx)),
    ...checkArticleSet(articles),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, articleCount: articles.length, authorCount: authors.length };
}
