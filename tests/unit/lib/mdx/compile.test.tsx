// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { compileMdx } from '@/lib/mdx/compile';

afterEach(cleanup);

describe('compileMdx', () => {
  it('renders Markdown and the allowed components on the server', () => {
    const code = compileMdx('## Subhead\n\nA [link](/world/x).\n\n<PullQuote cite="Ann, mayor">We will.</PullQuote>\n');
    const { container } = render(<MdxContent code={code} />);
    expect(container.querySelector('h2')?.textContent).toBe('Subhead');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/world/x');
    expect(container.querySelector('blockquote')?.textContent).toBe('We will.');
    expect(container.querySelector('figcaption')?.textContent).toBe('— Ann, mayor');
  });

  it.each([
    ['import', "import x from 'fs'\n\nText."],
    ['export', 'export const a = 1\n\nText.'],
    ['an expression', 'Two is {1 + 1}.'],
    ['a script element', '<script>alert(1)</script>'],
    ['an iframe', '<iframe src="https://example.com" />'],
    ['an unknown component', '<Danger />'],
    ['an expression attribute', '<PullQuote cite={process.env.SECRET}>x</PullQuote>'],
    ['a spread attribute', '<PullQuote {...props}>x</PullQuote>'],
  ])('refuses %s, which could run code', (_what, source) => {
    expect(() => compileMdx(source)).toThrow(/not allowed|not an allowed component|must be plain text/);
  });

  it('returns the same code for the same source (cached)', () => {
    expect(compileMdx('Same.')).toBe(compileMdx('Same.'));
  });
});
