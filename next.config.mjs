/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Fixed at build time (lib/site-config.ts reads it), so pages the server renders later paginate
  // exactly like the prerendered ones whatever the environment of `next start`.
  env: { LISTING_PAGE_SIZE: process.env.LISTING_PAGE_SIZE ?? '' },
  images: {
    // Only our own files under /public are optimised; modern formats first.
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1200, 1600, 1920],
    imageSizes: [96, 160, 240, 320],
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
};

export default nextConfig;
