import { describe, expect, it } from 'vitest';
import {
  cssAspectRatio,
  EMBED_PROVIDER_IDS,
  EMBED_PROVIDER_LIST,
  EMBED_PROVIDERS,
  isEmbedProviderId,
  parseAspect,
  recogniseEmbed,
  type RecognisedEmbed,
} from '@/lib/config/embed-providers';

function embed(url: string): RecognisedEmbed {
  const result = recogniseEmbed(url);
  if ('error' in result) throw new Error(`${url} not recognised: ${result.error}`);
  return result;
}

function problem(url: string): string {
  const result = recogniseEmbed(url);
  if (!('error' in result)) throw new Error(`${url} was recognised as ${result.provider}: ${result.embedUrl}`);
  return result.error;
}

/** Good addresses of each provider, with the iframe address each must give. */
const GOOD: Record<string, [url: string, embedUrl: string][]> = {
  youtube: [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&feature=share', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=90', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90'],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
    ],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    [
      'https://www.youtube.com/playlist?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
    ],
    // http:// and a trailing dot are the same site; the iframe is always https.
    ['http://www.youtube.com./watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
  ],
  vimeo: [
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/76979871/8272103f6e', 'https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/groups/shortfilms/videos/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://vimeo.com/showcase/1234/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'https://player.vimeo.com/video/76979871?h=8272103f6e',
      'https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e',
    ],
  ],
  x: [
    [
      'https://x.com/NASA/status/1735052591451013178',
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    ],
    [
      'https://twitter.com/NASA/status/1735052591451013178?s=20',
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    ],
    [
      'https://mobile.twitter.com/NASA/statuses/1735052591451013178',
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    ],
    [
      'https://x.com/NASA/status/1735052591451013178/photo/1',
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    ],
    [
      'https://x.com/i/web/status/1735052591451013178',
      'https://platform.twitter.com/embed/Tweet.html?id=1735052591451013178&dnt=true',
    ],
  ],
  instagram: [
    ['https://www.instagram.com/p/C1a2B3c4D5e/', 'https://www.instagram.com/p/C1a2B3c4D5e/embed/'],
    ['https://instagram.com/p/C1a2B3c4D5e/?igsh=xyz', 'https://www.instagram.com/p/C1a2B3c4D5e/embed/'],
    ['https://www.instagram.com/reel/C1a2B3c4D5e/', 'https://www.instagram.com/reel/C1a2B3c4D5e/embed/'],
    ['https://www.instagram.com/reels/C1a2B3c4D5e/', 'https://www.instagram.com/reel/C1a2B3c4D5e/embed/'],
    ['https://www.instagram.com/natgeo/p/C1a2B3c4D5e/', 'https://www.instagram.com/p/C1a2B3c4D5e/embed/'],
  ],
  tiktok: [
    [
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
      'https://www.tiktok.com/player/v1/6718335390845095173',
    ],
    [
      'https://m.tiktok.com/@scout.2015/video/6718335390845095173?lang=en',
      'https://www.tiktok.com/player/v1/6718335390845095173',
    ],
    ['https://www.tiktok.com/embed/v2/6718335390845095173', 'https://www.tiktok.com/player/v1/6718335390845095173'],
  ],
  bluesky: [
    [
      'https://bsky.app/profile/did:plc:2jtyqespp2zfodukwvktqwe6/post/3lh5px6yngs26',
      'https://embed.bsky.app/embed/did:plc:2jtyqespp2zfodukwvktqwe6/app.bsky.feed.post/3lh5px6yngs26',
    ],
    [
      'https://bsky.app/profile/did:plc:2jtyqespp2zfodukwvktqwe6/post/3lh5px6yngs26?ref_src=embed',
      'https://embed.bsky.app/embed/did:plc:2jtyqespp2zfodukwvktqwe6/app.bsky.feed.post/3lh5px6yngs26',
    ],
    [
      'https://embed.bsky.app/embed/did:web:example.org/app.bsky.feed.post/3lh5px6yngs26',
      'https://embed.bsky.app/embed/did:web:example.org/app.bsky.feed.post/3lh5px6yngs26',
    ],
  ],
  mastodon: [
    [
      'https://mastodon.social/@Gargron/109427297290116215',
      'https://mastodon.social/@Gargron/109427297290116215/embed',
    ],
    ['https://social.example.org/@news_desk/1234567890', 'https://social.example.org/@news_desk/1234567890/embed'],
    [
      'https://mastodon.social/users/Gargron/statuses/109427297290116215',
      'https://mastodon.social/@Gargron/109427297290116215/embed',
    ],
    [
      'https://mastodon.social/@Gargron/109427297290116215/embed',
      'https://mastodon.social/@Gargron/109427297290116215/embed',
    ],
  ],
  facebook: [
    [
      'https://www.facebook.com/nasa/posts/pfbid02abcDEF123',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fposts%2Fpfbid02abcDEF123&show_text=true',
    ],
    [
      'https://m.facebook.com/nasa/videos/1234567890/?mibextid=abc',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fvideos%2F1234567890&show_text=false',
    ],
    [
      'https://www.facebook.com/watch/?v=1234567890',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890&show_text=false',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=123&id=456',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fpermalink.php%3Fstory_fbid%3D123%26id%3D456&show_text=true',
    ],
    [
      'https://www.facebook.com/photo/?fbid=987',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fphoto.php%3Ffbid%3D987&show_text=true',
    ],
  ],
  soundcloud: [
    [
      'https://soundcloud.com/forss/flickermood',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood&visual=true',
    ],
    [
      'https://soundcloud.com/forss/sets/soulhack',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fsets%2Fsoulhack&visual=true',
    ],
    [
      'https://m.soundcloud.com/forss/flickermood/s-AbC123?si=x',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fforss%2Fflickermood%2Fs-AbC123&visual=true',
    ],
  ],
  spotify: [
    [
      'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
      'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
    ],
    [
      'https://open.spotify.com/intl-de/episode/4uLU6hMCjMI75M1A2tKUQC?si=abc',
      'https://open.spotify.com/embed/episode/4uLU6hMCjMI75M1A2tKUQC',
    ],
    [
      'https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M',
      'https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M',
    ],
  ],
  datawrapper: [
    ['https://datawrapper.dwcdn.net/AbC12/', 'https://datawrapper.dwcdn.net/AbC12/'],
    ['https://datawrapper.dwcdn.net/AbC12/3/', 'https://datawrapper.dwcdn.net/AbC12/3/'],
    ['https://www.datawrapper.de/_/AbC12/', 'https://datawrapper.dwcdn.net/AbC12/'],
  ],
  flourish: [
    ['https://public.flourish.studio/visualisation/1234567/', 'https://flo.uri.sh/visualisation/1234567/embed'],
    ['https://public.flourish.studio/story/98765/', 'https://flo.uri.sh/story/98765/embed'],
    ['https://flo.uri.sh/visualisation/1234567/embed', 'https://flo.uri.sh/visualisation/1234567/embed'],
  ],
  'google-maps': [
    [
      'https://www.google.com/maps/place/Statue+of+Liberty/@40.6892494,-74.0445004,17z/data=!3m1!4b1',
      'https://www.google.com/maps?q=40.6892494%2C-74.0445004&z=17&output=embed',
    ],
    [
      'https://www.google.com/maps/@51.5007,-0.1246,15z',
      'https://www.google.com/maps?q=51.5007%2C-0.1246&z=15&output=embed',
    ],
    ['https://www.google.com/maps/place/Big+Ben', 'https://www.google.com/maps?q=Big+Ben&output=embed'],
    [
      'https://www.google.com/maps/search/?api=1&query=Kestrel+Bay+harbour',
      'https://www.google.com/maps?q=Kestrel+Bay+harbour&output=embed',
    ],
    ['https://maps.google.com/?q=Port+Avenir', 'https://www.google.com/maps?q=Port+Avenir&output=embed'],
    [
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3024.2!2d-74.04!3d40.68!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!5e0!3m2!1sen!2sus!4v1700000000000',
      'https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3024.2!2d-74.04!3d40.68!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!5e0!3m2!1sen!2sus!4v1700000000000',
    ],
  ],
};

