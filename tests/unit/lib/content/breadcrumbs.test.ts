import { describe, expect, it } from 'vitest';
import { articleBreadcrumb, mastheadBreadcrumb } from '@/lib/content/breadcrumbs';

describe('articleBreadcrumb', () => {
  it('is Home » Section » Headline with each URL', () => {
    expect(articleBreadcrumb({ section: 'world', title: 'A headline', url: '/world/a-headline' })).toEqual([
      { name: 'Home', href: '/' },
      { name: 'World', href: '/world' },
      { name: 'A headline', href: '/world/a-headline' },
    ]);
  });
});

describe('mastheadBreadcrumb', () => {
  it('is Home » About us » Masthead', () => {
    expect(mastheadBreadcrumb()).toEqual([
      { name: 'Home', href: '/' },
      { name: 'About us', href: '/about' },
      { name: 'Masthead', href: '/about/masthead' },
    ]);
  });
});
