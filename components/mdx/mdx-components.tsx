import Image from 'next/image';
import type { ComponentPropsWithoutRef } from 'react';
import { imageDimensions } from '@/lib/media/dimensions';
import { absoluteUrl } from '@/lib/config/urls';
import type { BodyComponentProps, BodyComponents } from './body-components';
import { Embed } from './embed';
import { FactBox } from './fact-box';
import { Gallery } from './gallery';
import { Answer, QandA, Question } from './q-and-a';
import { Timeline, TimelineEvent } from './timeline';

/** An image in the body with optional caption and credit. */
export function Figure({ src, alt, caption, credit }: BodyComponentProps<'Figure'>) {
  // The size comes from the file so editors never type pixel sizes and the space is reserved.
  const { width, height } = imageDimensions(src);
  return (
    <figure>
      <Image src={src} alt={alt} width={width} height={height} sizes="(min-width: 48rem) 48rem, 100vw" />
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="ml-1 text-xs uppercase tracking-wide">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** A standalone quote set large in the body; `cite` says who said it, e.g. "Jane Doe, mayor of Port Avenir". */
export function PullQuote({ children, cite }: BodyComponentProps<'PullQuote'>) {
  return (
    <figure className="not-prose my-8 border-l-4 border-accent pl-5">
      <blockquote className="font-serif text-2xl leading-snug text-ink">{children}</blockquote>
      {cite ? <figcaption className="mt-2 text-sm text-muted">— {cite}</figcaption> : null}
    </figure>
  );
}

/** A boxed aside: key facts, context, a note to readers. */
export function Callout({ children, title }: BodyComponentProps<'Callout'>) {
  return (
    <aside aria-label={title} className="my-8 rounded border border-rule bg-rule/25 px-5 py-1">
      <p className="font-sans font-bold">{title}</p>
      {children}
    </aside>
  );
}

/**
 * Links inside the site are plain links (docs/decisions/001) carrying their absolute URL for the print
 * stylesheet to write out; links elsewhere get rel=noopener.
 */
function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <a href={href} data-print-href={absoluteUrl(href)} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

/** The components editors may use in MDX, and the element overrides applied to Markdown. */
export const mdxComponents: BodyComponents = {
  Figure,
  PullQuote,
  Callout,
  Embed,
  FactBox,
  Timeline,
  TimelineEvent,
  Gallery,
  QandA,
  Question,
  Answer,
  a: Anchor,
};
