import Image from 'next/image';
import type { ArticleSummary } from '@/lib/content/articles';
import { isLiveNow } from '@/lib/content/live-blogs';
import { formatDate } from '@/lib/format/dates';
import { getSection } from '@/lib/config/sections';

/**
 * - `lead`: the front page's lead story, hero large above the headline.
 * - `row`: text beside a small thumbnail (listings, top stories).
 * - `tile`: a row on phones, a thumbnail above the text from 40rem up (section blocks).
 * - `compact`: small type and thumbnail ("Latest", related stories).
 */
export type CardVariant = 'lead' | 'row' | 'tile' | 'compact';

type Props = {
  article: ArticleSummary;
  authorName: string;
  variant?: CardVariant;
  /** Heading level of the headline within the page's outline. */
  headingLevel?: 2 | 3;
  /** Leave out the standfirst (related stories at the foot of an article). */
  hideStandfirst?: boolean;
  preload?: boolean;
};

type Layout = {
  article: string;
  figure: string;
  headline: string;
  standfirst: string;
  /**
   * How the thumbnail is sized: `sizes` where its width follows the viewport, or a fixed pixel
   * width where it does not (the browser then picks between 1x and 2x of exactly that width).
   */
  image: { sizes: string } | { width: number };
};

/** Every variant's layout in one place; the markup below is shared. */
function layoutOf(variant: CardVariant): Layout {
  switch (variant) {
    case 'lead':
      return {
        article: 'grid gap-4',
        figure: '',
        headline: 'text-2xl sm:text-3xl lg:text-4xl',
        standfirst: 'text-base sm:text-lg',
        // The lead column: two thirds of the 70rem content box on wide screens, full width below 64rem.
        image: { sizes: '(min-width: 72rem) 46rem, (min-width: 64rem) 66vw, 100vw' },
      };
    case 'row':
      return {
        article: 'grid grid-cols-[1fr_7rem] gap-4 sm:grid-cols-[1fr_10rem]',
        figure: 'order-2',
        headline: 'text-lg sm:text-xl',
        standfirst: 'text-sm',
        image: { width: 160 },
      };
    case 'tile':
      return {
        article: 'grid grid-cols-[1fr_7rem] gap-4 sm:grid-cols-1 sm:gap-2',
        figure: 'order-2 sm:order-first',
        headline: 'text-lg',
        standfirst: 'text-sm',
        // Three tiles to a row from 40rem; beside the "Latest" column from 64rem.
        image: { sizes: '(min-width: 72rem) 15rem, (min-width: 64rem) 20vw, (min-width: 40rem) 31vw, 7rem' },
      };
    case 'compact':
      return {
        article: 'grid grid-cols-[1fr_5rem] gap-3',
        figure: 'order-2',
        headline: 'text-base',
        standfirst: 'text-sm',
        image: { width: 80 },
      };
  }
}

/**
 * "Live" on the card of a live blog still being updated: a word, so it is not told by colour alone,
 * read out before the section's name; paper on the accent colour (8.2:1 light, 8.6:1 dark). Its
 * transparent border is what forced-colours mode draws round it, and on paper, where backgrounds
 * are not printed, it is ink in a border. Gone once the coverage has ended.
 */
function LiveLabel() {
  return (
    <span className="mr-1 inline-block rounded-sm border border-transparent bg-accent px-1.5 text-paper print:border-ink print:bg-transparent print:text-ink">
      Live
    </span>
  );
}

export function ArticleCard({
  article,
  authorName,
  variant = 'row',
  headingLevel = 2,
  hideStandfirst = false,
  preload = false,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = getSection(article.section);
  const layout = layoutOf(variant);
  const live = isLiveNow(article);
  const image =
    'sizes' in layout.image
      ? { width: article.hero.width, height: article.hero.height, sizes: layout.image.sizes }
      : { width: layout.image.width, height: Math.round((layout.image.width * 9) / 16) };
  return (
    <article className={layout.article}>
      <div className={layout.figure}>
        {/* Decorative: the headline link beside it names the story. */}
        <Image
          src={article.hero.src}
          alt=""
          {...image}
          preload={preload}
          className="aspect-video h-auto w-full bg-rule/40 object-cover"
        />
      </div>
      <div className="min-w-0">
        {section || live ? (
          <p className="text-xs font-bold tracking-wide text-accent uppercase">
            {live ? (
              <>
                <LiveLabel />{' '}
              </>
            ) : null}
            {section?.name}
          </p>
        ) : null}
        <Heading className={`mt-0.5 font-serif leading-tight font-bold text-pretty ${layout.headline}`}>
          <a href={article.url} className="text-ink no-underline hover:underline">
            {article.title}
          </a>
        </Heading>
        {hideStandfirst ? null : <p className={`mt-1.5 text-ink/85 ${layout.standfirst}`}>{article.standfirst}</p>}
        <p className="mt-1.5 text-xs text-muted">
          {authorName} · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
