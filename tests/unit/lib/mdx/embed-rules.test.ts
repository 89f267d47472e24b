import { describe, expect, it } from 'vitest';
import { EMBED_PROVIDER_LIST } from '@/lib/config/embed-providers';
import { firstBodyError, inspectMdxTree } from '@/lib/mdx/body-rules';
import { parseMdx } from '@/lib/mdx/parse';

function inspect(body: string) {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(`unexpected syntax error: ${parsed.reason}`);
  return inspectMdxTree(parsed.tree, { firstLine: 10, captionWarnings: true });
}

function errors(body: string): string[] {
  return inspect(body)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`);
}

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('the Embed rule', () => {
  it('accepts an embed of a provider, with its optional poster and shape', () => {
    const body = `Before.\n\n<Embed url="${YOUTUBE}" title="A video" aspect="4:3" poster="/images/a.jpg" />\n`;
    expect(errors(body)).toEqual([]);
    // The poster goes through the image checks (file, type, width) like a <Figure>'s src.
    expect(inspect(body).images).toEqual([
      { field: 'Embed.poster', src: { value: '/images/a.jpg', line: 12, column: 87 }, kind: 'body' },
    ]);
  });

  it('reports each problem where its attribute is written', () => {
    expect(errors('<Embed url="https://example.com/v" title="A" />')).toEqual([
      `10:8 Embed.url: "https://example.com/v" is not from a site we embed: <Embed> takes addresses from ${EMBED_PROVIDER_LIST}`,
    ]);
    expect(
      errors(`<Embed\n  url="${YOUTUBE}"\n  title=" "\n  aspect="wide"\n  poster="https://cdn.example/p.jpg"\n/>`),
    ).toEqual([
      '12:3 Embed.title: must not be empty: say what the embed shows; it is its name for screen readers',
      '13:3 Embed.aspect: aspect="wide" is not a width:height ratio: write it like 16:9, 4:3, 1:1 or 9:16',
      '14:3 Embed.poster: "https://cdn.example/p.jpg" is not a path under public/: upload the image to public/images/ and use its path, e.g. /images/2026/photo.jpg',
    ]);
    expect(errors(`<Embed url="${YOUTUBE}" title="A" poster="" />`)).toEqual([
      '10:68 Embed.poster: the image has no address: give the path of a file under public/, e.g. /images/2026/photo.jpg',
    ]);
    expect(errors('<Embed title="A" />')).toEqual(['10:1 Embed.url: <Embed> needs url="…"']);
  });

  it('wants a block of its own, not a place inside a paragraph', () => {
    expect(errors(`Words <Embed url="${YOUTUBE}" title="A" /> more words.`)).toEqual([
      '10:7 Embed: <Embed> must be on lines of its own, with a blank line before and after it',
    ]);
  });

  it('still refuses the HTML <embed> element, in any case', () => {
    for (const tag of ['embed', 'EMBED', 'eMbed']) {
      expect(errors(`<${tag} src="https://example.com/x.swf" />`)[0]).toMatch(new RegExp(`<${tag}> is not allowed`));
    }
  });

  it('is applied by the compiler too', () => {
    const parsed = parseMdx('<Embed url="https://example.com/v" title="A" />');
    if (!parsed.ok) throw new Error('syntax');
    expect(firstBodyError(parsed.tree)?.field).toBe('Embed.url');
  });
});
