/**
 * The one list of sites an article may embed content from (`<Embed url="…" title="…" />`), and how
 * each site's addresses become an embed: the checker's Embed rule (lib/mdx/body-rules.ts), the card
 * (components/mdx/embed.tsx), the feeds, the list of an article's embeds (lib/mdx/embeds.ts) and the
 * page's Content-Security-Policy (lib/serving/embed-policy.ts) all read it, and nothing else knows a
 * provider.
 *
 * An address is recognised by parsing it (`new URL`) and checking its host and the shape of its
 * path and query, never by a pattern over the whole string. The embed address is built from the
 * parts recognised, never copied from what the editor wrote, so an address can only ever open the
 * provider's own iframe endpoint: on its privacy-enhanced domain where there is one
 * (youtube-nocookie.com, Vimeo's `dnt=1`, X's `dnt=true`), and always an endpoint that works in a
 * plain `<iframe>`, so no provider script ever runs in our page (`script-src` stays `'self'`).
 *
 * Mastodon has no one host: any `https:` host whose path has the shape of a Mastodon post
 * (`/@user/<number>`, or `/users/<user>/statuses/<number>`) is taken as a Mastodon server, once
 * every other provider's hosts have been ruled out, and the frame origin is that host. A post from
 * another server shown on this one (`/@user@other.server/<number>`) is refused: Mastodon only embeds
 * a server's own posts, so the editor links the post on its own server.
 *
 * Privacy: only YouTube (youtube-nocookie.com), Vimeo (`dnt=1`) and X (`dnt=true`) have a
 * privacy-enhanced embed; the others set their cookies once loaded, which is why nothing loads before
 * the reader asks. Which endpoints were chosen, and why:
 * - TikTok: the Embed Player (`/player/v1/<id>`), TikTok's documented iframe-only embed (its older
 *   `/embed/v2/` is the target of its script, to be retired).
 * - Bluesky: `embed.bsky.app/embed/<did>/app.bsky.feed.post/<rkey>` needs the author's DID, which a
 *   `bsky.app` address carries only in the form Bluesky's "Embed post" code gives; a handle would need
 *   Bluesky's servers to resolve, so an address by handle is refused with that advice.
 * - Google Maps: the keyless embeds only. A "Share → Embed a map" address (`/maps/embed?pb=…`) is kept
 *   as it is; any other map address becomes `/maps?q=<coordinates or place>&output=embed` (older,
 *   undocumented, but keyless: `/maps/embed/v1/…` needs an API key in the page).
 * - `allow` names only `fullscreen` and `picture-in-picture`: the site's Permissions-Policy
 *   (lib/serving/security-headers.mjs) switches autoplay, encrypted media and the sensors off for
 *   everything it embeds, so asking for them would change nothing.
 *
 * Pure functions with no imports, usable from any layer: the checker, the components and the HTTP
 * layer all call them.
 */

/** The providers, in the order the editors' guide and messages list them. */
export const EMBED_PROVIDER_IDS = [
  'youtube',
  'vimeo',
  'x',
  'instagram',
  'tiktok',
  'bluesky',
  'mastodon',
  'facebook',
  'soundcloud',
  'spotify',
  'datawrapper',
  'flourish',
  'google-maps',
] as const;

/** A provider's id: its data attribute value and the key of the reader's "always load" choice. */
export type EmbedProviderId = (typeof EMBED_PROVIDER_IDS)[number];

/** A width:height ratio, e.g. 16:9. */
export type AspectRatio = { readonly width: number; readonly height: number };

/** What is known about a provider, whatever the address. */
export type EmbedProvider = {
  readonly id: EmbedProviderId;
  /** Its name as readers see it: "Load <name> content". */
  readonly name: string;
  /** The frame origins its embeds use; empty for Mastodon, whose origin is each post's server. */
  readonly origins: readonly string[];
  /** The embed's shape when the editor gives no `aspect` (a kind of content may have its own, e.g. a YouTube Short). */
  readonly aspect: AspectRatio;
  /**
   * The iframe's `sandbox` tokens. Every provider's player runs scripts on its own origin and opens
   * links in a new tab: nothing more is allowed (no forms, no navigating our page, no downloads).
   */
  readonly sandbox: readonly string[];
  /** The iframe's `allow` features (Permissions Policy), only what its player uses. */
  readonly allow: readonly string[];
  /** Whether the embed comes from a privacy-enhanced address (no tracking cookies until playback, or do-not-track). */
  readonly privacyEnhanced: boolean;
  /** An address of the kind editors paste, for messages and the guide. */
  readonly example: string;
};

