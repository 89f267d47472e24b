// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { compileMdx } from '@/lib/mdx/compile';

afterEach(cleanup);

const body = [
  '<QandA>',
  '<Question>Who pays for it?</Question>',
  '<Answer>A national transport grant, for the most part.</Answer>',
  '',
  '<Question>',
  '',
  'When do the streets *close*?',
  '',
  '</Question>',
  '',
  '<Answer>',
  '',
  'From April, between 10am and 7pm.',
  '',
  'Deliveries are allowed early and late.',
  '',
  '</Answer>',
  '</QandA>',
].join('\n');

describe('QandA', () => {
  it('is a description list: each question a term, its answer the description after it', () => {
    const { container } = render(<MdxContent code={compileMdx(body)} />);
    const list = container.querySelector('dl');
    expect(list).not.toBeNull();
    // Only <dt> and <dd> directly inside, whichever way the questions were written.
    expect([...(list?.children ?? [])].map((child) => child.tagName)).toEqual(['DT', 'DD', 'DT', 'DD']);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Who pays for it?',
      'When do the streets close?',
    ]);
    expect(screen.getAllByRole('definition').map((answer) => answer.textContent)).toEqual([
      'A national transport grant, for the most part.',
      'From April, between 10am and 7pm.Deliveries are allowed early and late.',
    ]);
  });

  it('adds no heading, whose level could break the article’s outline', () => {
    render(<MdxContent code={compileMdx(body)} />);
    expect(screen.queryAllByRole('heading')).toEqual([]);
  });
});
