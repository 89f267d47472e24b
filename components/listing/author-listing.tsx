import Image from 'next/image';
import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorProfile } from '@/lib/content/authors';
import type { Page } from '@/lib/content/pagination';
import { MdxContent } from '@/components/mdx/mdx-content';
import { AuthorFacts } from './author-facts';
import { Listing } from './listing';

type Props = {
  author: AuthorProfile;
  /** The compiled MDX bio, shown on the first page only, with the author's facts under it. */
  bioCode: string | undefined;
  page: Page<ArticleSummary>;
  authorNames: Readonly<Record<string, string>>;
};

export function AuthorListing({ author, bioCode, page, authorNames }: Props) {
  const first = page.page === 1;
  return (
    <Listing
      header={
        <>
          <header className="flex items-center gap-5 border-b border-rule pb-6">
            {author.avatar ? (
              // Decorative: the name beside it says who this is.
              <Image
                src={author.avatar}
                alt=""
                width={96}
                height={96}
                preload={first}
                className="h-24 w-24 shrink-0 rounded-full"
              />
            ) : null}
            <div>
              <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
              <p className="text-muted">{author.role}</p>
            </div>
          </header>
          {first && bioCode ? (
            <div className="prose mt-6 max-w-3xl">
              <MdxContent code={bioCode} />
            </div>
          ) : null}
          {first ? <AuthorFacts author={author} /> : null}
        </>
      }
      listHeading={`Stories by ${author.name}`}
      headingLevel={3}
      page={page}
      basePath={author.url}
      authorNames={authorNames}
      emptyText="No published stories yet."
    />
  );
}
