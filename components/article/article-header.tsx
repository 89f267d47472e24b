import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorProfile } from '@/lib/content/authors';
import { formatReadingTime } from '@/lib/format/text';
import { ArticleDates } from './article-dates';

type Props = {
  article: Pick<ArticleSummary, 'title' | 'standfirst' | 'publishedAt' | 'modifiedAt' | 'readingTimeMinutes'>;
  author: Pick<AuthorProfile, 'name' | 'url'>;
};

export function ArticleHeader({ article, author }: Props) {
  return (
    <header className="mb-6">
      <h1 className="font-serif text-3xl leading-tight font-bold text-balance text-ink sm:text-4xl lg:text-5xl">
        {article.title}
      </h1>
      <p className="mt-4 font-serif text-lg leading-snug text-ink/90 sm:text-xl">{article.standfirst}</p>
      <div className="mt-5 border-t border-rule pt-3">
        <p className="font-semibold">
          By{' '}
          <a href={author.url} rel="author" className="text-accent underline-offset-2 hover:underline">
            {author.name}
          </a>
        </p>
        {/* The latest update or correction: the same instant as dateModified. */}
        <ArticleDates publishedAt={article.publishedAt} updatedAt={article.modifiedAt} />
        <p className="text-sm text-muted">{formatReadingTime(article.readingTimeMinutes)}</p>
      </div>
    </header>
  );
}
