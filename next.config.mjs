import { imageContentSecurityPolicy, securityHeaders } from './security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
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
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
