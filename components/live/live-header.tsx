import { Fragment } from 'react';
import { ArticleDates } from '@/components/article/article-dates';
import { Headline } from '@/components/article/headline';
import type { AuthorProfile } from '@/lib/content/authors';
import type { LiveBlog } from '@/lib/content/live-blogs';
import { liveEndedAtText, liveUpdatedText } from '@/lib/content/live-page';
import { LIVE_HOOKS } from './live-modules';

type Props = {
  blog: Pick<LiveBlog, 'title' | 'standfirst' | 'publishedAt' | 'live'>;
  author: Pick<AuthorProfile, 'name' | 'url'>;
  /** The other authors of the entries, in the order they first wrote. */
  contributors: readonly Pick<AuthorProfile, 'slug' | 'name' | 'url'>[];
  /** The coverage's latest change (ISO 8601). */
  modifiedAt: string;
  /**
   * Render the empty, hidden notice the live-updates module fills once the coverage ends (only
   * where the module runs: page 1 while live).
   */
  endedSlot?: boolean;
};

/** ", " between names and " and " before the last: "A, B and C". */
function separator(index: number, count: number): string {
  if (index === 0) return '';
  return index === count - 1 ? ' and ' : ', ';
}

/**
 * The top of a live blog's page: whether it is live ("Live", and when it was last updated, right
 * without JavaScript — the live-updates module makes the time relative) or over (the notice with
 * its end time), the headline and standfirst, the byline (the blog's author "with" the entries'
 * other authors) and the dates.
 */
export function LiveHeader({ blog, author, contributors, modifiedAt, endedSlot = false }: Props) {
  const live = blog.live.status === 'live';
  const updated = liveUpdatedText(modifiedAt);
  return (
    <header className="mb-6">
      {live ? (
        <p className="mb-3 flex flex-wrap items-baseline gap-x-3 font-sans text-sm">
          {/* A word, so it is not told by colour alone (as on the cards). */}
          <span
            {...{ [LIVE_HOOKS.badge]: '' }}
            className="inline-block rounded-sm border border-transparent bg-accent px-2 font-bold tracking-wide text-paper uppercase print:border-ink print:bg-transparent print:text-ink"
          >
            Live
          </span>
          <time {...{ [LIVE_HOOKS.updated]: '' }} dateTime={modifiedAt} title={updated} className="text-muted">
            {updated}
          </time>
        </p>
      ) : (
        <p {...{ [LIVE_HOOKS.ended]: '' }} className="mb-3 border-l-4 border-ink pl-3 font-sans text-sm font-semibold">
          This live coverage has ended.
          {blog.live.endedAt ? (
            <>
              {' '}
              It closed at <time dateTime={blog.live.endedAt}>{liveEndedAtText(blog.live.endedAt)}</time>.
            </>
          ) : null}
        </p>
      )}
      {live && endedSlot ? (
        <p
          {...{ [LIVE_HOOKS.ended]: '' }}
          hidden
          className="mb-3 border-l-4 border-ink pl-3 font-sans text-sm font-semibold"
        />
      ) : null}
      <Headline title={blog.title} standfirst={blog.standfirst} />
      <div className="mt-5 border-t border-rule pt-3">
        <p className="font-semibold">
          By{' '}
          <a href={author.url} rel="author" className="text-accent underline-offset-2 hover:underline">
            {author.name}
          </a>
          {contributors.length > 0 ? (
            <>
              , with{' '}
              {contributors.map((c, i) => (
                <Fragment key={c.slug}>
                  {separator(i, contributors.length)}
                  <a href={c.url} className="text-accent underline-offset-2 hover:underline">
                    {c.name}
                  </a>
                </Fragment>
              ))}
            </>
          ) : null}
        </p>
        {/* While live, the line above says when it was last updated; once over, the dates say it. */}
        <ArticleDates publishedAt={blog.publishedAt} updatedAt={live ? undefined : modifiedAt} />
      </div>
    </header>
  );
}