/** An address recognised as one provider's content, with everything its card and iframe need. */
export type RecognisedEmbed = {
  provider: EmbedProviderId;
  /** The provider's name, e.g. "YouTube". */
  name: string;
  /** The address as the editor wrote it (trimmed): the card's plain link and the feed's. */
  url: string;
  /** The iframe's `src`, built from the parts of `url` recognised. */
  embedUrl: string;
  /** The origin of `embedUrl`, for the page's `frame-src`. */
  origin: string;
  /** The provider's shape for this kind of content. */
  aspect: AspectRatio;
  /** The iframe's `sandbox` value. */
  sandbox: string;
  /** The iframe's `allow` value (empty when it needs no feature). */
  allow: string;
};

/** Why an address cannot be embedded, in words for the editor. */
export type EmbedProblem = { error: string };

/** Tokens every provider's iframe needs: its own scripts and storage, and links that open in a new tab. */
const SANDBOX = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'] as const;

const WIDE: AspectRatio = { width: 16, height: 9 };
const TALL: AspectRatio = { width: 9, height: 16 };
const SQUARE: AspectRatio = { width: 1, height: 1 };
const PORTRAIT: AspectRatio = { width: 4, height: 5 };
const CHART: AspectRatio = { width: 4, height: 3 };

function provider(
  id: EmbedProviderId,
  name: string,
  origins: readonly string[],
  aspect: AspectRatio,
  allow: readonly string[],
  privacyEnhanced: boolean,
  example: string,
): EmbedProvider {
  return { id, name, origins, aspect, sandbox: SANDBOX, allow, privacyEnhanced, example };
}

const VIDEO_FEATURES = ['fullscreen', 'picture-in-picture'] as const;

/** Every provider by id. */
export const EMBED_PROVIDERS: Readonly<Record<EmbedProviderId, EmbedProvider>> = {
  youtube: provider(
    'youtube',
    'YouTube',
    ['https://www.youtube-nocookie.com'],
    WIDE,
    VIDEO_FEATURES,
    true,
    'https://www.youtube.com/watch?v=aBcDeFgHiJk',
  ),
  vimeo: provider(
    'vimeo',
    'Vimeo',
    ['https://player.vimeo.com'],
    WIDE,
    VIDEO_FEATURES,
    true,
    'https://vimeo.com/123456789',
  ),
  x: provider(
    'x',
    'X (Twitter)',
    ['https://platform.twitter.com'],
    SQUARE,
    [],
    true,
    'https://x.com/username/status/1234567890123456789',
  ),
  instagram: provider(
    'instagram',
    'Instagram',
    ['https://www.instagram.com'],
    PORTRAIT,
    [],
    false,
    'https://www.instagram.com/p/AbCdEfGhIjK/',
  ),
  tiktok: provider(
    'tiktok',
    'TikTok',
    ['https://www.tiktok.com'],
    TALL,
    ['fullscreen'],
    false,
    'https://www.tiktok.com/@username/video/1234567890123456789',
  ),
  bluesky: provider(
    'bluesky',
    'Bluesky',
    ['https://embed.bsky.app'],
    SQUARE,
    [],
    false,
    'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/3abcdefghijkl',
  ),
  mastodon: provider(
    'mastodon',
    'Mastodon',
    [],
    SQUARE,
    ['fullscreen'],
    false,
    'https://mastodon.social/@username/123456789012345678',
  ),
  facebook: provider(
    'facebook',
    'Facebook',
    ['https://www.facebook.com'],
    SQUARE,
    VIDEO_FEATURES,
    false,
    'https://www.facebook.com/pagename/posts/1234567890',
  ),
  soundcloud: provider(
    'soundcloud',
    'SoundCloud',
    ['https://w.soundcloud.com'],
    WIDE,
    [],
    false,
    'https://soundcloud.com/artist/track-name',
  ),
  spotify: provider(
    'spotify',
    'Spotify',
    ['https://open.spotify.com'],
    WIDE,
    VIDEO_FEATURES,
    false,
    'https://open.spotify.com/episode/0123456789abcdefghijkl',
  ),
  datawrapper: provider(
    'datawrapper',
    'Datawrapper',
    ['https://datawrapper.dwcdn.net'],
    CHART,
    [],
    false,
    'https://datawrapper.dwcdn.net/AbC12/',
  ),
  flourish: provider(
    'flourish',
    'Flourish',
    ['https://flo.uri.sh'],
    CHART,
    ['fullscreen'],
    false,
    'https://public.flourish.studio/visualisation/1234567/',
  ),
  'google-maps': provider(
    'google-maps',
    'Google Maps',
    ['https://www.google.com'],
    CHART,
    ['fullscreen'],
    false,
    'https://www.google.com/maps/place/Somewhere/@40.7,-74.0,15z',
  ),
};

