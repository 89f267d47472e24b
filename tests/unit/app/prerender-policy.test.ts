import { describe, expect, it } from 'vitest';

/**
 * lib/content/prerender.ts: what grows with the archive (tags, authors, listing pages, feeds, cards) is not
 * prerendered; it renders on its first request, which `dynamicParams = true` allows.
 */
const onDemandRoutes = {
  'tag page': () => import('@/app/tags/[tag]/page'),
  'tag RSS': () => import('@/app/tags/[tag]/feed.xml/route'),
  'tag Atom': () => import('@/app/tags/[tag]/atom.xml/route'),
  'tag JSON Feed': () => import('@/app/tags/[tag]/feed.json/route'),
  'tag card': () => import('@/app/tags/[tag]/og-image.png/route'),
  'author page': () => import('@/app/authors/[author]/page'),
  'author RSS': () => import('@/app/authors/[author]/feed.xml/route'),
  'author Atom': () => import('@/app/authors/[author]/atom.xml/route'),
  'author JSON Feed': () => import('@/app/authors/[author]/feed.json/route'),
  'author card': () => import('@/app/authors/[author]/og-image.png/route'),
  'section RSS': () => import('@/app/[section]/feed.xml/route'),
  'section Atom': () => import('@/app/[section]/atom.xml/route'),
  'section JSON Feed': () => import('@/app/[section]/feed.json/route'),
  'section card': () => import('@/app/[section]/og-image.png/route'),
} as const;

describe('prerender policy', () => {
  for (const [name, load] of Object.entries(onDemandRoutes)) {
    it(`renders the ${name} on first request, not at build`, async () => {
      const route: { generateStaticParams: () => unknown[]; dynamicParams: boolean } = await load();
      expect(route.generateStaticParams()).toEqual([]);
      expect(route.dynamicParams).toBe(true);
    });
  }
});
