import { ArticleCard } from '@/components/article/article-card';
import { HeroImage } from '@/components/article/hero-image';
import { MdxContent } from '@/components/mdx/mdx-content';
import type { HubFront } from '@/lib/content/listings';

type Props = {
  front: HubFront;
  authorNames: Readonly<Record<string, string>>;
  /** A tiny data URL painted blurred in the hero's space until it loads (lib/media/blur-placeholder.ts). */
  heroPlaceholder: string | undefined;
};

/** The id of the pinned stories' heading, which names their section. */
const PINNED_HEADING_ID = 'pinned-stories';

/**
 * The curated front of a tag with a topic hub (the first page of `/tags/<tag>`): title, standfirst,
 * hero, introduction and the pinned stories. The tag's listing follows it (components/listing/tag-listing.tsx).
 */
export function TopicHubFront({ front, authorNames, heroPlaceholder }: Props) {
  const { hub, pinned, introductionCode } = front;
  return (
    <>
      <header className="max-w-4xl border-b-4 border-ink pb-5">
        <p className="text-sm font-bold tracking-wide text-accent uppercase">Topic</p>
        <h1 className="mt-1 font-serif text-4xl leading-tight font-bold text-balance sm:text-5xl">{hub.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-ink/85 sm:text-xl">{hub.standfirst}</p>
      </header>
      {hub.hero ? (
        <div className="mt-6 max-w-4xl">
          <HeroImage hero={hub.hero} preload blurDataURL={heroPlaceholder} />
        </div>
      ) : null}
      {introductionCode ? (
        <div className="prose mt-6 max-w-3xl font-serif prose-headings:font-sans">
          <MdxContent code={introductionCode} />
        </div>
      ) : null}
      {pinned.length > 0 ? (
        <section
          aria-labelledby={PINNED_HEADING_ID}
          className="mt-10 rounded-sm border border-rule border-t-4 border-t-accent p-4 sm:p-6"
        >
          <h2 id={PINNED_HEADING_ID} className="font-sans text-xl font-bold">
            Essential reading
          </h2>
          <ol className="mt-4 grid gap-6 sm:grid-cols-2">
            {pinned.map((article) => (
              <li key={article.url}>
                <ArticleCard
                  article={article}
                  authorName={authorNames[article.authorSlug] ?? article.authorSlug}
                  variant="row"
                  headingLevel={3}
                />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
