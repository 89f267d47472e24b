/**
 * The security headers sent with every response: pages, API routes, feeds, static assets, optimised
 * images and 404s. This is the one place they are defined; `next.config.mjs` applies them to every
 * path and the end-to-end tests read them from here.
 *
 * Scripts: in production a page runs only our own files — its enhancement modules (`/enhance/…`)
 * and what they import — because the framework's inline bootstrap and payload never reach the
 * browser (lib/serving/page-delivery.ts; docs/decisions/012-framework-free-pages.md). So `script-src`
 * has no 'unsafe-inline' and an injected inline script cannot run. `next dev` keeps the framework
 * (its reloading runs on it), so there, and only there, inline scripts are allowed.
 * (docs/decisions/002-content-security-policy.md, superseded on this point by 012.)
 */

/** @type {Record<string, string[]>} */
const cspDirectives = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (our own file); it does
  // not allow eval() of JavaScript.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Inline event-handler attributes (onclick=, onerror=) are the usual payload of injected HTML;
  // neither React nor Next emits them, so they are refused outright.
  'script-src-attr': ["'none'"],
  // Stylesheets are our own files only; no inline <style> elements. next/image writes `style`
  // attributes (e.g. the colour while loading), which cannot run code, so attributes are allowed.
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  // `data:` for blur placeholders; optimised images (/_next/image) are same-origin.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** @param {Record<string, string[]>} directives */
function policy(directives) {
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The Content-Security-Policy header value. */
export const contentSecurityPolicy = policy(cspDirectives);

/**
 * `next dev`'s directives: inline scripts are allowed there and only there. So are frames from any
 * https origin: in production the HTTP layer gives each page with embeds exactly its providers'
 * origins (lib/serving/embed-policy.ts), which `next dev` does not run, and an editor checking an
 * embed locally must be able to load it.
 */
const developmentDirectives = {
  ...cspDirectives,
  'script-src': [...cspDirectives['script-src'], "'unsafe-inline'"],
  'frame-src': ['https:'],
};

/** The same for `next dev` only, whose framework runtime (and reloading) runs inline scripts. */
export const developmentContentSecurityPolicy = policy(developmentDirectives);

/**
 * The Content-Security-Policy of a page that embeds other sites' content: the same directives, with
 * `frame-src` allowing exactly `frameSources` (origins such as `https://www.youtube-nocookie.com`,
 * checked by the caller against lib/config/embed-providers.ts: lib/serving/embed-policy.ts) instead
 * of `'none'`. Nothing else changes: embeds are plain iframes, so no provider script runs in our page
 * and `script-src` stays our own. With no sources it is `contentSecurityPolicy` (or, with
 * `development`, `developmentContentSecurityPolicy`).
 *
 * @param {{ frameSources?: readonly string[], development?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicyWith({ frameSources = [], development = false } = {}) {
  const base = development ? developmentDirectives : cspDirectives;
  return policy(frameSources.length === 0 ? base : { ...base, 'frame-src': [...frameSources] });
}

/**
 * The image optimiser (/_next/image) replaces the Content-Security-Policy with its own for the
 * images it serves; this one keeps its sandbox and adds the framing rule every response carries.
 */
export const imageContentSecurityPolicy =
  "default-src 'none'; script-src 'none'; frame-src 'none'; frame-ancestors 'none'; sandbox";

/** Browser features the site never uses, switched off for the page and anything it embeds. */
const disabledFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** @type {{ key: string, value: string }[]} */
export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  // Two years, subdomains included. Browsers ignore it over plain http (local runs).
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: disabledFeatures.map((f) => `${f}=()`).join(', ') },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** `securityHeaders` with the development server's policy (next.config.mjs, development phase only). */
export const developmentSecurityHeaders = securityHeaders.map((header) =>
  header.key === 'Content-Security-Policy' ? { ...header, value: developmentContentSecurityPolicy } : header,
);
