// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStatus } from '@/components/article/article-status';
import { PreviewBanner } from '@/components/layout/preview-banner';

afterEach(cleanup);

describe('PreviewBanner', () => {
  it('says "Preview", asks robots not to index, and leaves preview with a POST form', () => {
    render(<PreviewBanner />);
    const banner = screen.getByRole('region', { name: 'Preview' });
    expect(banner.textContent).toContain('Preview');
    // React hoists the meta element into the document's head.
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    const button = within(banner).getByRole('button', { name: 'Leave preview' });
    const form = button.closest('form');
    expect(form?.getAttribute('action')).toBe('/api/preview/exit');
    expect(form?.getAttribute('method')).toBe('post');
  });
});

describe('ArticleStatus', () => {
  it('says nothing for a published article', () => {
    const { container } = render(<ArticleStatus status="published" publishedAt="2026-05-12T13:00:00.000Z" />);
    expect(container.innerHTML).toBe('');
  });

  it('marks a draft, and a scheduled article with its publication time', () => {
    render(<ArticleStatus status="draft" publishedAt="2026-05-12T13:00:00.000Z" />);
    expect(screen.getByRole('status').textContent).toMatch(/^Draft: not published/);
    cleanup();
    render(<ArticleStatus status="scheduled" publishedAt="2026-12-01T15:00:00.000Z" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Scheduled: goes live at 1 December 2026, 10:00 EST.');
    expect(status.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01T15:00:00.000Z');
  });
});
