// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx/mdx-content';
import { Timeline, TimelineEvent } from '@/components/mdx/timeline';
import { compileMdx } from '@/lib/mdx/compile';

afterEach(cleanup);

const body = [
  '<Timeline>',
  '<TimelineEvent date="2019" title="The ferry starts">A second boat joins.</TimelineEvent>',
  '',
  '<TimelineEvent date="2026-09" title="Passengers fall away">',
  '',
  'Sales drop by a *fifth*.',
  '',
  '</TimelineEvent>',
  '',
  '<TimelineEvent date="2026-11-02" title="The timetable changes">Every forty minutes.</TimelineEvent>',
  '</Timeline>',
].join('\n');

describe('Timeline', () => {
  it('is an ordered list of the events, in the order written (which the checker makes chronological)', () => {
    render(<MdxContent code={compileMdx(body)} />);
    const list = screen.getByRole('list');
    expect(list.tagName).toBe('OL');
    const events = within(list).getAllByRole('listitem');
    expect(events).toHaveLength(3);
    expect(events.map((event) => event.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2019',
      '2026-09',
      '2026-11-02',
    ]);
  });

  it('writes each date out for readers, to its precision, with the machine-readable date on <time>', () => {
    render(<MdxContent code={compileMdx(body)} />);
    const times = [...document.querySelectorAll('time')];
    expect(times.map((time) => time.textContent)).toEqual(['2019', 'September 2026', '2 November 2026']);
  });

  it('shows each event’s title and what happened, Markdown included', () => {
    render(<MdxContent code={compileMdx(body)} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first?.textContent).toBe('2019The ferry startsA second boat joins.');
    expect(within(second ?? document.body).getByText('Passengers fall away')).toBeTruthy();
    expect(second?.querySelector('em')?.textContent).toBe('fifth');
  });

  it('shows a date it cannot read as written rather than failing (the checker refuses it first)', () => {
    render(
      <Timeline>
        <TimelineEvent date="soon" title="Later">
          x
        </TimelineEvent>
      </Timeline>,
    );
    expect(document.querySelector('time')?.outerHTML).toBe('<time datetime="soon">soon</time>');
  });
});
