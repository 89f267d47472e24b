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

  it('reads the storytelling components, nested ones too: titles, dates as shown, questions and answers', () => {
    const mdx = [
      '<FactBox title="At a glance">',
      '',
      '- Three streets close',
      '',
      '</FactBox>',
      '',
      '<Timeline>',
      '<TimelineEvent date="2024-03-12" title="The vote">Councillors approve the plan.</TimelineEvent>',
      '<TimelineEvent date="2025-04" title="The closure">Cars leave the quay.</TimelineEvent>',
      '</Timeline>',
      '',
      '<Gallery title="The quay">',
      '<Figure src="/images/a.jpg" alt="A quay at dusk" caption="Before." />',
      '<Figure src="/images/b.jpg" alt="A quay at noon" credit="Illustration: The Meridian" />',
      '</Gallery>',
      '',
      '<QandA>',
      '<Question>Who pays?</Question><Answer>The national grant.</Answer>',
      '</QandA>',
    ].join('\n');
    expect(readerText(mdx)).toBe(
      'At a glance Three streets close 12 March 2024 The vote Councillors approve the plan. April 2025 The closure Cars leave the quay. The quay A quay at dusk Before. A quay at noon Illustration: The Meridian Who pays? The national grant.',
    );
  });
});
