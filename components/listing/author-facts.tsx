import type { AuthorProfile } from '@/lib/content/authors';
import { getDesk } from '@/lib/config/desks';
import { mastheadDeskPath } from '@/lib/config/urls';
import { languageName } from '@/lib/format/languages';

type Props = {
  author: AuthorProfile;
};

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * What readers use to judge an author's expertise and to reach them: their desk, what they cover,
 * the languages they work in, how to contact them, and their profiles elsewhere. Rows without a
 * value are left out.
 */
export function AuthorFacts({ author }: Props) {
  const desk = getDesk(author.desk);
  const languages = author.languages.flatMap((code) => {
    const name = languageName(code);
    return name ? [name] : [];
  });
  const row = 'grid gap-x-4 gap-y-0.5 py-2 sm:grid-cols-[10rem_1fr]';
  const term = 'font-semibold';
  return (
    <dl className="mt-6 max-w-3xl divide-y divide-rule border-y border-rule text-sm" data-author-facts>
      {desk ? (
        <div className={row}>
          <dt className={term}>Desk</dt>
          <dd>
            <a href={mastheadDeskPath(desk.slug)} className="inline-flex min-h-6 items-center text-accent underline">
              {desk.name}
            </a>
          </dd>
        </div>
      ) : null}
      {author.covers.length > 0 ? (
        <div className={row}>
          <dt className={term}>Covers</dt>
          <dd>{list.format(author.covers)}</dd>
        </div>
      ) : null}
      {languages.length > 0 ? (
        <div className={row}>
          <dt className={term}>Languages</dt>
          <dd>{list.format(languages)}</dd>
        </div>
      ) : null}
      {author.email ? (
        <div className={row}>
          <dt className={term}>Email</dt>
          <dd>
            <a
              href={`mailto:${author.email}`}
              className="inline-flex min-h-6 items-center break-all text-accent underline"
            >
              {author.email}
            </a>
          </dd>
        </div>
      ) : null}
      {author.secureContact ? (
        <div className={row}>
          <dt className={term}>Sensitive tips</dt>
          <dd>{author.secureContact}</dd>
        </div>
      ) : null}
      {author.links.length > 0 ? (
        <div className={row}>
          <dt className={term}>Elsewhere</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {author.links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel="me noopener noreferrer"
                    className="inline-flex min-h-6 items-center text-accent underline"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
