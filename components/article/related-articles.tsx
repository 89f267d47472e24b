import type { ArticleSummary } from '@/lib/content/articles';
import { ArticleCard } from './article-card';

type Props = {
  articles: readonly ArticleSummary[];
  /** Author display names by slug. */
  authorNames: Readonly<Record<string, string>>;
};

/** Related stories at the foot of an article; nothing when there are none. */
export function RelatedArticles({ articles, authorNames }: Props) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" className="mt-12 border-t-2 border-ink pt-4 print:hidden">
      <h2 id="related-stories" className="mb-4 font-sans text-xl font-bold">
        Related stories
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.url}>
            <ArticleCard
              article={article}
              authorName={authorNames[article.authorSlug] ?? article.authorSlug}
              variant="compact"
              headingLevel={3}
              hideStandfirst
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
