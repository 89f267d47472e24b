import { describe, expect, it } from 'vitest';
import { groupByDesk, mastheadPeople } from '@/lib/content/masthead';
import { desks } from '@/lib/config/desks';
import { makeAuthor } from '../../../fixtures/articles';

const people = [
  makeAuthor({ slug: 'tomas-lindqvist', name: 'Tomas Lindqvist', desk: 'business' }),
  makeAuthor({ slug: 'world-desk', name: 'World Desk', desk: 'world' }),
  makeAuthor({ slug: 'priya-raman', name: 'Priya Raman', desk: 'technology-science' }),
  makeAuthor({ slug: 'daniel-reyes', name: 'Daniel Reyes', desk: 'standards' }),
  makeAuthor({ slug: 'amara-okafor', name: 'Amara Okafor', desk: 'technology-science' }),
  makeAuthor({ slug: 'margaret-osei', name: 'Margaret Osei', desk: 'editors' }),
];

describe('groupByDesk', () => {
  it('lists the desks in the configured order, each with its people by name', () => {
    expect(groupByDesk(people).map(({ desk, people }) => [desk.slug, people.map((p) => p.slug)])).toEqual([
      ['editors', ['margaret-osei']],
      ['standards', ['daniel-reyes']],
      ['world', ['world-desk']],
      ['business', ['tomas-lindqvist']],
      ['technology-science', ['amara-okafor', 'priya-raman']],
    ]);
  });

  it('follows lib/config/desks.ts: its order, whatever the order of the authors', () => {
    const order = desks.map((d) => d.slug);
    const grouped = groupByDesk([...people].reverse()).map(({ desk }) => order.indexOf(desk.slug));
    expect(grouped).toEqual([...grouped].sort((a, b) => a - b));
  });

  it('lists no desk without people, and nothing for no authors', () => {
    expect(groupByDesk(people).map(({ desk }) => desk.slug)).not.toContain('sport');
    expect(groupByDesk([])).toEqual([]);
  });

  it('orders names alphabetically regardless of case and accents', () => {
    const grouped = groupByDesk([
      makeAuthor({ slug: 'b', name: 'Émile Durand', desk: 'culture' }),
      makeAuthor({ slug: 'c', name: 'zoë Adler', desk: 'culture' }),
      makeAuthor({ slug: 'a', name: 'Ada Holt', desk: 'culture' }),
    ]);
    expect(grouped[0]?.people.map((p) => p.name)).toEqual(['Ada Holt', 'Émile Durand', 'zoë Adler']);
  });
});

describe('mastheadPeople', () => {
  it('is everyone on the masthead in the order it shows them', () => {
    expect(mastheadPeople({ desks: groupByDesk(people) }).map((p) => p.slug)).toEqual([
      'margaret-osei',
      'daniel-reyes',
      'world-desk',
      'tomas-lindqvist',
      'amara-okafor',
      'priya-raman',
    ]);
  });
});
