/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Fixed at build time (lib/site-config.ts reads it), so pages the server renders later paginate
  // exactly like the prerendered ones whatever the environment of `next start`.
  env: { LISTING_PAGE_SIZE: process.env.LISTING_PAGE_SIZE ?? '' },
  // Page 1 of a listing has one address, the listing's own. Redirected here rather than from the
  // page: a redirect rendered by an on-demand (ISR) page is replayed with its Location header
  // twice (next 16.4), which proxies may merge into "/world, /world". The routes keep a fallback.
  async redirects() {
    return [
      { source: '/tags/:tag/page/1', destination: '/tags/:tag', permanent: true },
      { source: '/authors/:author/page/1', destination: '/authors/:author', permanent: true },
      { source: '/:section/page/1', destination: '/:section', permanent: true },
    ];
  },
  images: {
    // Only our own files under /public are optimised; modern formats first.
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1200, 1600, 1920],
    imageSizes: [96, 160, 240, 320],
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
};

export default nextConfig;
