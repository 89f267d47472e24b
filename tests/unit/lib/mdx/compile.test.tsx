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

  it('accepts what the checker accepts: the allowed HTML elements and comment-only expressions', () => {
    const code = compileMdx(
      'Water use rose by 10<sup>2</sup> litres, says the <abbr title="Harbour Authority">HA</abbr>.\n\n{/* checked with the port */}\n',
    );
    const { container } = render(<MdxContent code={code} />);
    expect(container.querySelector('sup')?.textContent).toBe('2');
    expect(container.querySelector('abbr')?.getAttribute('title')).toBe('Harbour Authority');
    expect(container.textContent).not.toContain('checked with the port');
  });

  it('refuses with the body rules’ own message and position', () => {
    expect(() => compileMdx('Fine.\n\n<sup class="x">2</sup>')).toThrow(
      'MDX body not allowed (body line 3, column 6): body: <sup> has no attribute "class"; it takes no attributes',
    );
    expect(() => compileMdx('[x](javascript:alert(1))')).toThrow(/"javascript:" links are not allowed/);
  });

  it('returns the same code for the same source (cached)', () => {
    expect(compileMdx('Same.')).toBe(compileMdx('Same.'));
  });
});
