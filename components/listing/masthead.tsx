import Image from 'next/image';
import type { Graph } from 'schema-dts';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { JsonLd } from '@/components/seo/json-ld';
import type { Masthead as MastheadData } from '@/lib/content/masthead';
import { MASTHEAD_TITLE } from '@/lib/config/desks';
import { siteConfig } from '@/lib/config/site-config';
import { authorIndexPath } from '@/lib/config/urls';

type Props = {
  masthead: MastheadData;
  jsonLd: Graph;
};

/**
 * The masthead: a heading per desk, in the newsroom's order, and under each its people with their
 * role and one line on what they do, each linking to their page.
 */
export function Masthead({ masthead, jsonLd }: Props) {
  return (
    <>
      <JsonLd data={jsonLd} />
      <Breadcrumb items={masthead.breadcrumb} />
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">{MASTHEAD_TITLE}</h1>
      <p className="mt-3 max-w-prose text-ink/85">
        The people who report, edit and answer for {siteConfig.name}, desk by desk. Each name leads to their page, with
        what they cover, the languages they work in, how to reach them and their stories. See also{' '}
        <a href={authorIndexPath} className="text-accent underline">
          our journalists from A to Z
        </a>
        .
      </p>
      {masthead.desks.map(({ desk, people }) => (
        <section key={desk.slug} aria-labelledby={desk.slug} className="mt-10" data-masthead-desk={desk.slug}>
          <h2 id={desk.slug} className="border-b border-rule pb-1 font-sans text-xl font-bold">
            {desk.name}
          </h2>
          <p className="mt-1 text-sm text-muted">{desk.description}</p>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2">
            {people.map((person) => (
              <li key={person.slug} className="flex gap-4">
                {person.avatar ? (
                  // Decorative: the linked name beside it says who this is.
                  <Image
                    src={person.avatar}
                    alt=""
                    width={56}
                    height={56}
                    className="h-14 w-14 shrink-0 rounded-full"
                  />
                ) : (
                  <span aria-hidden="true" className="h-14 w-14 shrink-0 rounded-full bg-rule/60" />
                )}
                <div className="min-w-0">
                  <h3 className="font-serif text-lg leading-tight font-bold">
                    <a href={person.url} className="text-ink underline-offset-2 hover:underline">
                      {person.name}
                    </a>
                  </h3>
                  <p className="text-sm font-semibold text-muted">{person.role}</p>
                  <p className="mt-1 text-sm text-ink/85">{person.summary}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
