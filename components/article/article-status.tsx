import type { PublicationStatus } from '@/lib/content/articles';
import { formatDateTime } from '@/lib/format/dates';

type Props = {
  status: PublicationStatus;
  publishedAt: string;
};

/** In preview, says plainly that readers cannot see this article yet, and when they will. */
export function ArticleStatus({ status, publishedAt }: Props) {
  if (status === 'published') return null;
  return (
    <p role="status" className="mb-4 rounded border border-amber-500 bg-amber-100 px-3 py-2 text-sm text-neutral-950">
      {status === 'draft' ? (
        <>
          <strong>Draft</strong>: not published. Readers get a page not found until <code>draft: true</code> is removed.
        </>
      ) : (
        <>
          <strong>Scheduled</strong>: goes live at <time dateTime={publishedAt}>{formatDateTime(publishedAt)}</time>.
        </>
      )}
    </p>
  );
}
