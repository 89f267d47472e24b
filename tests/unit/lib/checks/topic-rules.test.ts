import { describe, expect, it } from 'vitest';
import { analyseArticle, compareProblems, type RuleContext } from '@/lib/checks/article-rules';
import type { ArticleEntry, SiteContext } from '@/lib/checks/site-rules';
import { analyseTopic, checkTopics } from '@/lib/checks/topic-rules';
import { sectionSlugs } from '@/lib/config/sections';
import { MAX_PINNED_STORIES, topicFields } from '@/lib/content/schema';

const ctx: RuleContext = {
  sections: sectionSlugs,
  authorSlugs: new Set(['ann-lee']),
  imageInfo: (src) =>
    src === '/images/narrow.jpg'
      ? { kind: 'image', type: 'jpg', width: 800, height: 450 }
      : { kind: 'image', type: 'jpg', width: 1600, height: 900 },
};

function article(
  slug: string,
  { section = 'politics', tags = ['transport'], publishedAt = '2026-05-12T09:00:00-04:00', draft = false } = {},
): ArticleEntry {
  const text = `---
title: Headline of ${slug}
standfirst: A standfirst long enough to say what happened and why it matters to readers.
publishedAt: ${publishedAt}
author: ann-lee
section: ${section}
tags:
${tags.map((t) => `  - ${t}`).join('\n')}
hero:
  src: /images/hero.jpg
  alt: Illustration of a harbour street
  caption: The street.
  credit: 'Illustration: The Meridian'
draft: ${draft}
---

The body.
`;
  return { path: `content/articles/2026/${slug}.mdx`, facts: analyseArticle(text) };
}

const articles: ArticleEntry[] = [
  article('harbour-vote'),
  article('ferry-explainer', { publishedAt: '2026-11-03T08:00:00-05:00' }),
  article('bus-app', { section: 'technology', publishedAt: '2026-12-01T10:00:00-05:00' }),
  article('budget-draft', { tags: ['transport', 'budget-2027'], draft: true }),
  article('seagrass-survey', { section: 'science', tags: ['oceans'] }),
];

function hub(fields: string, body = 'An introduction to the topic.'): string {
  return `---
title: Getting around
standfirst: The ferry, the car-free streets and the buses of Kestrel Bay, and who decides what changes next.
${fields}
---

${body}
`;
}

function check(text: string, { file = 'content/topics/transport.mdx', now = '2026-11-15T12:00:00Z' } = {}) {
  const siteCtx: SiteContext = {
    now: new Date(now),
    sections: sectionSlugs,
    authorSlugs: ctx.authorSlugs,
    publicFileExists: () => false,
  };
  return checkTopics([{ path: file, text }], articles, ctx, siteCtx)
    .sort(compareProblems)
    .map((p) => `${p.line}:${p.column}: ${p.field}: ${p.severity}: ${p.message}`);
}

describe('topic hub rules', () => {
  it('accept a hub of a used tag whose pinned stories are published stories of the tag', () => {
    expect(check(hub('pinned:\n  - /politics/harbour-vote\n  - /politics/ferry-explainer'))).toEqual([]);
  });

  it('take the field rules from the schema: unknown fields are named with the schema’s fields', () => {
    const found = check(hub('summary: A line.'));
    expect(found).toEqual([`4:1: summary: error: unknown field; known fields: ${Object.keys(topicFields).join(', ')}`]);
  });

  it('report a file name that is no tag any article uses, suggesting the nearest tag', () => {
    expect(check(hub(''), { file: 'content/topics/transprot.mdx' })).toEqual([
      '1:1: tag: error: unknown tag "transprot": no article is tagged "transprot"; did you mean "transport" (content/topics/transport.mdx)?',
    ]);
    expect(check(hub(''), { file: 'content/topics/farming.mdx' })).toEqual([
      '1:1: tag: error: unknown tag "farming": no article is tagged "farming"; name the file after a tag the articles use',
    ]);
  });

  it('accept a tag used only by a scheduled story (the hub appears with the tag’s page) but not one used only by drafts', () => {
    expect(check(hub(''), { file: 'content/topics/budget-2027.mdx' })[0]).toContain(
      'only drafts are tagged "budget-2027"',
    );
  });

  it('warn about a pinned story scheduled after now, and stop once it is published (the clock is passed in)', () => {
    const text = hub('pinned:\n  - /technology/bus-app');
    expect(check(text, { now: '2026-11-15T12:00:00Z' })).toEqual([
      '5:5: pinned: warning: /technology/bus-app is scheduled for 2026-12-01T10:00:00-05:00: the hub shows it from then, by itself',
    ]);
    expect(check(text, { now: '2026-12-01T15:00:00Z' })).toEqual([]);
  });

  it('refuse pinned drafts, missing stories and stories of another tag, each where it is written', () => {
    const found = check(
      hub('pinned:\n  - /politics/budget-draft\n  - /science/harbour-vote\n  - /science/seagrass-survey'),
    );
    expect(found).toEqual([
      '5:5: pinned: error: /politics/budget-draft is a draft (content/articles/2026/budget-draft.mdx): readers would never see it pinned; publish it first or remove it',
      '6:5: pinned: error: no article at /science/harbour-vote; did you mean /politics/harbour-vote?',
      '7:5: pinned: error: /science/seagrass-survey is not tagged "transport": a hub pins its own tag\'s stories; add "transport" to the tags of content/articles/2026/seagrass-survey.mdx, or remove it here',
    ]);
  });

  it(`refuse more than ${MAX_PINNED_STORIES} pinned stories, at the first one too many`, () => {
    const addresses = Array.from({ length: MAX_PINNED_STORIES + 1 }, (_, i) => `  - /politics/story-${i}`).join('\n');
    const facts = analyseTopic(hub(`pinned:\n${addresses}`));
    expect(facts.problems).toEqual([
      expect.objectContaining({ line: 5 + MAX_PINNED_STORIES, column: 5, field: 'pinned', severity: 'error' }),
    ]);
    expect(facts.pinned).toHaveLength(MAX_PINNED_STORIES + 1);
  });

  it('apply the article hero rules and the body allow-list to the hero and the introduction', () => {
    const found = check(
      hub(
        'hero:\n  src: /images/narrow.jpg\n  alt: Image of a street\n  caption: The street.\n  credit: Illustration',
        'Read [the vote](/politics/harbour-votes).\n\n<script>alert(1)</script>',
      ),
    );
    expect(found).toEqual([
      '5:8: hero.src: error: public/images/narrow.jpg is 800 px wide; heroes and images in the body must be at least 1200 px wide (Google Discover shows large previews only from 1200 px)',
      expect.stringMatching(/^6:8: hero\.alt: error: "Image of a street" starts by saying it is an image/),
      '11:6: body.link: error: no article at /politics/harbour-votes',
      expect.stringMatching(/^13:1: body: error: <script> is not allowed/),
    ]);
  });
});
