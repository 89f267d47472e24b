import Image from 'next/image';
import { useId } from 'react';
import { cssAspectRatio, parseAspect, recogniseEmbed } from '@/lib/config/embed-providers';
import type { BodyComponentProps } from './body-components';

/** The enhancement module of this component: embed.enhance.ts. */
export const EMBED_MODULE = 'embed';

/**
 * Another site's post, video, map or chart, click to load. The server renders a card in the space
 * the embed will take (its provider's shape, or the editor's `aspect`, reserved with CSS
 * `aspect-ratio`): the provider's name, a notice that it may set cookies, the poster if the editor
 * gave one (one of our images), and under it the title and a plain link to the original, which is
 * all there is without JavaScript. Nothing is requested from the provider.
 *
 * The module embed.enhance.ts reveals the "Load … content" button and the "Always load … content"
 * box (hidden until then: without the module they would do nothing) and, when asked, puts the
 * provider's iframe in the reserved space. Everything it needs is on the card's data attributes,
 * built from lib/config/embed-providers.ts; the page's Content-Security-Policy
 * (lib/serving/embed-policy.ts) reads the same attributes and checks them against that list again.
 */
export function Embed({ url, title, poster, aspect }: BodyComponentProps<'Embed'>) {
  const titleId = useId();
  const found = recogniseEmbed(url);
  // The checker and the compiler refuse an address that is not a provider's: never the case for a
  // page that built, but a link is still the honest fallback.
  if ('error' in found) {
    return (
      <p>
        <a href={url} rel="noopener noreferrer">
          {title}
        </a>
      </p>
    );
  }
  const editorAspect = aspect === undefined ? undefined : parseAspect(aspect);
  const ratio = editorAspect === undefined || 'error' in editorAspect ? found.aspect : editorAspect;
  const { name } = found;
  return (
    <figure
      className="not-prose my-8 font-sans"
      data-embed=""
      data-embed-provider={found.provider}
      data-embed-url={found.url}
      data-embed-src={found.embedUrl}
      data-embed-sandbox={found.sandbox}
      data-embed-allow={found.allow}
    >
      <div
        data-embed-frame=""
        // The space the embed will take, reserved now, so that loading it moves nothing on the page.
        style={{ aspectRatio: cssAspectRatio(ratio) }}
        className="relative flex min-h-60 w-full items-center justify-center rounded border border-rule bg-rule/25 p-3 print:hidden"
      >
        {poster ? (
          // Decorative: the title under the card says what it is.
          <Image src={poster} alt="" fill sizes="(min-width: 48rem) 48rem, 100vw" className="rounded object-cover" />
        ) : null}
        <div className="relative max-w-md rounded bg-paper px-4 py-3 text-center shadow-sm">
          <p className="text-base font-bold text-ink">{name}</p>
          <p className="mt-1 text-sm text-muted">
            {name} may set cookies and collect data about you when its content loads.
          </p>
          {/* The button's space is kept while it is hidden, so that revealing it moves nothing. */}
          <div className="mt-3 min-h-11">
            <button
              type="button"
              hidden
              data-embed-load=""
              aria-describedby={titleId}
              className="min-h-11 rounded bg-ink px-4 font-semibold text-paper hover:bg-accent"
            >
              {`Load ${name} content`}
            </button>
          </div>
        </div>
      </div>
      <div className="mt-2 min-h-6 print:hidden">
        <label hidden data-embed-always="" className="flex min-h-6 items-center gap-2 text-sm text-ink">
          <input type="checkbox" data-embed-remember="" className="h-5 w-5 shrink-0 accent-accent" />
          {`Always load ${name} content`}
        </label>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        <span id={titleId} data-embed-title="" className="font-semibold text-ink">
          {title}
        </span>{' '}
        <span aria-hidden="true">·</span>{' '}
        <a href={found.url} rel="noopener noreferrer" className="text-accent underline underline-offset-2">
          {`Open on ${name}`}
        </a>
      </figcaption>
    </figure>
  );
}
