import { describe, expect, it } from 'vitest';
import { readerText } from '@/lib/mdx/reader-text';

describe('readerText', () => {
  it('keeps the words a reader sees and drops markup, link targets and attributes', () => {
    const mdx = [
      '## Limits set by **season**',
      '',
      'Read [the treaty](/world/treaty-text) and _more_.',
      '',
      '<PullQuote cite="Mark Solano, director">The treaty gives the lake a referee.</PullQuote>',
      '',
      '<Callout title="Key facts">',
      '',
      '- Caps abstraction',
      '1. Cuts both caps',
      '',
      '</Callout>',
      '',
      '<Figure src="/images/2025/lake.jpg" alt="A map of the lake" caption="The border runs through the lake." />',
    ].join('\n');
    const text = readerText(mdx);
    expect(text).toBe(
      'Limits set by season Read the treaty and more. Mark Solano, director The treaty gives the lake a referee. Key facts Caps abstraction Cuts both caps A map of the lake The border runs through the lake.',
    );
    expect(text).not.toContain('/world/treaty-text');
    expect(text).not.toContain('/images/');
  });
});
