import { describe, expect, it } from 'vitest';
import { bodyEmbeds } from '@/lib/mdx/embeds';

describe('bodyEmbeds', () => {
  it('lists the embeds of a body in order, with their providers and frame origins', () => {
    const body = [
      'A paragraph with <abbr title="Harbour Authority">HA</abbr>.',
      '',
      '<Embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="A video" />',
      '',
      '<Callout title="Inside">',
      '',
      '<Embed url="https://mastodon.social/@Gargron/109427297290116215" title="A post" aspect="1:1" />',
      '',
      '</Callout>',
    ].join('\n');
    expect(bodyEmbeds(body)).toEqual([
      {
        provider: 'youtube',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
        origin: 'https://www.youtube-nocookie.com',
      },
      {
        provider: 'mastodon',
        embedUrl: 'https://mastodon.social/@Gargron/109427297290116215/embed',
        origin: 'https://mastodon.social',
      },
    ]);
  });

  it('finds none in a body without one, in code, or in a body that is not valid MDX', () => {
    expect(bodyEmbeds('Just words.')).toEqual([]);
    expect(bodyEmbeds('```mdx\n<Embed url="https://vimeo.com/76979871" title="x" />\n```')).toEqual([]);
    expect(bodyEmbeds('Text with `<Embed url="https://vimeo.com/76979871" title="x" />` in code.')).toEqual([]);
    expect(bodyEmbeds('<Embed url="https://vimeo.com/76979871" title="x"')).toEqual([]);
  });

  it('leaves out an embed whose address is not a provider’s', () => {
    expect(bodyEmbeds('<Embed url="https://example.com/video" title="x" />')).toEqual([]);
    expect(bodyEmbeds('<Embed title="no address" />')).toEqual([]);
  });
});
