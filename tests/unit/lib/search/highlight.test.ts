import { describe, expect, it } from 'vitest';
import { highlightTerms, segmentsFromMarkedHtml } from '@/lib/search/highlight';

describe('segmentsFromMarkedHtml', () => {
  it('turns Pagefind’s <mark> runs into marked segments and unescapes the text', () => {
    expect(segmentsFromMarkedHtml('after <mark>Pyongyang’s</mark> tests &amp; more &lt;b&gt;')).toEqual([
      { text: 'after ', marked: false },
      { text: 'Pyongyang’s', marked: true },
      { text: ' tests & more <b>', marked: false },
    ]);
  });

  it('never lets other markup through as markup', () => {
    const segments = segmentsFromMarkedHtml('<img src=x onerror=alert(1)>safe <mark>word</mark>');
    expect(segments).toEqual([
      { text: 'safe ', marked: false },
      { text: 'word', marked: true },
    ]);
  });
});

describe('highlightTerms', () => {
  it('marks words that start with a term, keeping the text as written', () => {
    expect(highlightTerms('The Harbour district, harbours and Café', ['harb', 'cafe'])).toEqual([
      { text: 'The ', marked: false },
      { text: 'Harbour', marked: true },
      { text: ' district, ', marked: false },
      { text: 'harbours', marked: true },
      { text: ' and ', marked: false },
      { text: 'Café', marked: true },
    ]);
  });

  it('does not mark a term found inside a word', () => {
    expect(highlightTerms('Unharboured', ['harb'])).toEqual([{ text: 'Unharboured', marked: false }]);
  });

  it('returns the text unmarked when there are no terms', () => {
    expect(highlightTerms('Plain', [])).toEqual([{ text: 'Plain', marked: false }]);
  });
});