/** Addresses on a provider's hosts that are not one of its posts, videos or charts. */
const BAD: Record<string, string[]> = {
  youtube: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload',
    'https://www.youtube.com/@channel',
    'https://www.youtube.com/embed/dQw4w9WgXcQ/extra',
    'https://youtu.be/',
    'https://www.youtube.com/playlist?list=x',
  ],
  vimeo: [
    'https://vimeo.com/',
    'https://vimeo.com/user/abc',
    'https://vimeo.com/76979871/not-a-hash',
    'https://player.vimeo.com/video/abc',
  ],
  x: [
    'https://x.com/NASA',
    'https://x.com/NASA/status/',
    'https://x.com/NASA/status/abc',
    'https://x.com/NASA/likes/1735052591451013178',
    'https://x.com/not-a-valid-user-name/status/1',
  ],
  instagram: [
    'https://www.instagram.com/natgeo/',
    'https://www.instagram.com/p/',
    'https://www.instagram.com/stories/natgeo/123/',
  ],
  tiktok: [
    'https://www.tiktok.com/@scout2015',
    'https://www.tiktok.com/@scout2015/video/abc',
    'https://vm.tiktok.com/ZMabc123/',
  ],
  bluesky: [
    'https://bsky.app/profile/did:plc:2jtyqespp2zfodukwvktqwe6',
    'https://bsky.app/profile/did:plc:short/post/3lh5px6yngs26',
    'https://bsky.app/profile/did:evil:2jtyqespp2zfodukwvktqwe6/post/3lh5px6yngs26',
    'https://embed.bsky.app/embed/did:plc:2jtyqespp2zfodukwvktqwe6/app.bsky.feed.like/3lh5px6yngs26',
  ],
  facebook: [
    'https://www.facebook.com/nasa',
    'https://www.facebook.com/watch/?v=',
    'https://www.facebook.com/share/p/abc123/',
    'https://fb.watch/abc123/',
    'https://www.facebook.com/permalink.php?story_fbid=123',
  ],
  soundcloud: [
    'https://soundcloud.com/forss',
    'https://soundcloud.com/discover/sets',
    'https://soundcloud.com/search/sounds',
    'https://on.soundcloud.com/abc123',
    'https://soundcloud.com/forss/flickermood/comments',
  ],
  spotify: [
    'https://open.spotify.com/',
    'https://open.spotify.com/track/short',
    'https://open.spotify.com/user/4uLU6hMCjMI75M1A2tKUQC',
  ],
  datawrapper: [
    'https://datawrapper.dwcdn.net/',
    'https://datawrapper.dwcdn.net/AbC123/',
    'https://app.datawrapper.de/chart/AbC12/edit',
  ],
  flourish: [
    'https://public.flourish.studio/',
    'https://public.flourish.studio/visualisation/abc/',
    'https://flo.uri.sh/template/123/embed',
  ],
  'google-maps': [
    'https://www.google.com/',
    'https://www.google.com/search?q=maps',
    'https://www.google.com/maps/embed?pb=%3Cscript%3E',
    'https://maps.app.goo.gl/abc123',
    'https://www.google.com/maps/@99.0,-0.1246,15z',
  ],
};

