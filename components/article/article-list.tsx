import type { ArticleSummary } from '@/lib/articles';
import { ArticleCard } from './article-card';

type Props = {
  articles: readonly ArticleSummary[];
  /** Author display names by slug. */
  authorNames: Readonly<Record<string, string>>;
  headingLevel?: 2 | 3;
};

export function ArticleList({ articles, authorNames, headingLevel = 2 }: Props) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.url} className="py-5">
          <ArticleCard
            article={article}
            authorName={authorNames[article.authorSlug] ?? article.authorSlug}
            headingLevel={headingLevel}
          />
        </li>
      ))}
    </ul>
  );
}