/** The providers' names in list order, e.g. for "<Embed> takes addresses from …". */
export const embedProviderNames: readonly string[] = EMBED_PROVIDER_IDS.map((id) => EMBED_PROVIDERS[id].name);

/** "YouTube, Vimeo, … and Google Maps". */
export const EMBED_PROVIDER_LIST = `${embedProviderNames.slice(0, -1).join(', ')} and ${embedProviderNames.at(-1) ?? ''}`;

/** Whether `value` is a provider's id (e.g. a data attribute read back from a page). */
export function isEmbedProviderId(value: string): value is EmbedProviderId {
  return (EMBED_PROVIDER_IDS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Recognising addresses

/** What a provider's matcher says of an address on one of its hosts. */
type Match = { embedUrl: string; aspect?: AspectRatio } | { error: string };

type Matcher = (url: URL, segments: readonly string[]) => Match;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_LIST = /^[A-Za-z0-9_-]{10,64}$/;
const DIGITS = /^\d{1,20}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const INSTAGRAM_USER = /^[A-Za-z0-9._]{1,30}$/;
const TIKTOK_USER = /^@[A-Za-z0-9_.]{1,30}$/;
const TIKTOK_ID = /^\d{5,25}$/;
const BLUESKY_DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{1,253})$/;
const BLUESKY_RKEY = /^[A-Za-z0-9._~-]{1,64}$/;
const MASTODON_USER = /^[A-Za-z0-9_]{1,30}$/;
const FACEBOOK_NAME = /^[A-Za-z0-9.-]{1,80}$/;
const FACEBOOK_ID = /^[A-Za-z0-9]{1,80}$/;
const SLUG = /^[A-Za-z0-9_-]{1,100}$/;
const SOUNDCLOUD_SECRET = /^s-[A-Za-z0-9]{1,40}$/;
const SPOTIFY_TYPES = new Set(['track', 'album', 'playlist', 'episode', 'show', 'artist']);
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
const SPOTIFY_LOCALE = /^intl-[a-z]{2}(?:-[a-z]{2})?$/i;
const DATAWRAPPER_ID = /^[A-Za-z0-9]{5}$/;
const VERSION = /^\d{1,4}$/;
const FLOURISH_KIND = new Set(['visualisation', 'story']);
const MAPS_PB = /^[A-Za-z0-9!._%:,+-]{10,4000}$/;
const COORDINATES = /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?)z)?/;
const DURATION = /^(?:(\d{1,2})h)?(?:(\d{1,3})m)?(?:(\d{1,5})s?)?$/;

/** A matcher's refusal, with an example of the address it wants. */
function wants(id: EmbedProviderId, what: string): Match {
  const { name, example } = EMBED_PROVIDERS[id];
  return { error: `this is not the address of ${what}; copy it from ${name}'s page, e.g. ${example}` };
}

function shortLink(id: EmbedProviderId): Match {
  return {
    error: `short links cannot be embedded: open it and copy the full address from the browser, e.g. ${EMBED_PROVIDERS[id].example}`,
  };
}

/** Seconds in a YouTube start time (`90`, `90s`, `1m30s`, `1h2m3s`), or undefined. */
function seconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const parts = DURATION.exec(value);
  if (!parts) return undefined;
  const [, h = '0', m = '0', s = '0'] = parts;
  const total = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return total > 0 ? total : undefined;
}

