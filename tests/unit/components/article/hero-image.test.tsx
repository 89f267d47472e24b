// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HeroImage } from '@/components/article/hero-image';

afterEach(cleanup);

const hero = {
  src: '/images/2024/summit.jpg',
  alt: 'Illustration of three circles',
  caption: 'The leaders meet in Peru.',
  credit: 'Illustration: The Meridian',
  width: 1600,
  height: 900,
};

describe('HeroImage', () => {
  it('shows the image with its alt text, reserved size and responsive sizes', () => {
    render(<HeroImage hero={hero} />);
    const img = screen.getByRole('img', { name: hero.alt });
    expect(img.getAttribute('width')).toBe('1600');
    expect(img.getAttribute('height')).toBe('900');
    expect(img.getAttribute('sizes')).toBe('(min-width: 56rem) 56rem, 100vw');
    expect(img.getAttribute('srcset')).toContain('/_next/image?url=%2Fimages%2F2024%2Fsummit.jpg');
  });

  it('puts the caption and the credit in the figure caption', () => {
    const { container } = render(<HeroImage hero={hero} />);
    const figure = container.querySelector('figure');
    const caption = figure?.querySelector('figcaption');
    expect(caption?.textContent).toContain('The leaders meet in Peru.');
    expect(caption?.textContent).toContain('Illustration: The Meridian');
  });

  it('has no empty caption when there is neither caption nor credit', () => {
    const { container } = render(<HeroImage hero={{ ...hero, caption: undefined, credit: undefined }} />);
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('loads eagerly with high priority only when preloaded', () => {
    render(<HeroImage hero={hero} preload />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('loading')).not.toBe('lazy');
    expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it('paints the blur placeholder in the reserved space when given one, and none otherwise', () => {
    // Server markup: happy-dom drops a background-image it cannot parse from the style attribute.
    const blur = 'data:image/webp;base64,UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQ//73v/+BiOh/AAA=';
    const withBlur = renderToStaticMarkup(<HeroImage hero={hero} blurDataURL={blur} />);
    expect(withBlur).toMatch(/style="[^"]*background-image:url\(&quot;data:image\/svg\+xml[^"]*UklGRh4AAABXRUJQVlA4/);
    expect(withBlur).toContain('width="1600" height="900"');
    expect(renderToStaticMarkup(<HeroImage hero={hero} />)).not.toContain('background-image');
  });
});
