import Image from 'next/image';
import type { AuthorProfile } from '@/lib/content/authors';
import { mastheadPath } from '@/lib/config/urls';

type Props = {
  authors: readonly { author: AuthorProfile; storyCount: number }[];
};

/** Every author with portrait, role and number of stories, linking their pages. */
export function AuthorIndex({ authors }: Props) {
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">Our journalists</h1>
      <p className="mt-3 max-w-prose text-ink/85">
        Everyone whose name is on our stories, from A to Z. For who does what, desk by desk, see{' '}
        <a href={mastheadPath} className="text-accent underline">
          the masthead
        </a>
        .
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {authors.map(({ author, storyCount }) => (
          <li key={author.slug} className="flex items-center gap-4">
            {author.avatar ? (
              // Decorative: the linked name beside it says who this is.
              <Image src={author.avatar} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-full" />
            ) : (
              <span aria-hidden="true" className="h-16 w-16 shrink-0 rounded-full bg-rule/60" />
            )}
            <div>
              <h2 className="font-serif text-xl font-bold">
                <a href={author.url} className="text-ink no-underline hover:underline">
                  {author.name}
                </a>
              </h2>
              <p className="text-sm text-muted">{author.role}</p>
              <p className="text-sm text-muted">
                {storyCount} {storyCount === 1 ? 'story' : 'stories'}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