const youtube: Matcher = (url, segments) => {
  const [first, second] = segments;
  let id: string | undefined;
  let aspect: AspectRatio | undefined;
  if (url.hostname === 'youtu.be') {
    id = segments.length === 1 ? first : undefined;
  } else if (first === 'watch' && segments.length === 1) {
    id = url.searchParams.get('v') ?? undefined;
  } else if (first === 'playlist' && segments.length === 1) {
    const list = url.searchParams.get('list');
    if (list && YOUTUBE_LIST.test(list)) {
      return { embedUrl: `https://www.youtube-nocookie.com/embed/videoseries?list=${list}` };
    }
    return wants('youtube', 'a YouTube playlist');
  } else if (first !== undefined && ['embed', 'shorts', 'live', 'v'].includes(first) && segments.length === 2) {
    id = second;
    if (first === 'shorts') aspect = TALL;
  }
  if (id === undefined || !YOUTUBE_ID.test(id)) return wants('youtube', 'a YouTube video');
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  const embedUrl = `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
  return aspect ? { embedUrl, aspect } : { embedUrl };
};

const vimeo: Matcher = (url, segments) => {
  let id: string | undefined;
  let hash: string | undefined;
  const [first, second, third, fourth] = segments;
  if (url.hostname === 'player.vimeo.com') {
    if (first === 'video' && segments.length === 2) id = second;
    hash = url.searchParams.get('h') ?? undefined;
  } else if (first !== undefined && DIGITS.test(first) && segments.length <= 2) {
    id = first;
    hash = second ?? url.searchParams.get('h') ?? undefined;
  } else if (first === 'channels' && segments.length === 3) {
    id = third;
  } else if ((first === 'groups' || first === 'album' || first === 'showcase') && segments.length === 4) {
    if (third === 'videos' || third === 'video') id = fourth;
  }
  if (id === undefined || !DIGITS.test(id)) return wants('vimeo', 'a Vimeo video');
  if (hash !== undefined && !VIMEO_HASH.test(hash)) return wants('vimeo', 'a Vimeo video');
  return { embedUrl: `https://player.vimeo.com/video/${id}?dnt=1${hash ? `&h=${hash}` : ''}` };
};

const x: Matcher = (_url, segments) => {
  const [user, status, id, ...rest] = segments;
  let postId: string | undefined;
  // x.com/i/web/status/<id> and x.com/i/status/<id> name a post without its author.
  if (user === 'i') {
    const path = segments.slice(1);
    const [a, b, c] = path;
    if (a === 'web' && b === 'status' && path.length === 3) postId = c;
    else if (a === 'status' && path.length === 2) postId = b;
  } else if (user !== undefined && X_USER.test(user) && (status === 'status' || status === 'statuses')) {
    // A post's own address may go on to one of its pictures: /photo/1.
    if (rest.length === 0 || (rest.length === 2 && ['photo', 'video'].includes(rest[0] ?? ''))) postId = id;
  }
  if (postId === undefined || !DIGITS.test(postId)) return wants('x', 'a post on X');
  return { embedUrl: `https://platform.twitter.com/embed/Tweet.html?id=${postId}&dnt=true` };
};

const instagram: Matcher = (_url, segments) => {
  // /p/<code>/, /reel/<code>/, /tv/<code>/, and the newer /<user>/p/<code>/.
  const start = segments[0] !== undefined && INSTAGRAM_USER.test(segments[0]) && segments.length >= 3 ? 1 : 0;
  const kind = segments[start];
  const code = segments[start + 1];
  const rest = segments.slice(start + 2);
  const type = kind === 'reels' ? 'reel' : kind;
  if (
    type === undefined ||
    !['p', 'reel', 'tv'].includes(type) ||
    code === undefined ||
    !INSTAGRAM_CODE.test(code) ||
    !(rest.length === 0 || (rest.length === 1 && rest[0] === 'embed'))
  ) {
    return wants('instagram', 'an Instagram post');
  }
  return { embedUrl: `https://www.instagram.com/${type}/${code}/embed/` };
};

