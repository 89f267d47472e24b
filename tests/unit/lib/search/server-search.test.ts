import { describe, expect, it } from 'vitest';
import { readQuery, searchSummaries, searchTerms } from '@/lib/search/server-search';
import { makeArticle } from '../../../fixtures/articles';

const articles = [
  makeArticle({
    slug: 'harbour-vote',
    title: 'Kestrel Bay votes to pedestrianise its old harbour district',
    standfirst: 'Councillors approved a plan to close three streets to cars.',
    publishedAt: '2026-05-12T13:00:00.000Z',
  }),
  makeArticle({
    slug: 'harbour-museum',
    title: 'Customs house reopens as a museum of sound',
    standfirst: 'The harbour building holds an archive of recordings.',
    publishedAt: '2026-06-01T13:00:00.000Z',
  }),
  makeArticle({
    slug: 'summit',
    title: 'Biden hosts South Korea, Japan leaders',
    standfirst: 'Talks focus on Pyongyang’s missile tests.',
    publishedAt: '2024-11-14T15:00:00.000Z',
  }),
  makeArticle({ slug: 'cafe', title: 'A new Café opens', standfirst: 'Coffee by the water.' }),
];

describe('readQuery', () => {
  it('takes the first value, collapses spaces, trims and bounds the length', () => {
    expect(readQuery('  harbour   vote ')).toBe('harbour vote');
    expect(readQuery(['first', 'second'])).toBe('first');
    expect(readQuery(undefined)).toBe('');
    expect(readQuery('x'.repeat(500))).toHaveLength(200);
  });
});

describe('searchTerms', () => {
  it('lowercases, drops accents and punctuation', () => {
    expect(searchTerms('Café, Pyongyang’s TESTS!')).toEqual(['cafe', 'pyongyang', 's', 'tests']);
  });
});

describe('searchSummaries', () => {
  it('finds articles by a word in the headline or the standfirst', () => {
    expect(searchSummaries(articles, 'pedestrianise', 10).results.map((a) => a.slug)).toEqual(['harbour-vote']);
    expect(searchSummaries(articles, 'pyongyang', 10).results.map((a) => a.slug)).toEqual(['summit']);
  });

  it('matches the start of words, regardless of case and accents', () => {
    expect(searchSummaries(articles, 'HARB', 10).total).toBe(2);
    expect(searchSummaries(articles, 'cafe', 10).results.map((a) => a.slug)).toEqual(['cafe']);
    expect(searchSummaries(articles, 'arbour', 10).total).toBe(0);
  });

  it('needs every word of the query', () => {
    expect(searchSummaries(articles, 'harbour museum', 10).results.map((a) => a.slug)).toEqual(['harbour-museum']);
    expect(searchSummaries(articles, 'harbour zebra', 10).total).toBe(0);
  });

  it('ranks headline matches above standfirst matches, then newest first', () => {
    // "harbour" is in the vote's headline but only in the (newer) museum story's standfirst.
    expect(searchSummaries(articles, 'harbour', 10).results.map((a) => a.slug)).toEqual([
      'harbour-vote',
      'harbour-museum',
    ]);
  });

  it('bounds the results but counts every match; an empty query matches nothing', () => {
    const found = searchSummaries(articles, 'harbour', 1);
    expect(found.results).toHaveLength(1);
    expect(found.total).toBe(2);
    expect(searchSummaries(articles, '  ', 10)).toEqual({ results: [], total: 0 });
    expect(searchSummaries(articles, '?!', 10)).toEqual({ results: [], total: 0 });
  });
});
