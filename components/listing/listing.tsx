import type { ReactNode } from 'react';
import { ArticleList } from '@/components/article/article-list';
import { Pagination } from '@/components/layout/pagination';
import type { ArticleSummary } from '@/lib/content/articles';
import type { Page } from '@/lib/content/pagination';

type Props = {
  /** The page's heading block, with its h1. */
  header: ReactNode;
  page: Page<ArticleSummary>;
  /** The listing's own address, for the page links. */
  basePath: string;
  authorNames: Readonly<Record<string, string>>;
  /** Shown instead of the list when there is nothing in it. */
  emptyText: string;
  /** Heading level of the headlines: 2 under the h1, 3 when the header adds an h2 above the list. */
  headingLevel?: 2 | 3;
  /** An h2 over the list (an author's page puts the bio first). */
  listHeading?: string;
};

/** One page of a section, tag or author listing: heading, stories, page links. */
export function Listing({ header, page, basePath, authorNames, emptyText, headingLevel = 2, listHeading }: Props) {
  const countLine =
    page.totalPages > 1
      ? `Page ${page.page} of ${page.totalPages} · ${page.totalItems} stories`
      : `${page.totalItems} ${page.totalItems === 1 ? 'story' : 'stories'}`;
  return (
    <>
      {header}
      {listHeading ? <h2 className="mt-10 font-sans text-xl font-bold">{listHeading}</h2> : null}
      {page.items.length > 0 ? (
        <>
          <p className="mt-3 text-sm text-muted">{countLine}</p>
          <ArticleList articles={page.items} authorNames={authorNames} headingLevel={headingLevel} />
          <Pagination basePath={basePath} page={page.page} totalPages={page.totalPages} />
        </>
      ) : (
        <p className="mt-6 text-muted">{emptyText}</p>
      )}
    </>
  );
}
