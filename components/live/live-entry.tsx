import type { ComponentType } from 'react';
import type { BodyComponents } from '@/components/mdx/body-components';
import { MdxContent } from '@/components/mdx/mdx-content';
import type { LiveEntry } from '@/lib/content/live-blogs';
import { liveEntryAnchor, liveEntryPermalinkPath } from '@/lib/config/urls';
import { formatDateTime, formatTime } from '@/lib/format/dates';

type Props = {
  entry: LiveEntry;
  /** The blog's address (`/world/some-blog`): the entry's permalink is built from it. */
  blogUrl: string;
  /** The entry author's display name. */
  authorName: string;
  /** The entry's compiled MDX body. */
  code: string;
  /** Shown first on page 1 with a "Pinned" label. */
  pinned?: boolean;
  /** Body components other than the site's (none on the site). */
  components?: BodyComponents;
};

/**
 * One entry of a live blog, the same markup on the page and in the fragments of the updates
 * endpoint (so the live-updates module inserts exactly what a reload shows). The element's id is
 * the permalink's fragment; `data-entry` and `data-version` let the module tell new, updated and
 * deleted entries apart, and `data-pinned` which one is in the pinned slot.
 */
export function LiveEntryView({ entry, blogUrl, authorName, code, pinned = false, components }: Props) {
  const anchor = liveEntryAnchor(entry.id);
  const headingId = `${anchor}-title`;
  const updated = entry.updatedAt && entry.updatedAt !== entry.publishedAt ? entry.updatedAt : undefined;
  return (
    <article
      id={anchor}
      data-entry={entry.id}
      data-version={entry.modifiedAt}
      data-published={entry.publishedAt}
      data-pinned={pinned ? '' : undefined}
      aria-labelledby={entry.title ? headingId : undefined}
      aria-label={entry.title ? undefined : `Update at ${formatTime(entry.publishedAt)}`}
      className={`live-entry scroll-mt-4 border-t-2 py-5 ${pinned ? 'border-accent bg-rule/25 px-4' : 'border-rule'}`}
    >
      <p className="font-sans text-sm text-muted">
        {pinned ? <span className="mr-2 font-bold uppercase tracking-wide text-accent">Pinned</span> : null}
        {entry.keyEvent ? <span className="mr-2 font-bold uppercase tracking-wide text-ink">Key event</span> : null}
        <a
          href={liveEntryPermalinkPath(blogUrl, entry.id)}
          className="font-bold text-ink underline-offset-2 hover:underline"
        >
          <time dateTime={entry.publishedAt} title={formatDateTime(entry.publishedAt)}>
            {formatTime(entry.publishedAt)}
          </time>
          <span className="sr-only">, link to this update</span>
        </a>
        <span className="before:px-1.5 before:content-['·']">{authorName}</span>
        {updated ? (
          <span className="before:px-1.5 before:content-['·']">
            Updated <time dateTime={updated}>{formatTime(updated)}</time>
          </span>
        ) : null}
      </p>
      {entry.title ? (
        <h3 id={headingId} className="mt-1 font-sans text-xl font-bold">
          {entry.title}
        </h3>
      ) : null}
      <div className="prose mt-2 max-w-none font-serif prose-headings:font-sans">
        <MdxContent code={code} components={components} />
      </div>
      {entry.corrections.length > 0 ? (
        <ul className="mt-3 border-l-4 border-accent pl-3 text-sm">
          {entry.corrections.map((c) => (
            <li key={`${c.date}|${c.text}`}>
              <strong>Correction</strong> (<time dateTime={c.date}>{formatDateTime(c.date)}</time>): {c.text}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** For the updates endpoint, which renders entries outside a page. */
export type LiveEntryComponent = ComponentType<Props>;

/**
 * One entry as static HTML, exactly as the page renders it, for the updates endpoint. Each entry is
 * rendered on its own, so each gets an id prefix of its own: the ids React makes (useId, e.g. an
 * embed card's title) stay unique once several fragments are inserted into one page.
 *
 * An embed in a polled entry arrives as the server's card (title and "Open on …" link): the page's
 * Content-Security-Policy and its modules were chosen for the entries it was served with, so the
 * click-to-load button appears once the reader reloads.
 */
export async function renderLiveEntryHtml(props: Props): Promise<string> {
  // Imported on first use, as Next advises for route handlers (components/feed/feed-article.tsx does the same).
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(<LiveEntryView {...props} />, {
    identifierPrefix: `${liveEntryAnchor(props.entry.id)}-`,
  });
}
