// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import PageError from '@/app/error';
import GlobalError from '@/app/global-error';
import { ErrorMessage } from '@/components/layout/error-message';
import { sections } from '@/lib/config/sections';

afterEach(cleanup);

const internal = Object.assign(new Error('ECONNREFUSED 10.0.0.5:5432 at /srv/app/lib/db.ts:42'), {
  digest: '3141592653',
});

describe('ErrorMessage', () => {
  it('apologises and links back to the front page and every section', () => {
    const { container } = render(<ErrorMessage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong');
    expect(screen.getByRole('link', { name: 'Go to the front page' }).getAttribute('href')).toBe('/');
    for (const s of sections)
      expect(screen.getByRole('link', { name: s.name }).getAttribute('href')).toBe(`/${s.slug}`);
    // Pages carry no framework to re-render in place: trying again is a plain link to the same address.
    // (`href=""` is this same address; happy-dom does not give such a link its role, browsers do.)
    expect(container.querySelector('a[href=""]')?.textContent).toBe('Try again');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('app/error (a failure inside a page)', () => {
  it('shows the digest as a reference but never the message', () => {
    const { container } = render(<PageError error={internal} />);
    expect(screen.getByText('Reference: 3141592653')).toBeTruthy();
    expect(container.textContent).not.toMatch(/ECONNREFUSED|10\.0\.0\.5|\/srv\/app|db\.ts/);
  });

  it('offers to try again, without a reference when there is none', () => {
    const { container } = render(<PageError error={new Error('boom')} />);
    expect(container.querySelector('a[href=""]')?.textContent).toBe('Try again');
    expect(screen.queryByText(/Reference:/)).toBeNull();
  });
});

describe('app/global-error (a failure in the root layout)', () => {
  it('renders a whole document with the way back and without the message', () => {
    const html = renderToStaticMarkup(<GlobalError error={internal} />);
    expect(html).toMatch(/^<html lang="en"><head><title>Something went wrong<\/title><\/head><body/);
    expect(html).toContain('<a href="/" class="text-accent underline">Go to the front page</a>');
    expect(html).toContain('Reference: 3141592653');
    expect(html).not.toMatch(/ECONNREFUSED|\/srv\/app/);
  });
});
