import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';

describe('seo', () => {
  it('builds absolute URLs from the configured site URL', () => {
    expect(absoluteUrl('/world/story')).toBe(`${siteConfig.url}/world/story`);
    expect(absoluteUrl('/')).toBe(`${siteConfig.url}/`);
  });

  it('gives a page its title, description and absolute canonical URL', () => {
    const meta = pageMetadata({ title: 'A story', description: 'What happened.', path: '/world/a-story' });
    expect(meta.title).toBe('A story');
    expect(meta.description).toBe('What happened.');
    expect(meta.alternates?.canonical).toBe(`${siteConfig.url}/world/a-story`);
  });

  it('lets the home page opt out of the title template', () => {
    expect(pageMetadata({ title: 'Home', absoluteTitle: true, description: 'd', path: '/' }).title).toEqual({
      absolute: 'Home',
    });
  });
});
