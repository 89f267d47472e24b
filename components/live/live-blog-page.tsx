import type { Graph } from 'schema-dts';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleStatus } from '@/components/article/article-status';
import { AuthorCard } from '@/components/article/author-card';
import { Corrections } from '@/components/article/corrections';
import { HeroImage } from '@/components/article/hero-image';
import { RelatedArticles } from '@/components/article/related-articles';
import { SectionNeighbours } from '@/components/article/section-neighbours';
import { TagList } from '@/components/article/tag-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { EnhancementScript } from '@/components/layout/enhancement-script';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { JsonLd } from '@/components/seo/json-ld';
import type { LivePage } from '@/lib/content/live-page';
import { siteConfig } from '@/lib/config/site-config';
import { liveUpdatesPath } from '@/lib/config/urls';
import { KeyEvents } from './key-events';
import { LiveEntryView } from './live-entry';
import { LiveHeader } from './live-header';
import { LIVE_ENTRIES_ID, LIVE_HOOKS, LIVE_UPDATES_MODULE } from './live-modules';
import { LivePagination } from './live-pagination';

type Props = {
  page: LivePage;
  jsonLd: Graph;
  /**
   * The live-updates module's address (`enhancementSrc`): given only for page 1 of a blog that is
   * still live, the one page the module keeps up to date. An ended blog, and older pages, load none.
   */
  liveUpdatesSrc?: string;
  /** The click-to-load embed module's address: given only when an entry (or the summary) shown has an `<Embed>`. */
  embedSrc?: string;
};

/**
 * A page of a live blog, complete without JavaScript: the article's chrome (breadcrumb, headline,
 * byline, dates, hero, tags, the author), whether it is live, the summary and key events (page 1),
 * then the entries — pinned first on page 1, newest first, `LiveEntryView` each — and the links to
 * newer and older pages. On page 1 of a live blog, the hooks the live-updates module needs
 * (components/live/live-modules.ts) and the module itself.
 */
export function LiveBlogPage({ page, jsonLd, liveUpdatesSrc, embedSrc }: Props) {
  const { blog, author, section } = page;
  const first = page.page === 1;
  const live = liveUpdatesSrc !== undefined;
  const heading = first ? 'Latest updates' : `Older updates, page ${page.page} of ${page.totalPages}`;
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={jsonLd} />
      <Breadcrumb items={page.breadcrumb} />
      <ArticleStatus status={page.status} publishedAt={blog.publishedAt} />
      <LiveHeader
        blog={blog}
        author={author}
        contributors={page.contributors}
        modifiedAt={page.modifiedAt}
        endedSlot={live}
      />
      {first ? <HeroImage hero={blog.hero} preload blurDataURL={page.heroPlaceholder} /> : null}
      <div className="max-w-3xl">
        {first ? <ArticleBody code={page.summaryCode} /> : null}
        <KeyEvents events={page.keyEvents} />
        <section aria-labelledby="live-entries-heading" className="mt-8">
          <h2 id="live-entries-heading" className="mb-2 font-sans text-xl font-bold">
            {heading}
          </h2>
          {live ? (
            <>
              <p {...{ [LIVE_HOOKS.status]: '' }} aria-live="polite" className="sr-only" />
              <button
                type="button"
                {...{ [LIVE_HOOKS.newUpdates]: '' }}
                hidden
                className="sticky top-2 z-10 mx-auto my-3 block min-h-11 rounded-full bg-accent px-5 font-sans font-bold text-paper shadow"
              />
            </>
          ) : null}
          <div
            id={LIVE_ENTRIES_ID}
            {...(live
              ? {
                  [LIVE_HOOKS.updates]: liveUpdatesPath(blog.url),
                  [LIVE_HOOKS.pollSeconds]: siteConfig.livePollSeconds,
                }
              : {})}
          >
            {page.entries.map((e) => (
              <LiveEntryView
                key={e.entry.id}
                entry={e.entry}
                blogUrl={blog.url}
                authorName={e.author.name}
                code={e.code}
                pinned={e.pinned}
              />
            ))}
          </div>
          <LivePagination blogUrl={blog.url} page={page.page} totalPages={page.totalPages} />
        </section>
        {liveUpdatesSrc ? <EnhancementScript name={LIVE_UPDATES_MODULE} src={liveUpdatesSrc} /> : null}
        {/* Click-to-load embeds: only a page that shows one loads the module. */}
        {embedSrc ? <EnhancementScript name={EMBED_MODULE} src={embedSrc} /> : null}
        <Corrections corrections={blog.corrections} />
        <TagList tags={blog.tags} />
        <AuthorCard author={author} bioCode={page.authorBioCode} />
      </div>
      {first && section ? <SectionNeighbours section={section} {...page.neighbours} /> : null}
      {first ? <RelatedArticles articles={page.related} authorNames={page.authorNames} /> : null}
    </article>
  );
}
