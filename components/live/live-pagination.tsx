import { listingPagePath } from '@/lib/config/urls';

type Props = {
  /** The blog's address: page 1 is there, page N at `<blog>/page/N`. */
  blogUrl: string;
  page: number;
  totalPages: number;
};

const box =
  'inline-flex min-h-11 items-center justify-center rounded border border-rule px-3 text-ink no-underline hover:border-accent';

/**
 * Between the pages of a live blog: "Newer updates" (rel prev, towards page 1) and "Older updates"
 * (rel next), each with its page number, and back to the latest from page 3 on. Nothing when the
 * coverage fits on one page.
 */
export function LivePagination({ blogUrl, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pages of updates" className="mt-8 border-t border-rule pt-6 font-sans print:hidden">
      <p className="mb-3 text-sm text-muted">
        Page {page} of {totalPages}
      </p>
      <ul className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        {page > 2 ? (
          <li>
            <a href={blogUrl} className={box}>
              Latest updates
            </a>
          </li>
        ) : null}
        {page > 1 ? (
          <li>
            <a href={listingPagePath(blogUrl, page - 1)} rel="prev" className={box}>
              <span aria-hidden="true">←&nbsp;</span>Newer updates (page {page - 1})
            </a>
          </li>
        ) : null}
        {page < totalPages ? (
          <li>
            <a href={listingPagePath(blogUrl, page + 1)} rel="next" className={box}>
              Older updates (page {page + 1})<span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