const tiktok: Matcher = (url, segments) => {
  if (url.hostname === 'vm.tiktok.com' || url.hostname === 'vt.tiktok.com') return shortLink('tiktok');
  const [first, second, third] = segments;
  let id: string | undefined;
  if (first !== undefined && TIKTOK_USER.test(first) && second === 'video' && segments.length === 3) id = third;
  else if (first === 'embed' && second === 'v2' && segments.length === 3) id = third;
  else if (first === 'player' && second === 'v1' && segments.length === 3) id = third;
  if (id === undefined || !TIKTOK_ID.test(id)) return wants('tiktok', 'a TikTok video');
  // TikTok's Embed Player: a plain iframe, documented for embedding without TikTok's script.
  return { embedUrl: `https://www.tiktok.com/player/v1/${id}` };
};

const bluesky: Matcher = (url, segments) => {
  let did: string | undefined;
  let rkey: string | undefined;
  if (url.hostname === 'embed.bsky.app') {
    const [embed, embedDid, collection, embedRkey] = segments;
    if (embed === 'embed' && collection === 'app.bsky.feed.post' && segments.length === 4) {
      did = embedDid;
      rkey = embedRkey;
    }
  } else {
    const [profile, who, post, postRkey] = segments;
    if (profile !== 'profile' || post !== 'post' || segments.length !== 4 || who === undefined) {
      return wants('bluesky', 'a Bluesky post');
    }
    if (!who.startsWith('did:')) {
      // The embed endpoint needs the author's permanent id (DID); finding it from a handle needs
      // Bluesky's servers, which neither the checker nor the page asks.
      return {
        error: `Bluesky embeds need the author's permanent id (did:…) instead of the handle "${who}": in Bluesky choose "Embed post" and copy the address from the code it gives, e.g. ${EMBED_PROVIDERS.bluesky.example}`,
      };
    }
    did = who;
    rkey = postRkey;
  }
  if (did === undefined || !BLUESKY_DID.test(did) || rkey === undefined || !BLUESKY_RKEY.test(rkey)) {
    return wants('bluesky', 'a Bluesky post');
  }
  return { embedUrl: `https://embed.bsky.app/embed/${did}/app.bsky.feed.post/${rkey}` };
};

/** A Mastodon post's path (`/@user/<id>`, `/@user/<id>/embed`, `/users/<user>/statuses/<id>`), or undefined. */
function mastodonPost(segments: readonly string[]): { user: string; id: string } | { remote: true } | undefined {
  const [first, second, third, fourth] = segments;
  if (first?.startsWith('@') && (segments.length === 2 || (segments.length === 3 && third === 'embed'))) {
    const user = first.slice(1);
    if (second === undefined || !DIGITS.test(second)) return undefined;
    if (/^[A-Za-z0-9_]{1,30}@[A-Za-z0-9.-]+$/.test(user)) return { remote: true };
    return MASTODON_USER.test(user) ? { user, id: second } : undefined;
  }
  if (first === 'users' && third === 'statuses' && segments.length === 4) {
    if (second === undefined || !MASTODON_USER.test(second) || fourth === undefined || !DIGITS.test(fourth)) {
      return undefined;
    }
    return { user: second, id: fourth };
  }
  return undefined;
}

/** A host name a Mastodon server may have: a domain with a dot, not an IP address or a local name. */
function isPublicDomain(hostname: string): boolean {
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return false;
  const labels = hostname.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) &&
    !/^\d+$/.test(labels.at(-1) ?? '') &&
    !['localhost', 'local', 'internal', 'test', 'invalid', 'example'].includes(labels.at(-1) ?? '')
  );
}

