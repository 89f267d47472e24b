import type { ComponentPropsWithoutRef } from 'react';
import type { BodyComponentProps, BodyComponents } from '@/components/mdx/body-components';
import { MdxContent } from '@/components/mdx/mdx-content';
import { Callout, PullQuote } from '@/components/mdx/mdx-components';
import { FactBox } from '@/components/mdx/fact-box';
import { FeedGallery } from '@/components/mdx/gallery';
import { Answer, QandA, Question } from '@/components/mdx/q-and-a';
import { Timeline, TimelineEvent } from '@/components/mdx/timeline';
import type { ArticleSummary } from '@/lib/content/articles';
import type { LiveEntry } from '@/lib/content/live-blogs';
import { formatDateTime } from '@/lib/format/dates';
import { imageDimensions } from '@/lib/media/dimensions';
import { absoluteUrl } from '@/lib/config/urls';
import { recogniseEmbed } from '@/lib/config/embed-providers';

/** Site-relative URLs become absolute: a feed reader shows the HTML away from the site. */
function absolute(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url) : url;
}

/**
 * A plain `<img>` at the file's own size: no image optimiser URL, which a feed reader cannot use.
 * Images are `loading="lazy"`, which also stops React emitting a `<link rel="preload">` for them.
 */
function FeedFigure({ src, alt, caption, credit }: BodyComponentProps<'Figure'>) {
  const { width, height } = imageDimensions(src);
  return (
    <figure>
      <img src={absolute(src)} alt={alt} width={width} height={height} loading="lazy" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {caption && credit ? ' ' : null}
          {credit}
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * An embed is a link to the original with its title, and the provider's name: no iframe and no
 * script, which feed readers would strip or, worse, run.
 */
function FeedEmbed({ url, title }: BodyComponentProps<'Embed'>) {
  const found = recogniseEmbed(url);
  return (
    <p>
      <a href={url}>{title}</a>
      {'error' in found ? null : ` (${found.name})`}
    </p>
  );
}

function FeedAnchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  return (
    <a {...rest} href={absolute(href)}>
      {children}
    </a>
  );
}

function FeedImage({ src = '', alt = '', ...rest }: ComponentPropsWithoutRef<'img'>) {
  return <img loading="lazy" {...rest} src={typeof src === 'string' ? absolute(src) : ''} alt={alt} />;
}

/** The body components for feeds: same markup as the site, but plain elements and absolute URLs. */
export const feedMdxComponents: BodyComponents = {
  Figure: FeedFigure,
  PullQuote,
  Callout,
  Embed: FeedEmbed,
  FactBox,
  Timeline,
  TimelineEvent,
  Gallery: FeedGallery,
  QandA,
  Question,
  Answer,
  a: FeedAnchor,
  img: FeedImage,
};

type Props = {
  article: ArticleSummary;
  /** The article's compiled MDX. */
  code: string;
};

/** The whole article as a feed reader shows it: hero figure, then the body. */
export function FeedArticle({ article, code }: Props) {
  const { hero } = article;
  return (
    <>
      <figure>
        <img src={absolute(hero.src)} alt={hero.alt} width={hero.width} height={hero.height} loading="lazy" />
        {hero.caption || hero.credit ? (
          <figcaption>
            {hero.caption}
            {hero.caption && hero.credit ? ' ' : null}
            {hero.credit}
          </figcaption>
        ) : null}
      </figure>
      <MdxContent code={code} components={feedMdxComponents} />
    </>
  );
}

/**
 * The article as a string of static HTML for `content:encoded`, Atom `content` and `content_html`.
 * react-dom/server is imported dynamically, on first use, as Next advises for route handlers.
 */
export async function renderFeedArticleHtml(article: ArticleSummary, code: string): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(<FeedArticle article={article} code={code} />);
}

/**
 * A live-blog entry as static HTML for its feed item: the body with the feed components, then its
 * corrections (as the page shows them), since a correction changes the item's `updated` date and a
 * reader should see why.
 */
export async function renderFeedEntryHtml(entry: Pick<LiveEntry, 'corrections'>, code: string): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  return renderToStaticMarkup(
    <>
      <MdxContent code={code} components={feedMdxComponents} />
      {entry.corrections.length > 0 ? (
        <ul>
          {entry.corrections.map((c) => (
            <li key={`${c.date}|${c.text}`}>
              <strong>Correction</strong> ({formatDateTime(c.date)}): {c.text}
            </li>
          ))}
        </ul>
      ) : null}
    </>,
  );
}
