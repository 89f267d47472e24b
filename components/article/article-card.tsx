import Image from 'next/image';
import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles';
import { formatDate } from '@/lib/format';
import { getSection } from '@/lib/sections';

type Props = {
  article: ArticleSummary;
  authorName: string;
  /** The lead story shows its hero large; other cards show a thumbnail. */
  variant?: 'lead' | 'standard';
  /** Heading level of the headline within the page's outline. */
  headingLevel?: 2 | 3;
  preload?: boolean;
};

export function ArticleCard({ article, authorName, variant = 'standard', headingLevel = 2, preload = false }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = getSection(article.section);
  const lead = variant === 'lead';
  return (
    <article className={lead ? 'grid gap-4 md:grid-cols-5' : 'grid grid-cols-[1fr_7rem] gap-4 sm:grid-cols-[1fr_10rem]'}>
      <div className={lead ? 'md:col-span-3' : 'order-2'}>
        {/* Decorative: the headline link beside it names the story. */}
        <Image
          src={article.hero.src}
          alt=""
          width={article.hero.width}
          height={article.hero.height}
          sizes={lead ? '(min-width: 72rem) 43rem, (min-width: 48rem) 60vw, 100vw' : '(min-width: 40rem) 10rem, 7rem'}
          preload={preload}
          className="h-auto w-full bg-rule/40"
        />
      </div>
      <div className={lead ? 'md:col-span-2' : 'order-1'}>
        {section ? (
          <p className="text-xs font-bold tracking-wide text-accent uppercase">{section.name}</p>
        ) : null}
        <Heading className={`font-serif font-bold leading-tight ${lead ? 'mt-1 text-3xl' : 'mt-0.5 text-xl'}`}>
          <Link href={article.url} className="text-ink no-underline hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className={`mt-2 text-ink/85 ${lead ? 'text-lg' : 'text-sm'}`}>{article.standfirst}</p>
        <p className="mt-2 text-xs text-muted">
          {authorName} · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
