// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FactBox } from '@/components/mdx/fact-box';
import { MdxContent } from '@/components/mdx/mdx-content';
import { compileMdx } from '@/lib/mdx/compile';

afterEach(cleanup);

describe('FactBox', () => {
  it('is an aside named by its title, which is its heading, with the Markdown inside', () => {
    const code = compileMdx(
      '<FactBox title="At a glance">\n\n- Three streets **close**\n- A new cycle lane\n\n</FactBox>\n',
    );
    render(<MdxContent code={code} />);
    const box = screen.getByRole('complementary', { name: 'At a glance' });
    expect(within(box).getByRole('heading', { level: 2 }).textContent).toBe('At a glance');
    expect(
      within(box)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Three streets close', 'A new cycle lane']);
    expect(within(box).getByText('close').tagName).toBe('STRONG');
  });

  it('keeps together on paper', () => {
    const { container } = render(<FactBox title="Facts">Words.</FactBox>);
    expect(container.querySelector('aside')?.className).toContain('print:break-inside-avoid');
  });
});