const facebook: Matcher = (url, segments) => {
  if (url.hostname === 'fb.watch' || segments[0] === 'share') return shortLink('facebook');
  const [first, second, third, fourth] = segments;
  const param = (name: string) => {
    const value = url.searchParams.get(name);
    return value !== null && FACEBOOK_ID.test(value) ? value : undefined;
  };
  let href: string | undefined;
  let video = false;
  if (first === 'watch' && segments.length === 1 && param('v')) {
    href = `https://www.facebook.com/watch/?v=${param('v')}`;
    video = true;
  } else if (first === 'reel' && segments.length === 2 && second !== undefined && DIGITS.test(second)) {
    href = `https://www.facebook.com/reel/${second}`;
    video = true;
  } else if ((first === 'permalink.php' || first === 'story.php') && segments.length === 1) {
    const story = param('story_fbid');
    const id = param('id');
    if (story && id) href = `https://www.facebook.com/${first}?story_fbid=${story}&id=${id}`;
  } else if ((first === 'photo.php' || first === 'photo') && segments.length === 1 && param('fbid')) {
    href = `https://www.facebook.com/photo.php?fbid=${param('fbid')}`;
  } else if (first !== undefined && FACEBOOK_NAME.test(first)) {
    if (second === 'posts' && segments.length === 3 && third !== undefined && FACEBOOK_ID.test(third)) {
      href = `https://www.facebook.com/${first}/posts/${third}`;
    } else if (second === 'videos' && (segments.length === 3 || segments.length === 4)) {
      const id = segments.length === 3 ? third : fourth;
      if (id !== undefined && DIGITS.test(id)) {
        href = `https://www.facebook.com/${first}/videos/${id}`;
        video = true;
      }
    } else if (second === 'photos' && segments.length >= 3 && segments.length <= 4) {
      const id = segments.at(-1);
      if (id !== undefined && DIGITS.test(id)) href = `https://www.facebook.com/photo.php?fbid=${id}`;
    }
  }
  if (!href) return wants('facebook', 'a Facebook post or video');
  const plugin = video ? 'video' : 'post';
  return {
    embedUrl: `https://www.facebook.com/plugins/${plugin}.php?href=${encodeURIComponent(href)}&show_text=${video ? 'false' : 'true'}`,
    ...(video ? { aspect: WIDE } : {}),
  };
};

/** First path segments of soundcloud.com that are pages of the site, not artists. */
const SOUNDCLOUD_PAGES = new Set([
  'discover',
  'search',
  'stream',
  'you',
  'upload',
  'charts',
  'pages',
  'settings',
  'tags',
]);

const soundcloud: Matcher = (url, segments) => {
  if (url.hostname === 'on.soundcloud.com') return shortLink('soundcloud');
  const [user, second, third] = segments;
  let path: string | undefined;
  if (user !== undefined && SLUG.test(user) && !SOUNDCLOUD_PAGES.has(user) && second !== undefined) {
    if (second === 'sets' && segments.length === 3 && third !== undefined && SLUG.test(third)) {
      path = `${user}/sets/${third}`;
    } else if (second !== 'sets' && SLUG.test(second)) {
      if (segments.length === 2) path = `${user}/${second}`;
      else if (segments.length === 3 && third !== undefined && SOUNDCLOUD_SECRET.test(third)) {
        path = `${user}/${second}/${third}`;
      }
    }
  }
  if (!path) return wants('soundcloud', 'a SoundCloud track or playlist');
  const track = encodeURIComponent(`https://soundcloud.com/${path}`);
  return { embedUrl: `https://w.soundcloud.com/player/?url=${track}&visual=true` };
};

const spotify: Matcher = (_url, segments) => {
  const rest = segments[0] !== undefined && SPOTIFY_LOCALE.test(segments[0]) ? segments.slice(1) : segments;
  const [type, id] = rest[0] === 'embed' ? rest.slice(1) : rest;
  const length = rest[0] === 'embed' ? rest.length - 1 : rest.length;
  if (length !== 2 || type === undefined || !SPOTIFY_TYPES.has(type) || id === undefined || !SPOTIFY_ID.test(id)) {
    return wants('spotify', 'a Spotify track, album, playlist, episode, show or artist');
  }
  return { embedUrl: `https://open.spotify.com/embed/${type}/${id}` };
};

const datawrapper: Matcher = (url, segments) => {
  let id: string | undefined;
  let version: string | undefined;
  if (url.hostname === 'datawrapper.dwcdn.net') {
    [id, version] = segments;
    if (segments.length > 2) id = undefined;
  } else if (segments[0] === '_' && segments.length === 2) {
    id = segments[1];
  }
  if (id === undefined || !DATAWRAPPER_ID.test(id) || (version !== undefined && !VERSION.test(version))) {
    return wants('datawrapper', 'a published Datawrapper chart');
  }
  return { embedUrl: `https://datawrapper.dwcdn.net/${id}/${version ? `${version}/` : ''}` };
};

