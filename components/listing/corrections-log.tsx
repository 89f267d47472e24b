import { JsonLd } from '@/components/seo/json-ld';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { Pagination } from '@/components/layout/pagination';
import { correctionsBreadcrumb } from '@/lib/content/breadcrumbs';
import type { CorrectionsLogPageProps } from '@/lib/serving/listing-routes';
import { getSection } from '@/lib/config/sections';
import { correctionsPath } from '@/lib/config/urls';
import { formatDateTime } from '@/lib/format/dates';

/**
 * One page of the corrections log: each correction with the story it corrects (linking to the
 * correction on the story's page), when it was made, and what it says. Newest first.
 */
export function CorrectionsLog({ log, jsonLd }: CorrectionsLogPageProps) {
  const { page } = log;
  const countLine =
    page.totalPages > 1
      ? `Page ${page.page} of ${page.totalPages} · ${page.totalItems} corrections`
      : `${page.totalItems} ${page.totalItems === 1 ? 'correction' : 'corrections'}`;
  return (
    <>
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <Breadcrumb items={correctionsBreadcrumb()} />
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Corrections</h1>
      <p className="mt-3 max-w-prose text-ink/85">
        When we get something wrong, we correct the story and say so at its foot. Every correction we have made is here,
        newest first.
      </p>
      {page.items.length > 0 ? (
        <>
          <p className="mt-3 text-sm text-muted">{countLine}</p>
          <ol className="divide-y divide-rule" data-corrections-log>
            {page.items.map((entry) => (
              <li key={entry.href} className="py-5">
                <article className="min-w-0">
                  <p className="text-xs font-bold tracking-wide text-accent uppercase">
                    {getSection(entry.section)?.name ?? entry.section}
                  </p>
                  <h2 className="mt-0.5 font-serif text-xl leading-tight font-bold text-pretty break-words">
                    <a href={entry.href} className="text-ink no-underline hover:underline">
                      {entry.headline}
                    </a>
                  </h2>
                  <p className="mt-1 text-sm text-muted">
                    Corrected <time dateTime={new Date(entry.date).toISOString()}>{formatDateTime(entry.date)}</time>
                  </p>
                  <p className="mt-1.5 max-w-prose break-words text-ink/85">{entry.text}</p>
                </article>
              </li>
            ))}
          </ol>
          <Pagination basePath={correctionsPath} page={page.page} totalPages={page.totalPages} />
        </>
      ) : (
        <p className="mt-6 text-muted">No corrections yet.</p>
      )}
    </>
  );
}
