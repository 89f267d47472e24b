import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import {
  developmentSecurityHeaders,
  imageContentSecurityPolicy,
  securityHeaders,
} from './lib/serving/security-headers.mjs';

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  // Compression happens in our HTTP layer (lib/serving/page-delivery.ts), after the framework's
  // scripts are taken out of the page: Next's own would compress the page before that.
  compress: false,
  // Next hashes every HTML response in JavaScript to make its ETag: on an 84 KB article that was a
  // third of the server's time (434 -> 665 req/s at 10 connections without it). The price: a browser
  // reloading a page gets it again (~15 KB gzip) instead of a 304, unless a CDN adds validators.
  generateEtags: false,
  reactStrictMode: true,
  // The server runs from .next/standalone/server.js without node_modules (docs/operations.md).
  output: 'standalone',
  // The content store and the search index are read at run time from paths built at run time, so
  // the file tracer would list every document (tens of thousands of files) for every route and
  // copy them into the standalone folder; scripts/standalone-assets.ts copies them once instead.
  outputFileTracingExcludes: { '*': ['./.contentlayer/**', './.pagefind/**', './content/**'] },
  experimental: {
    // Next prerenders with one worker fewer than the machine has cores, leaving a core to a main
    // process that only waits meanwhile: on a 2-core machine that halves prerendering speed.
    cpus: Math.max(1, availableParallelism()),
  },
  // Redis-backed cache shared by all instances when REDIS_URL is set; Next's own cache otherwise.
  cacheHandler: fileURLToPath(new URL('./lib/serving/cache-handler.mjs', import.meta.url)),
  // Pages say `s-maxage=60, stale-while-revalidate=3540`: a CDN may serve a copy up to an hour old
  // while it refetches, never a year-old one (Next's default) — corrections and takedowns matter.
  expireTime: 3600,
  // Fixed at build time (lib/config/site-config.ts reads them), so pages the server renders later paginate
  // (and live pages poll) exactly like the prerendered ones whatever the environment of `next start`.
  env: {
    LISTING_PAGE_SIZE: process.env.LISTING_PAGE_SIZE ?? '',
    LIVE_POLL_SECONDS: process.env.LIVE_POLL_SECONDS ?? '',
  },
  // Page 1 of a listing has one address, the listing's own. Redirected here rather than from the
  // page: a redirect rendered by an on-demand (ISR) page is replayed with its Location header
  // twice (next 16.4), which proxies may merge into "/world, /world". The routes keep a fallback.
  // (An article's old addresses, `redirectFrom`, are answered by the HTTP layer from the content
  // store as it is now, lib/serving/known-addresses.ts, so a rename needs no build.)
  async redirects() {
    return [
      { source: '/tags/:tag/page/1', destination: '/tags/:tag', permanent: true },
      { source: '/authors/:author/page/1', destination: '/authors/:author', permanent: true },
      { source: '/:section/page/1', destination: '/:section', permanent: true },
      // A live blog's page 1 is the blog itself (the HTTP layer lets this through for live blogs only).
      { source: '/:section/:slug/page/1', destination: '/:section/:slug', permanent: true },
    ];
  },
  images: {
    // Only our own files under /public/images are optimised, only at these widths, in these formats.
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1200, 1600, 1920],
    imageSizes: [96, 160, 240, 320],
    qualities: [75],
    localPatterns: [{ pathname: '/images/**', search: '' }],
    remotePatterns: [],
    maximumRedirects: 0,
    dangerouslyAllowSVG: false,
    contentSecurityPolicy: imageContentSecurityPolicy,
  },
  async headers() {
    // `next dev` runs the framework in the browser (its reloading needs it), so only there may inline scripts run.
    const headers = phase === PHASE_DEVELOPMENT_SERVER ? developmentSecurityHeaders : securityHeaders;
    return [{ source: '/:path*', headers }];
  },
});

export default nextConfig;
