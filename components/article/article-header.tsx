import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorProfile } from '@/lib/content/authors';
import { formatReadingTime } from '@/lib/format/text';
import { ArticleDates } from './article-dates';
import { Headline } from './headline';

type Props = {
  article: Pick<ArticleSummary, 'title' | 'standfirst' | 'publishedAt' | 'modifiedAt' | 'readingTimeMinutes'>;
  author: Pick<AuthorProfile, 'name' | 'url'>;
};

export function ArticleHeader({ article, author }: Props) {
  return (
    <header className="mb-6">
      <Headline title={article.title} standfirst={article.standfirst} />
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
