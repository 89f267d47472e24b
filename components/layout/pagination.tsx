import { pageWindow } from '@/lib/content/pagination';
import { listingPagePath } from '@/lib/config/urls';

type Props = {
  /** The listing's own address: page 1 is here, page N at `${basePath}/page/N`. */
  basePath: string;
  page: number;
  totalPages: number;
};

const box = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 no-underline';

/** Previous/next and numbered page links for a listing; nothing when the listing fits on one page. */
export function Pagination({ basePath, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-8 border-t border-rule pt-6 print:hidden">
      <p className="mb-3 text-sm text-muted">
        Page {page} of {totalPages}
      </p>
      <ul className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        {page > 1 ? (
          <li>
            <a
              href={listingPagePath(basePath, page - 1)}
              rel="prev"
              className={`${box} border-rule text-ink hover:border-accent`}
            >
              <span aria-hidden="true">←&nbsp;</span>Previous
            </a>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((item, i) =>
          item === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={listingPagePath(basePath, item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={`Page ${item}`}
                className={`${box} ${item === page ? 'border-ink bg-ink text-paper' : 'border-rule text-ink hover:border-accent'}`}
              >
                {item}
              </a>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <a
              href={listingPagePath(basePath, page + 1)}
              rel="next"
              className={`${box} border-rule text-ink hover:border-accent`}
            >
              Next<span aria-hidden="true">&nbsp;→</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
