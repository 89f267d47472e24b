// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Corrections } from '@/components/article/corrections';

afterEach(cleanup);

describe('Corrections', () => {
  it('renders nothing when there is no correction', () => {
    const { container } = render(<Corrections corrections={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('is a region named by its heading, listing each correction with its date in a time element', () => {
    const corrections = [
      { date: '2026-05-13T14:00:00.000Z', text: 'An earlier version gave the vote as 19 to 11. It was 19 to 12.' },
      { date: '2026-05-14T09:30:00.000Z', text: 'The council leader’s name was misspelt.' },
    ];
    render(<Corrections corrections={corrections} />);
    const box = screen.getByRole('region', { name: 'Corrections' });
    expect(within(box).getByRole('heading', { level: 2 }).textContent).toBe('Corrections');
    const items = within(box).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '13 May 2026: An earlier version gave the vote as 19 to 11. It was 19 to 12.',
      '14 May 2026: The council leader’s name was misspelt.',
    ]);
    expect([...box.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual(
      corrections.map((c) => c.date),
    );
  });

  it('says "Correction" for a single one', () => {
    render(<Corrections corrections={[{ date: '2026-05-13T14:00:00.000Z', text: 'Fixed.' }]} />);
    expect(screen.getByRole('region', { name: 'Correction' })).toBeTruthy();
  });
});
