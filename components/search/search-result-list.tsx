import type { Segment } from '@/lib/search/highlight';
import { Excerpt } from './excerpt';

/** One search result as the page shows it, whichever search found it. */
export type SearchHit = {
  url: string;
  title: string;
  section: string;
  /** ISO 8601 instant. */
  published: string;
  /** The date as readers see it. */
  date: string;
  /** The matching text, matched words marked. */
  excerpt: readonly Segment[];
};

type Props = {
  hits: readonly SearchHit[];
};

/**
 * Search results: headline linking the story, section, date and a highlighted excerpt. The
 * `data-hit` attributes name the parts the full-text search module fills in when it builds results
 * from a copy of this markup (components/search/full-text-search.enhance.ts).
 */
export function SearchResultList({ hits }: Props) {
  return (
    <ol className="divide-y divide-rule">
      {hits.map((hit) => (
        <li key={hit.url} className="py-4">
          <p className="text-xs font-bold tracking-wide text-accent uppercase">
            <span data-hit="section">{hit.section}</span> ·{' '}
            <time data-hit="date" dateTime={hit.published}>
              {hit.date}
            </time>
          </p>
          <h3 className="mt-0.5 font-serif text-xl leading-tight font-bold">
            <a data-hit="link" href={hit.url} className="text-ink no-underline hover:underline">
              {hit.title}
            </a>
          </h3>
          <p data-hit="excerpt" className="mt-1 text-sm text-ink/85">
            <Excerpt segments={hit.excerpt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
