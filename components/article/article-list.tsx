import type { ArticleSummary } from '@/lib/content/articles';
import { ArticleCard, type CardVariant } from './article-card';

type Props = {
  articles: readonly ArticleSummary[];
  /** Author display names by slug. */
  authorNames: Readonly<Record<string, string>>;
  headingLevel?: 2 | 3;
  variant?: Extract<CardVariant, 'row' | 'compact'>;
  hideStandfirst?: boolean;
};

/** Stories one under another, divided by rules. */
export function ArticleList({
  articles,
  authorNames,
  headingLevel = 2,
  variant = 'row',
  hideStandfirst = false,
}: Props) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.url} className={variant === 'compact' ? 'py-3' : 'py-5'}>
          <ArticleCard
            article={article}
            authorName={authorNames[article.authorSlug] ?? article.authorSlug}
            headingLevel={headingLevel}
            variant={variant}
            hideStandfirst={hideStandfirst}
          />
        </li>
      ))}
    </ul>
  );
}
