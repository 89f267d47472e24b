import { ArticleBody } from '@/components/article/article-body';
import { ArticleStatus } from '@/components/article/article-status';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { EnhancementScript } from '@/components/layout/enhancement-script';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { JsonLd } from '@/components/seo/json-ld';
import { formatDate } from '@/lib/format/dates';
import type { StandingPageProps } from '@/lib/serving/standing-page-routes';
import { Headline } from '@/components/article/headline';

type Props = StandingPageProps;

/** The newsroom's addresses (lib/config/standing-pages.ts), each with what to write about. */
function NewsroomContacts({ contacts }: { contacts: StandingPageProps['view']['contacts'] }) {
  return (
    <section aria-labelledby="newsroom-contacts" className="mb-8 rounded border border-rule p-4">
      <h2 id="newsroom-contacts" className="font-sans text-lg font-bold text-ink">
        Email us
      </h2>
      <dl className="mt-3 space-y-3">
        {contacts.map((contact) => (
          <div key={contact.email}>
            <dt className="font-semibold text-ink">
              {contact.label}:{' '}
              <a href={`mailto:${contact.email}`} className="text-accent underline underline-offset-2">
                {contact.email}
              </a>
            </dt>
            <dd className="text-muted">{contact.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A standing page of the newsroom (about, contact, a policy): breadcrumb, headline, standfirst, last update, body. */
export function StandingPage({ view, jsonLd, embedSrc }: Props) {
  const { page } = view;
  return (
    <article className="mx-auto max-w-3xl">
      <JsonLd data={jsonLd} />
      <Breadcrumb items={view.breadcrumb} />
      <ArticleStatus status={view.status} publishedAt={page.updatedAt} />
      <header className="mb-6">
        <Headline title={page.title} standfirst={page.standfirst} />
        <p className="mt-5 border-t border-rule pt-3 text-sm text-muted">
          Last updated <time dateTime={page.updatedAt}>{formatDate(page.updatedAt)}</time>
        </p>
      </header>
      {view.contacts.length > 0 ? <NewsroomContacts contacts={view.contacts} /> : null}
      <ArticleBody code={view.bodyCode} />
      {embedSrc ? <EnhancementScript name={EMBED_MODULE} src={embedSrc} /> : null}
    </article>
  );
}
