import { describe, expect, it } from 'vitest';
import { redirectTable } from '@/lib/content/redirects';

const now = new Date('2026-06-01T00:00:00Z');
const article = (url: string, redirectFrom: string[], extra: Partial<{ draft: boolean; publishedAt: string }> = {}) => ({
  url,
  redirectFrom,
  draft: false,
  publishedAt: '2026-05-12T13:00:00.000Z',
  ...extra,
});

describe('redirectTable', () => {
  it('sends every old address of a published article to its current address with a permanent (308) redirect', () => {
    expect(
      redirectTable([article('/politics/harbour-vote', ['/world/harbour-vote', '/2019/05/harbour.html'])], now),
    ).toEqual([
      { source: '/2019/05/harbour.html', destination: '/politics/harbour-vote', permanent: true },
      { source: '/world/harbour-vote', destination: '/politics/harbour-vote', permanent: true },
    ]);
  });

  it('gives drafts and scheduled articles no redirects yet, so an embargoed address is never revealed', () => {
    const table = redirectTable(
      [
        article('/world/a-draft', ['/world/old-draft'], { draft: true }),
        article('/world/embargoed', ['/world/old-embargoed'], { publishedAt: '2026-06-02T00:00:00.000Z' }),
      ],
      now,
    );
    expect(table).toEqual([]);
    expect(
      redirectTable([article('/world/embargoed', ['/world/old-embargoed'], { publishedAt: '2026-06-02T00:00:00.000Z' })], new Date('2026-06-02T00:00:00Z')),
    ).toHaveLength(1);
  });

  it('refuses one old address claimed by two articles', () => {
    expect(() => redirectTable([article('/world/a', ['/old']), article('/world/b', ['/OLD'])], now)).toThrow(
      /"\/OLD" is claimed by both \/world\/a and \/world\/b/,
    );
  });
});
