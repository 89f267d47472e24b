import type { ArticleSummary } from '@/lib/content/articles';
import { tagLabel } from '@/lib/format/text';
import type { Page } from '@/lib/content/pagination';
import { tagPath } from '@/lib/config/urls';
import { Listing } from './listing';

type Props = {
  tag: string;
  page: Page<ArticleSummary>;
  authorNames: Readonly<Record<string, string>>;
};

export function TagListing({ tag, page, authorNames }: Props) {
  return (
    <Listing
      header={
        <>
          <p className="text-sm font-bold tracking-wide text-accent uppercase">Topic</p>
          <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold first-letter:uppercase">
            {tagLabel(tag)}
          </h1>
        </>
      }
      page={page}
      basePath={tagPath(tag)}
      authorNames={authorNames}
      emptyText="No stories on this topic yet."
    />
  );
}