const flourish: Matcher = (_url, segments) => {
  const [kind, id, embed] = segments;
  if (
    kind === undefined ||
    !FLOURISH_KIND.has(kind) ||
    id === undefined ||
    !/^\d{1,12}$/.test(id) ||
    !(segments.length === 2 || (segments.length === 3 && embed === 'embed'))
  ) {
    return wants('flourish', 'a published Flourish visualisation or story');
  }
  return { embedUrl: `https://flo.uri.sh/${kind}/${id}/embed` };
};

/** A map query made safe for a query string: at most 200 characters of text. */
function mapQuery(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\+/g, ' ').trim();
  const control = text !== undefined && [...text].some((c) => c.charCodeAt(0) < 0x20);
  return text && text.length <= 200 && !control ? text : undefined;
}

const googleMaps: Matcher = (url, segments) => {
  if (url.hostname === 'maps.app.goo.gl' || url.hostname === 'goo.gl') return shortLink('google-maps');
  const rest = url.hostname === 'maps.google.com' ? segments : segments[0] === 'maps' ? segments.slice(1) : undefined;
  if (rest === undefined) return wants('google-maps', 'a Google Maps map');
  // "Share → Embed a map" gives an iframe whose address carries the whole map in `pb`.
  if (rest[0] === 'embed' && rest.length === 1) {
    const pb = url.searchParams.get('pb');
    if (pb && MAPS_PB.test(pb)) return { embedUrl: `https://www.google.com/maps/embed?pb=${encodeURIComponent(pb)}` };
    return wants('google-maps', 'a Google Maps map');
  }
  // Any other map address: a search for its place or its coordinates, shown by the keyless
  // `output=embed` map (the documented /maps/embed/v1 needs an API key in the page).
  const at = rest.map((segment) => COORDINATES.exec(segment)).find((m) => m !== null);
  let query: string | undefined;
  let zoom: string | undefined;
  if (at) {
    const [, lat, lng, z] = at;
    if (Math.abs(Number(lat)) <= 90 && Math.abs(Number(lng)) <= 180) query = `${lat},${lng}`;
    zoom = z === undefined ? undefined : String(Math.min(21, Math.max(1, Math.round(Number(z)))));
  } else if (rest[0] === 'place' && rest[1] !== undefined) {
    query = mapQuery(safeDecode(rest[1]));
  } else if (rest[0] === 'search' || rest.length === 0) {
    query = mapQuery(url.searchParams.get('query') ?? url.searchParams.get('q') ?? safeDecode(rest[1] ?? ''));
  }
  if (!query) return wants('google-maps', 'a Google Maps map');
  const params = new URLSearchParams({ q: query, ...(zoom ? { z: zoom } : {}), output: 'embed' });
  return { embedUrl: `https://www.google.com/maps?${params.toString()}` };
};

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** Each provider's hosts (exact names, lowercase) and its matcher; Mastodon is tried last, on any other host. */
const HOSTS: readonly { id: EmbedProviderId; hosts: readonly string[]; match: Matcher }[] = [
  {
    id: 'youtube',
    hosts: [
      'youtube.com',
      'www.youtube.com',
      'm.youtube.com',
      'youtu.be',
      'youtube-nocookie.com',
      'www.youtube-nocookie.com',
    ],
    match: youtube,
  },
  { id: 'vimeo', hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'], match: vimeo },
  {
    id: 'x',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    match: x,
  },
  { id: 'instagram', hosts: ['instagram.com', 'www.instagram.com'], match: instagram },
  {
    id: 'tiktok',
    hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com', 'vm.tiktok.com', 'vt.tiktok.com'],
    match: tiktok,
  },
  { id: 'bluesky', hosts: ['bsky.app', 'www.bsky.app', 'embed.bsky.app'], match: bluesky },
  {
    id: 'facebook',
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'fb.watch'],
    match: facebook,
  },
  {
    id: 'soundcloud',
    hosts: ['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com', 'on.soundcloud.com'],
    match: soundcloud,
  },
  { id: 'spotify', hosts: ['open.spotify.com'], match: spotify },
  {
    id: 'datawrapper',
    hosts: ['datawrapper.dwcdn.net', 'www.datawrapper.de', 'datawrapper.de', 'app.datawrapper.de'],
    match: datawrapper,
  },
  { id: 'flourish', hosts: ['public.flourish.studio', 'flo.uri.sh'], match: flourish },
  {
    id: 'google-maps',
    hosts: ['www.google.com', 'google.com', 'maps.google.com', 'maps.app.goo.gl', 'goo.gl'],
    match: googleMaps,
  },
];

