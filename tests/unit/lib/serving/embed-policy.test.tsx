import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Embed } from '@/components/mdx/embed';
import { contentSecurityPolicyWithFrames, framePolicyFor } from '@/lib/serving/embed-policy';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '@/lib/serving/security-headers.mjs';

/** A whole page around `body`, as Next sends it. */
function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head><body><main><article>${body}</article></main></body></html>`;
}

function card(url: string, title = 'An embed'): string {
  return renderToStaticMarkup(<Embed url={url} title={title} />);
}

/** Directive name → sources, from a policy header. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('framePolicyFor', () => {
  it('is empty for a page without embeds', () => {
    expect(framePolicyFor(page('<p>Just a story.</p>'))).toEqual([]);
    expect(framePolicyFor('')).toEqual([]);
  });

  it('gives the origins of the cards the component renders, each once, in order', () => {
    const html = page(
      [
        card('https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
        '<p>Between.</p>',
        card('https://youtu.be/dQw4w9WgXcQ', 'The same provider again'),
        card('https://mastodon.social/@Gargron/109427297290116215'),
        card('https://www.datawrapper.de/_/AbC12/'),
      ].join(''),
    );
    expect(framePolicyFor(html)).toEqual([
      'https://datawrapper.dwcdn.net',
      'https://mastodon.social',
      'https://www.youtube-nocookie.com',
    ]);
  });

  it('finds a card written last in a fragment, with nothing after it', () => {
    expect(framePolicyFor(card('https://vimeo.com/76979871'))).toEqual(['https://player.vimeo.com']);
  });

  it('opens nothing for a forged or altered card', () => {
    const forged = [
      // Another site as the iframe address.
      '<div data-embed data-embed-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-src="https://evil.example/embed"></div>',
      // A provider's address, but not the one its original gives.
      '<div data-embed data-embed-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-src="https://www.youtube-nocookie.com/embed/other"></div>',
      // The wrong provider for the address.
      '<div data-embed data-embed-provider="mastodon" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></div>',
      // An address no provider has.
      '<div data-embed data-embed-provider="mastodon" data-embed-url="https://evil.example/page" data-embed-src="https://evil.example/page"></div>',
      // Parts missing.
      '<div data-embed data-embed-provider="vimeo" data-embed-src="https://player.vimeo.com/video/76979871?dnt=1"></div>',
      '<div data-embed-provider="vimeo" data-embed-url="https://vimeo.com/76979871" data-embed-src="https://player.vimeo.com/video/76979871?dnt=1"></div>',
    ];
    for (const html of forged) expect(framePolicyFor(page(html)), html).toEqual([]);
  });

  it('reads tags as a browser does: not inside scripts, styles, comments, text areas or attribute values', () => {
    const genuine = card('https://vimeo.com/76979871');
    const html = page(
      [
        `<script type="application/ld+json">{"x":"${genuine.replace(/"/g, '\\"')}"}</script>`,
        `<style>/* ${genuine} */</style>`,
        `<!-- ${genuine} -->`,
        `<textarea>${genuine}</textarea>`,
        `<p title='${genuine}'>x</p>`,
      ].join(''),
    );
    expect(framePolicyFor(html)).toEqual([]);
  });
});

describe('contentSecurityPolicyWithFrames', () => {
  it('is the site’s policy, frame-src none, for a page without embeds', () => {
    expect(contentSecurityPolicyWithFrames([])).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicyWithFrames([], { development: true })).toBe(developmentContentSecurityPolicy);
  });

  it('allows exactly the embeds’ origins as frames, and changes nothing else', () => {
    const policy = contentSecurityPolicyWithFrames(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    const got = directives(policy);
    const site = directives(contentSecurityPolicy);
    expect(got.get('frame-src')).toEqual(['https://player.vimeo.com', 'https://www.youtube-nocookie.com']);
    expect(site.get('frame-src')).toEqual(["'none'"]);
    for (const [name, sources] of site) if (name !== 'frame-src') expect(got.get(name), name).toEqual(sources);
    expect(got.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(got.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps development’s inline scripts in development only', () => {
    const policy = contentSecurityPolicyWithFrames(['https://open.spotify.com'], { development: true });
    expect(directives(policy).get('script-src')).toContain("'unsafe-inline'");
    expect(directives(policy).get('frame-src')).toEqual(['https://open.spotify.com']);
  });

  it('leaves out anything that is not a plain https origin', () => {
    const policy = contentSecurityPolicyWithFrames([
      "https://a.example; script-src 'unsafe-inline'",
      'http://player.vimeo.com',
      '*',
      "'self'",
      'https://player.vimeo.com/video/1',
      'https://player.vimeo.com',
    ]);
    expect(directives(policy).get('frame-src')).toEqual(['https://player.vimeo.com']);
    expect(directives(policy).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
