/**
 * The content rules of the newsroom's standing pages (`content/pages/<slug>.mdx`, shown at `/about`
 * and `/about/<slug>`), and the site rule that every policy lib/config/standing-pages.ts names has a
 * published page.
 *
 * As for articles (article-rules.ts): phase 1 (`analysePage`) reads one file's text — the fields of
 * `pageFields` (lib/content/schema.ts) through the same field rules, the body through the same body
 * rules and allow-list — and phase 2 (`resolvePage`) checks its name and images against the site.
 * Links in a page's body are checked with every other link (site-rules.ts `checkLinks`).
 */
import { isScalar } from 'yaml';
import {
  analyseBody,
  checkFields,
  fieldRules,
  imageProblems,
  locatedString,
  readFrontmatter,
  slugFromPath,
  withFile,
  type ImageRef,
  type LocalProblem,
  type Located,
  type Problem,
  type RuleContext,
  type SourceFile,
} from './article-rules';
import { pageFields, SLUG_PATTERN } from '../content/schema';
import { POLICY_PROPERTIES, policyPages } from '../config/standing-pages';
import { MASTHEAD_SLUG } from '../config/urls';

/** Where standing pages live, relative to the project root. */
export const PAGES_DIR = 'content/pages';

/** Where the policies are configured, relative to the project root: problems with them are reported there. */
export const STANDING_PAGES_CONFIG = 'lib/config/standing-pages.ts';

/** Everything phase 2 and the site rules need to know about a standing page, as found in its text. Plain data. */
export type AnalysedPage = {
  problems: LocalProblem[];
  title?: Located<string>;
  draft: boolean;
  images: ImageRef[];
  links: Located<string>[];
};

/** A standing page file: its path relative to the project root and what phase 1 found. */
export type PageEntry = { path: string; facts: AnalysedPage };

const pageRules = fieldRules(pageFields);

/** Phase 1 for a standing page: its fields (`pageFields`) and its body, as for an article. */
export function analysePage(text: string): AnalysedPage {
  const facts: AnalysedPage = { problems: [], draft: false, images: [], links: [] };
  const fm = readFrontmatter(text, facts.problems);
  if (!fm) return facts;
  const fields = checkFields(fm.map, pageRules, fm.located, '', null);
  facts.title = locatedString(fields.get('title'), fm.located);
  // As for articles: a draft field that is not plainly `false` keeps the page a draft.
  const draft = fields.get('draft');
  facts.draft = draft !== undefined && !(isScalar(draft) && draft.value === false);
  const body = analyseBody(fm.body, fm.bodyFirstLine, facts.problems, true);
  facts.images.push(...body.images);
  facts.links.push(...body.links);
  return facts;
}

/** What is wrong with a standing page's file name or place, if anything. */
function pageFileProblem(path: string): string | undefined {
  const slug = slugFromPath(path);
  if (!path.startsWith(`${PAGES_DIR}/`) || path.slice(PAGES_DIR.length + 1).includes('/')) {
    return `a standing page must be directly in ${PAGES_DIR}/ (its address is /about/<file name>): move it to ${PAGES_DIR}/${slug}.mdx`;
  }
  if (!SLUG_PATTERN.test(slug)) {
    return `the file name "${slug}" must be a slug: lowercase letters, digits and hyphens (it becomes the address /about/<file name>)`;
  }
  if (slug === MASTHEAD_SLUG) {
    return `the file name "${slug}" is reserved: /about/${MASTHEAD_SLUG} is the masthead, built from the author pages; choose another name`;
  }
  return undefined;
}

/** Phase 2 for a standing page: its file name, and its images against public/. */
export function resolvePage(path: string, facts: AnalysedPage, ctx: RuleContext): Problem[] {
  const problems = withFile(path, facts.problems);
  const misplaced = pageFileProblem(path);
  if (misplaced)
    problems.push({ file: path, line: 1, column: 1, field: 'slug', message: misplaced, severity: 'error' });
  problems.push(...imageProblems(path, facts.images, ctx));
  return problems;
}

/** Checks one standing page file on its own: both phases, without the rules that span files. */
export function checkPage(file: SourceFile, ctx: RuleContext): Problem[] {
  return resolvePage(file.path, analysePage(file.text), ctx);
}

/** The 1-based line and column of `property:` in the configuration's source, or 1:1 when it is not found. */
function propertyPosition(configText: string, property: string): { line: number; column: number } {
  const lines = configText.split('\n');
  const pattern = new RegExp(`^(\\s*)${property}\\s*:`);
  for (let i = 0; i < lines.length; i++) {
    const match = pattern.exec(lines[i] ?? '');
    if (match) return { line: i + 1, column: (match[1]?.length ?? 0) + 1 };
  }
  return { line: 1, column: 1 };
}

/**
 * Every policy of `policyPages` (lib/config/standing-pages.ts) must have a published page: the
 * organisation's JSON-LD and the footer would otherwise leave it out silently. A missing or draft page
 * is reported at the property in the configuration (`configText` is its source), naming the file to
 * create or publish.
 */
export function checkStandingPolicies(pages: readonly PageEntry[], configText: string): Problem[] {
  const bySlug = new Map(pages.map((page) => [slugFromPath(page.path), page]));
  const problems: Problem[] = [];
  for (const property of POLICY_PROPERTIES) {
    const slug = policyPages[property];
    const file = `${PAGES_DIR}/${slug}.mdx`;
    const page = bySlug.get(slug);
    let message: string | undefined;
    if (!page) {
      message = `${property} names the page "${slug}", but there is no ${file}: create it, or name an existing page`;
    } else if (page.facts.draft) {
      message = `${property} names the page "${slug}", but ${page.path} is a draft: publish it (remove "draft: true"), or name a published page`;
    }
    if (message) {
      problems.push({
        file: STANDING_PAGES_CONFIG,
        ...propertyPosition(configText, property),
        field: `policyPages.${property}`,
        message,
        severity: 'error',
      });
    }
  }
  return problems;
}