/** Every host a provider other than Mastodon owns: never taken for a Mastodon server. */
const KNOWN_HOSTS = new Set(HOSTS.flatMap((h) => h.hosts));

function recognised(id: EmbedProviderId, url: string, embedUrl: string, aspect?: AspectRatio): RecognisedEmbed {
  const spec = EMBED_PROVIDERS[id];
  return {
    provider: id,
    name: spec.name,
    url,
    embedUrl,
    origin: new URL(embedUrl).origin,
    aspect: aspect ?? spec.aspect,
    sandbox: spec.sandbox.join(' '),
    allow: spec.allow.join('; '),
  };
}

const UNKNOWN = `<Embed> takes addresses from ${EMBED_PROVIDER_LIST}`;

/**
 * What `<Embed url>` embeds: the provider, the iframe's address and origin, its shape, `sandbox` and
 * `allow`; or, when the address is malformed, on a site that is not a provider, or not the address
 * of a provider's content, why, in words for the editor (naming the providers allowed when the site
 * is not one). Pure: no network, so a short link (youtu.be is fine, maps.app.goo.gl is not) cannot
 * be followed and is refused with what to do instead.
 */
export function recogniseEmbed(address: string): RecognisedEmbed | EmbedProblem {
  const text = address.trim();
  if (text === '') return { error: 'the address is empty: copy the address of the post, video or chart from its page' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `"${text}" is not a full address: copy it from the browser's address bar, starting with https://` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `"${text}" is not a web address: it must start with https://` };
  }
  if (url.username || url.password || url.port) {
    return { error: `"${text}" carries a user name, password or port: copy the address as the site shows it` };
  }
  const hostname = url.hostname.replace(/\.$/, '');
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const entry = HOSTS.find((h) => h.hosts.includes(hostname));
  if (entry) {
    const match = entry.match(url, segments);
    if ('error' in match) return { error: `"${text}": ${match.error}` };
    return recognised(entry.id, text, match.embedUrl, match.aspect);
  }
  const post = KNOWN_HOSTS.has(hostname) ? undefined : mastodonPost(segments);
  if (post && 'remote' in post) {
    return {
      error: `"${text}" is a copy, on ${hostname}, of a post from another Mastodon server: open the post on its own server and copy that address`,
    };
  }
  if (post) {
    if (url.protocol !== 'https:' || !isPublicDomain(hostname)) {
      return { error: `"${text}": a Mastodon server must have a public https:// address` };
    }
    return recognised('mastodon', text, `https://${hostname}/@${post.user}/${post.id}/embed`);
  }
  return { error: `"${text}" is not from a site we embed: ${UNKNOWN}` };
}

// ---------------------------------------------------------------------------------------------
// Aspect ratios

const ASPECT = /^(\d{1,4}(?:\.\d{1,2})?):(\d{1,4}(?:\.\d{1,2})?)$/;

/** The narrowest and widest shapes an embed may take (1:3 to 4:1). */
const MIN_RATIO = 1 / 3;
const MAX_RATIO = 4;

/**
 * The ratio an editor wrote as `aspect="16:9"` (width:height, whole or decimal numbers), or why it
 * cannot be used.
 */
export function parseAspect(text: string): AspectRatio | EmbedProblem {
  const parts = ASPECT.exec(text.trim());
  const width = Number(parts?.[1]);
  const height = Number(parts?.[2]);
  if (!parts || !(width > 0) || !(height > 0)) {
    return { error: `aspect="${text}" is not a width:height ratio: write it like 16:9, 4:3, 1:1 or 9:16` };
  }
  const ratio = width / height;
  if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
    return { error: `aspect="${text}" is too narrow or too wide: an embed may be from 1:3 to 4:1` };
  }
  return { width, height };
}

/** A ratio as CSS `aspect-ratio` writes it: `16 / 9`. */
export function cssAspectRatio({ width, height }: AspectRatio): string {
  return `${width} / ${height}`;
}
