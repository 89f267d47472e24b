/**
 * Everything an article page shows, in one call: the article page and its `generateMetadata` both
 * make it, so the two never disagree. The page reads one body (its own) and one bio; the rest comes
 * from summaries.
 */
import { cache } from 'react';
import {
  publicationStatus,
  selectPrerendered,
  selectRelated,
  selectSectionNeighbours,
  type ArticleSummary,
  type PublicationStatus,
  type NeighbourArticles,
} from './articles';
import type { AuthorProfile } from './authors';
import { articleBreadcrumb, type Crumb } from './breadcrumbs';
import {
  allArticleSummaries,
  getArticle,
  getArticleBody,
  getArticleSource,
  getAuthorBio,
  getAuthorNames,
  getPublishedArticles,
} from './store';
import { publicationOptions, type RenderOptions } from './visibility';
import { blurPlaceholder } from '../media/blur-placeholder';
import { bodyEmbeds, type BodyEmbed } from '../mdx/embeds';
import { getSection, type Section } from '../config/sections';
import { siteConfig } from '../config/site-config';

/** Related stories at the foot of an article. */
export const RELATED_COUNT = 4;

/** An article page's content, and the inputs of its metadata and JSON-LD. */
export type ArticlePage = {
  article: ArticleSummary;
  author: AuthorProfile;
  /** Where the article stands for this viewer: only `published` pages are indexable. */
  status: PublicationStatus;
  /** The compiled MDX body. */
  bodyCode: string;
  /** The author's compiled MDX bio (empty when there is none). */
  authorBioCode: string;
  /** The `<Embed>`s of the body: the page loads the embed module only when there is one. */
  embeds: BodyEmbed[];
  /** The hero's blur placeholder, a data URL. */
  heroPlaceholder: string;
  /** *Home » Section » Headline*, shown on the page and repeated in its JSON-LD. */
  breadcrumb: Crumb[];
  /** The article's section, or undefined if the section is no longer one of the site's. */
  section: Section | undefined;
  /** The next older and next newer story in the section. */
  neighbours: NeighbourArticles;
  related: ArticleSummary[];
  /** Author display names by slug, for the bylines of the related stories. */
  authorNames: Readonly<Record<string, string>>;
};

// Compiled once per request: the page and its metadata both load the article.
const compiledBody = cache((url: string) => getArticleBody(url));
const compiledBio = cache((slug: string) => getAuthorBio(slug));
const embedsOf = cache((url: string) => bodyEmbeds(getArticleSource(url) ?? ''));

/**
 * The article at `/<section>/<slug>` as this viewer sees it at `now` (in preview, drafts and scheduled
 * articles too), with everything its page shows; undefined when there is no such article for them.
 */
export async function getArticlePage(
  section: string,
  slug: string,
  { now = new Date(), preview = false }: RenderOptions = {},
): Promise<ArticlePage | undefined> {
  const found = getArticle(section, slug, now, { preview });
  const bodyCode = found ? compiledBody(found.article.url) : undefined;
  if (!found || bodyCode === undefined) return undefined;
  const { article, author } = found;
  const options = publicationOptions(now, { preview });
  const all = allArticleSummaries();
  return {
    article,
    author,
    status: publicationStatus(article, now),
    bodyCode,
    authorBioCode: compiledBio(author.slug) ?? '',
    embeds: embedsOf(article.url),
    heroPlaceholder: await blurPlaceholder(article.hero.src),
    breadcrumb: articleBreadcrumb(article),
    section: getSection(article.section),
    neighbours: selectSectionNeighbours(all, article, options),
    related: selectRelated(all, article, RELATED_COUNT, options),
    authorNames: getAuthorNames(),
  };
}

/** The addresses of the articles `next build` prerenders: the newest `siteConfig.prerenderArticles`. */
export function articlesToPrerender(now: Date = new Date()): { section: string; slug: string }[] {
  return selectPrerendered(getPublishedArticles(now), siteConfig.prerenderArticles).map((a) => ({
    section: a.section,
    slug: a.slug,
  }));
}
