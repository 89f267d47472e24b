import { describe, expect, it } from 'vitest';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderLiveEntryHtml } from '@/components/live/live-entry';
import { compileMdx } from '@/lib/mdx/compile';
import { makeLiveEntry } from '../../../fixtures/articles';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
  const out: Element[] = [];
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    if ('tagName' in child) out.push(child);
    out.push(...elements(child));
  }
  return out;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const withEmbed = compileMdx(
  `The minister spoke to reporters.\n\n<Embed url="${YOUTUBE}" title="The minister’s statement" />\n`,
);

function fragment(id: string) {
  return renderLiveEntryHtml({
    entry: makeLiveEntry({ id, title: `Entry ${id}`, publishedAt: '2026-12-02T12:00:00.000Z' }),
    blogUrl: '/world/the-vote',
    authorName: 'World Desk',
    code: withEmbed,
  });
}

describe('renderLiveEntryHtml: an entry as the updates endpoint sends it', () => {
  it('renders an entry with an embed as the server card, with its link to the original', async () => {
    const html = await fragment('a1');
    const all = elements(parseFragment(html));
    const entry = all.find((el) => el.tagName === 'article');
    expect(entry && attr(entry, 'id')).toBe('entry-a1');
    const card = all.find((el) => attr(el, 'data-embed') !== undefined);
    expect(card && attr(card, 'data-embed-url')).toBe(YOUTUBE);
    const open = all.find((el) => el.tagName === 'a' && attr(el, 'href') === YOUTUBE);
    expect(open).toBeDefined();
  });

  it('gives the ids React makes a prefix per entry, so two fragments on one page never share an id', async () => {
    const [one, two] = await Promise.all([fragment('a1'), fragment('b2')]);
    const ids = (html: string) =>
      elements(parseFragment(html))
        .map((el) => attr(el, 'id'))
        .filter((id): id is string => id !== undefined);
    const first = ids(one);
    const second = ids(two);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    // Each fragment's aria-describedby still points at an element inside it.
    for (const html of [one, two]) {
      const all = elements(parseFragment(html));
      const button = all.find((el) => attr(el, 'data-embed-load') !== undefined);
      const described = button && attr(button, 'aria-describedby');
      expect(described).toBeTruthy();
      expect(ids(html)).toContain(described);
    }
  });
});
