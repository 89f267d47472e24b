import type { ArticleSummary } from '@/lib/content/articles';
import type { Page } from '@/lib/content/pagination';
import type { Section } from '@/lib/config/sections';
import { sectionPath } from '@/lib/config/urls';
import { Listing } from './listing';

type Props = {
  section: Section;
  page: Page<ArticleSummary>;
  authorNames: Readonly<Record<string, string>>;
};

export function SectionListing({ section, page, authorNames }: Props) {
  return (
    <Listing
      header={<h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">{section.name}</h1>}
      page={page}
      basePath={sectionPath(section.slug)}
      authorNames={authorNames}
      emptyText={`No ${section.name.toLowerCase()} stories yet.`}
    />
  );
}
