import { readFileSync } from 'node:fs';

/**
 * Old article addresses (`redirectFrom` in content) → current ones, written by `npm run content`
 * (see lib/redirects.ts). The build fails without it rather than silently dropping redirects; only
 * `next dev`, which may start before contentlayer has written it, goes on without.
 */
function contentRedirects() {
  try {
    return JSON.parse(readFileSync(new URL('./.contentlayer/redirects.json', import.meta.url), 'utf8'));
  } catch (error) {
    if (process.env.NODE_ENV !== 'production' && error?.code === 'ENOENT') return [];
    throw new Error(`Cannot read .contentlayer/redirects.json: run \`npm run content\` before \`next build\` (${error})`);
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: {
    // Only our own files under /public are optimised; modern formats first.
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 750, 828, 1080, 1200, 1600, 1920],
    imageSizes: [96, 160, 240, 320],
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
  // 308 from each old article address to the current one.
  async redirects() {
    return contentRedirects();
  },
};

export default nextConfig;