describe('the provider list', () => {
  it('has every provider the issue names, in the order messages list them', () => {
    expect(EMBED_PROVIDER_LIST).toBe(
      'YouTube, Vimeo, X (Twitter), Instagram, TikTok, Bluesky, Mastodon, Facebook, SoundCloud, Spotify, Datawrapper, Flourish and Google Maps',
    );
    expect(Object.keys(GOOD).sort()).toEqual([...EMBED_PROVIDER_IDS].sort());
  });

  it('gives every provider https frame origins, a shape and the same tight sandbox', () => {
    for (const id of EMBED_PROVIDER_IDS) {
      const spec = EMBED_PROVIDERS[id];
      for (const origin of spec.origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
      expect(spec.aspect.width).toBeGreaterThan(0);
      expect(spec.sandbox).toEqual([
        'allow-scripts',
        'allow-same-origin',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
      ]);
      expect(spec.sandbox).not.toContain('allow-top-navigation');
      expect(spec.sandbox).not.toContain('allow-forms');
      // The site's Permissions-Policy switches these off for everything it embeds: asking is pointless.
      for (const feature of spec.allow) expect(['fullscreen', 'picture-in-picture']).toContain(feature);
    }
    expect(EMBED_PROVIDERS.mastodon.origins).toEqual([]);
  });

  it('knows its ids', () => {
    expect(isEmbedProviderId('youtube')).toBe(true);
    expect(isEmbedProviderId('google-maps')).toBe(true);
    expect(isEmbedProviderId('myspace')).toBe(false);
    expect(isEmbedProviderId('constructor')).toBe(false);
  });
});

describe.each(Object.entries(GOOD))('%s', (id, cases) => {
  it.each(cases)('recognises %s', (url, embedUrl) => {
    const found = embed(url);
    expect(found.provider).toBe(id);
    expect(found.embedUrl).toBe(embedUrl);
    expect(found.origin).toBe(new URL(embedUrl).origin);
    expect(found.url).toBe(url);
    expect(found.name).toBe(EMBED_PROVIDERS[found.provider].name);
    if (EMBED_PROVIDERS[found.provider].origins.length > 0) {
      expect(EMBED_PROVIDERS[found.provider].origins).toContain(found.origin);
    }
    expect(found.sandbox).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(found.allow).toBe(EMBED_PROVIDERS[found.provider].allow.join('; '));
  });

  it.each(BAD[id] ?? [])('refuses %s, naming the provider and an example', (url) => {
    const message = problem(url);
    expect(message).toContain(url.trim());
    expect(message).toMatch(/e\.g\. https:\/\//);
  });
});

describe('recogniseEmbed', () => {
  it('uses the privacy-enhanced domains', () => {
    expect(embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ').origin).toBe('https://www.youtube-nocookie.com');
    expect(embed('https://vimeo.com/76979871').embedUrl).toContain('dnt=1');
    expect(embed('https://x.com/NASA/status/1').embedUrl).toContain('dnt=true');
  });

  it('gives a kind of content its own shape', () => {
    expect(embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ').aspect).toEqual({ width: 16, height: 9 });
    expect(embed('https://www.youtube.com/shorts/dQw4w9WgXcQ').aspect).toEqual({ width: 9, height: 16 });
    expect(embed('https://www.tiktok.com/@a/video/6718335390845095173').aspect).toEqual({ width: 9, height: 16 });
    expect(embed('https://www.facebook.com/nasa/posts/1').aspect).toEqual({ width: 1, height: 1 });
    expect(embed('https://www.facebook.com/watch/?v=1').aspect).toEqual({ width: 16, height: 9 });
  });

  it('builds the iframe address from the parts it recognised, never from the rest of the address', () => {
    expect(embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ&autoplay=1&origin=evil').embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(embed('https://youtu.be/dQw4w9WgXcQ#"><script>').embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(embed('  https://vimeo.com/76979871  ').url).toBe('https://vimeo.com/76979871');
  });

  it('refuses what is not a full web address', () => {
    expect(problem('')).toMatch(/empty/);
    expect(problem('youtube.com/watch?v=dQw4w9WgXcQ')).toMatch(/not a full address.*https:\/\//);
    expect(problem('javascript:alert(1)')).toMatch(/not a web address/);
    expect(problem('data:text/html,hi')).toMatch(/not a web address/);
    expect(problem('https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ')).toMatch(/user name, password or port/);
    expect(problem('https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ')).toMatch(/user name, password or port/);
  });

  it('refuses other sites, naming every provider allowed', () => {
    for (const url of [
      'https://example.com/video/123',
      'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.dailymotion.com/video/x7tgad0',
    ]) {
      expect(problem(url)).toContain(`not from a site we embed: <Embed> takes addresses from ${EMBED_PROVIDER_LIST}`);
    }
  });

  it('takes a Mastodon server only with a public https address, and not another provider host', () => {
    expect(problem('http://mastodon.social/@Gargron/109427297290116215')).toMatch(/public https:\/\/ address/);
    expect(problem('https://127.0.0.1/@Gargron/109427297290116215')).toMatch(/public https:\/\/ address/);
    expect(problem('https://localhost/@Gargron/109427297290116215')).toMatch(/not from a site we embed|public https/);
    expect(problem('https://intranet/@Gargron/109427297290116215')).toMatch(/public https:\/\/ address/);
    expect(problem('https://mastodon.social/@Gargron/not-a-number')).toMatch(/not from a site we embed/);
    // YouTube's channel addresses have the same shape, but youtube.com is YouTube's.
    expect(problem('https://www.youtube.com/@channel/123')).toMatch(/YouTube video/);
    expect(problem('https://mastodon.social/@someone@other.server/123')).toMatch(/another Mastodon server/);
  });

  it('refuses a Bluesky address by handle, saying how to get the permanent one', () => {
    expect(problem('https://bsky.app/profile/someone.bsky.social/post/3lh5px6yngs26')).toMatch(
      /permanent id \(did:…\).*"Embed post"/,
    );
  });

  it('refuses short links it cannot follow, saying what to do', () => {
    for (const url of [
      'https://maps.app.goo.gl/abc',
      'https://vm.tiktok.com/ZM1/',
      'https://on.soundcloud.com/x',
      'https://fb.watch/x/',
    ]) {
      expect(problem(url)).toMatch(/short links cannot be embedded: open it and copy the full address/);
    }
  });
});

describe('parseAspect', () => {
  it('reads width:height ratios', () => {
    expect(parseAspect('16:9')).toEqual({ width: 16, height: 9 });
    expect(parseAspect(' 9:16 ')).toEqual({ width: 9, height: 16 });
    expect(parseAspect('2.35:1')).toEqual({ width: 2.35, height: 1 });
    expect(cssAspectRatio({ width: 4, height: 3 })).toBe('4 / 3');
  });

  it('refuses anything else, with an example', () => {
    for (const text of ['16x9', '16/9', 'wide', '', '0:9', '16:0', '-16:9', '16:9:1', '1e3:1']) {
      const result = parseAspect(text);
      expect('error' in result && result.error, text).toMatch(/is not a width:height ratio: write it like 16:9/);
    }
    const narrow = parseAspect('1:10');
    expect('error' in narrow && narrow.error).toMatch(/from 1:3 to 4:1/);
    const wide = parseAspect('5:1');
    expect('error' in wide && wide.error).toMatch(/from 1:3 to 4:1/);
  });
});
