import { describe, expect, it } from 'vitest';
import { robotsConfig } from '@/lib/seo/robots';
import { siteConfig } from '@/lib/config/site-config';

describe('robotsConfig', () => {
  const robots = robotsConfig();

  it('opens public pages to every crawler and closes API and preview paths', () => {
    expect(robots.rules).toEqual([{ userAgent: '*', allow: '/', disallow: ['/api/', '/preview/'] }]);
  });

  it('lists both sitemaps with absolute URLs', () => {
    expect(robots.sitemap).toEqual([`${siteConfig.url}/sitemap.xml`, `${siteConfig.url}/news-sitemap.xml`]);
  });
});
