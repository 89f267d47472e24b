import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { BodyComponentProps } from './body-components';

/** The pictures of a gallery: its `<Figure>` children (the body rules allow nothing else but whitespace). */
function pictures(children: ReactNode): ReactElement[] {
  return Children.toArray(children).filter(isValidElement);
}

/** The image address of a `<Figure>` element, read from its props. */
function srcOf(picture: ReactElement): string | undefined {
  const props: unknown = picture.props;
  if (typeof props !== 'object' || props === null || !('src' in props)) return undefined;
  return typeof props.src === 'string' ? props.src : undefined;
}

/**
 * Pictures side by side in a strip that scrolls sideways and snaps to each picture, with no
 * JavaScript. The strip is a named region in the tab order, so a keyboard scrolls it with the arrow
 * keys; each picture has an address of its own (`#gallery-<gallery>-<picture>`, the gallery's place
 * in the body from the compiler) and a link to the image at full size. In print the pictures follow
 * one another down the page. The strip is `relative` so that nothing positioned inside it escapes its
 * clipping and widens the page.
 */
export function Gallery({ title, number, children }: BodyComponentProps<'Gallery'>) {
  const items = pictures(children);
  const id = `gallery-${number}`;
  const count = `${items.length} pictures`;
  return (
    <div className="mt-8 mb-8">
      {title ? (
        <p id={`${id}-title`} className="mt-0 mb-2 font-sans font-bold">
          {title} <span className="font-normal text-muted">({count})</span>
        </p>
      ) : null}
      <div
        role="region"
        tabIndex={0}
        {...(title ? { 'aria-labelledby': `${id}-title` } : { 'aria-label': `Gallery, ${count}` })}
        className="relative snap-x snap-mandatory scroll-px-2 overflow-x-auto overscroll-x-contain rounded border border-rule p-2 print:overflow-visible print:border-0 print:p-0"
      >
        <ul id={id} className="mt-0 mb-0 flex list-none gap-4 ps-0 print:block">
          {items.map((picture, index) => {
            const src = srcOf(picture);
            return (
              <li
                key={picture.key}
                id={`${id}-${index + 1}`}
                className="mt-0 mb-0 w-[85%] shrink-0 snap-start ps-0 target:outline-3 target:outline-offset-2 target:outline-accent sm:w-[70%] print:mb-6 print:w-auto [&>figure]:mt-0 [&>figure]:mb-1"
              >
                {picture}
                <p className="mt-0 mb-0 font-sans text-sm text-muted print:hidden">
                  {index + 1} of {items.length}
                  {src ? (
                    <>
                      {' · '}
                      <a
                        href={src}
                        aria-label={`Full size, picture ${index + 1}`}
                        className="inline-block min-h-6 leading-6"
                      >
                        Full size
                      </a>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

/** A gallery in a feed: its title and its figures as a plain list; feed readers scroll nothing sideways. */
export function FeedGallery({ title, children }: BodyComponentProps<'Gallery'>) {
  return (
    <>
      {title ? (
        <p>
          <strong>{title}</strong>
        </p>
      ) : null}
      <ul>
        {pictures(children).map((picture) => (
          <li key={picture.key}>{picture}</li>
        ))}
      </ul>
    </>
  );
}
