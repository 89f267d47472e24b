import { describe, expect, it } from 'vitest';
import { correctionsLog } from '@/lib/content/corrections-log';
import { paginate } from '@/lib/content/pagination';
import { makeArticle } from '../../../fixtures/articles';

const now = new Date('2026-03-10T12:00:00.000Z');

const older = makeArticle({
  slug: 'older',
  section: 'business',
  publishedAt: '2026-03-01T09:00:00.000Z',
  corrections: [
    { date: '2026-03-02T10:00:00.000Z', text: 'Older, first.' },
    { date: '2026-03-05T10:00:00.000Z', text: 'Older, second.' },
  ],
});
const newer = makeArticle({
  slug: 'newer',
  publishedAt: '2026-03-03T09:00:00.000Z',
  corrections: [{ date: '2026-03-04T10:00:00.000Z', text: 'Newer, only.' }],
});
const draft = makeArticle({
  slug: 'draft',
  draft: true,
  publishedAt: '2026-03-02T09:00:00.000Z',
  corrections: [{ date: '2026-03-06T10:00:00.000Z', text: 'From a draft.' }],
});
const scheduled = makeArticle({
  slug: 'scheduled',
  publishedAt: '2026-03-20T09:00:00.000Z',
  corrections: [{ date: '2026-03-21T10:00:00.000Z', text: 'From a scheduled story.' }],
});
const uncorrected = makeArticle({ slug: 'uncorrected', publishedAt: '2026-03-08T09:00:00.000Z' });

describe('correctionsLog', () => {
  it('lists every correction of every published article, newest correction first', () => {
    expect(correctionsLog([older, newer, uncorrected], { now }).map((e) => e.text)).toEqual([
      'Older, second.',
      'Newer, only.',
      'Older, first.',
    ]);
  });

  it('leaves out drafts and articles scheduled after now', () => {
    const texts = correctionsLog([older, draft, scheduled, newer], { now }).map((e) => e.text);
    expect(texts).not.toContain('From a draft.');
    expect(texts).not.toContain('From a scheduled story.');
    expect(texts).toHaveLength(3);
    // Once the scheduled article is published, its correction joins the log.
    const later = new Date('2026-03-22T00:00:00.000Z');
    expect(correctionsLog([older, draft, scheduled, newer], { now: later })[0]?.text).toBe('From a scheduled story.');
  });

  it('gives each entry its article, section, date, text and the anchor of the correction on the article', () => {
    const [first] = correctionsLog([older], { now });
    expect(first).toEqual({
      headline: 'Headline for older',
      articleUrl: '/business/older',
      section: 'business',
      date: '2026-03-05T10:00:00.000Z',
      text: 'Older, second.',
      // Oldest first on the article: the second correction is correction-2.
      anchor: 'correction-2',
      href: '/business/older#correction-2',
    });
  });

  it('breaks ties between corrections made at the same moment by the newer article first', () => {
    const at = '2026-03-07T10:00:00.000Z';
    const a = makeArticle({ slug: 'a', publishedAt: '2026-03-01T00:00:00.000Z', corrections: [{ date: at, text: 'A' }] });
    const b = makeArticle({ slug: 'b', publishedAt: '2026-03-02T00:00:00.000Z', corrections: [{ date: at, text: 'B' }] });
    expect(correctionsLog([a, b], { now }).map((e) => e.text)).toEqual(['B', 'A']);
    expect(correctionsLog([b, a], { now }).map((e) => e.text)).toEqual(['B', 'A']);
  });

  it('breaks ties within one article by its later correction first', () => {
    const at = '2026-03-07T10:00:00.000Z';
    const a = makeArticle({
      slug: 'a',
      corrections: [
        { date: at, text: 'first' },
        { date: at, text: 'second' },
      ],
    });
    expect(correctionsLog([a], { now }).map((e) => e.anchor)).toEqual(['correction-2', 'correction-1']);
  });

  it('does not modify its input, and is empty when nothing was corrected', () => {
    const input = [newer, older];
    correctionsLog(input, { now });
    expect(input).toEqual([newer, older]);
    expect(correctionsLog([uncorrected, draft], { now })).toEqual([]);
  });

  it('paginates like the other listings', () => {
    const log = correctionsLog([older, newer], { now });
    expect(paginate(log, 1, 2)?.items.map((e) => e.text)).toEqual(['Older, second.', 'Newer, only.']);
    expect(paginate(log, 2, 2)?.items.map((e) => e.text)).toEqual(['Older, first.']);
    expect(paginate(log, 2, 2)?.totalPages).toBe(2);
    expect(paginate(log, 3, 2)).toBeUndefined();
  });
});
