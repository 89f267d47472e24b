import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '@/lib/mdx/parse';
import { altTextProblem, firstBodyError, inspectMdxTree } from '@/lib/mdx/body-rules';

function inspect(body: string) {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(`unexpected syntax error: ${parsed.reason}`);
  return inspectMdxTree(parsed.tree, { firstLine: 1, captionWarnings: true });
}

function errors(body: string): string[] {
  return inspect(body)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`);
}

describe('altTextProblem', () => {
  it('accepts a description of what the image shows', () => {
    expect(altTextProblem('Illustration of a harbour street with a cycle lane', '/images/harbour.jpg')).toBeUndefined();
    expect(altTextProblem('Photograph of the mayor at the quay', '/images/mayor.jpg')).toBeUndefined();
  });

  it('refuses empty text, file names and "image of"', () => {
    expect(altTextProblem('  ', '/images/a.jpg')).toMatch(/must not be empty/);
    expect(altTextProblem('harbour-vote.jpg')).toMatch(/looks like a file name/);
    expect(altTextProblem('DSC_0042')).toMatch(/looks like a file name/);
    expect(altTextProblem('Harbour vote', '/images/harbour_vote.jpg')).toMatch(/looks like a file name/);
    expect(altTextProblem('An image of the harbour')).toMatch(/starts by saying it is an image/);
    expect(altTextProblem('picture showing the quay')).toMatch(/starts by saying it is an image/);
  });
});

describe('inspectMdxTree: nothing in a body may run code', () => {
  it('allows Markdown, the site components, harmless HTML and comments', () => {
    const body = [
      '## A subhead',
      '',
      'Text with *emphasis*, [a link](https://example.com), [mail](mailto:a@example.com), x<sup>2</sup> and <abbr title="National Transport Fund">NTF</abbr>.',
      '',
      '<PullQuote cite="A. Person">Words.</PullQuote>',
      '',
      '{/* a note for editors */}',
    ].join('\n');
    expect(errors(body)).toEqual([]);
  });

  it('refuses code hidden between comments in an expression', () => {
    expect(errors('{/* a */ alert(1) /* b */}')).toEqual([
      '1:1 body: {…} expressions are not allowed: they run code when the page is built and rendered; to show a brace, write \\{',
    ]);
    expect(errors('Text {/* a */ fetch("/x") /* b */} more.')).toHaveLength(1);
    expect(errors('{/* a */ /* b */}')).toEqual([]);
  });

  it('refuses fragments, member names, spread attributes, SVG and attributes without values', () => {
    expect(errors('<>text</>')).toEqual(['1:1 body: fragments (<>…</>) are not allowed; write plain Markdown']);
    expect(errors('<a.b />')[0]).toMatch(/unknown component <a.b>/);
    expect(errors('<PullQuote {...props}>x</PullQuote>')).toEqual([
      '1:12 body: <PullQuote {…}>: spread attributes are not allowed: they run code',
    ]);
    expect(errors('<svg onload="x"></svg>')[0]).toMatch(/<svg> is not allowed/);
    expect(errors('<Callout title>\n\nx\n\n</Callout>')).toEqual([
      '1:10 body: <Callout title> needs a value in quotes, like title="…"',
    ]);
    expect(errors('<sup class="x">2</sup>')).toEqual([
      '1:6 body: <sup> has no attribute "class"; it takes no attributes',
    ]);
  });

  it('refuses unsafe link schemes wherever a link address is written', () => {
    expect(errors('[x](data:text/html,hi)')[0]).toMatch(/"data:" links are not allowed/);
    expect(errors('[x][ref]\n\n[ref]: vbscript:msgbox')[0]).toMatch(/"vbscript:" links are not allowed/);
    expect(errors('[x](//evil.example/path)')[0]).toMatch(/has no scheme/);
  });

  it('checks images given by reference, and collects images and internal links', () => {
    const facts = inspect(
      '![A quay at dusk][quay] and [the vote](/politics/harbour-vote#top)\n\n[quay]: /images/quay.jpg',
    );
    expect(facts.images.map((i) => i.src.value)).toEqual(['/images/quay.jpg']);
    expect(facts.links.map((l) => l.value)).toEqual(['/politics/harbour-vote#top', '/images/quay.jpg']);
  });

  it('gives the MDX compiler the first error (the contentlayer build uses it)', () => {
    const parsed = parseMdx('Fine.\n\n<iframe src="x"></iframe>');
    expect(parsed.ok && firstBodyError(parsed.tree)).toMatchObject({ line: 3, column: 1, field: 'body' });
  });
});

/** Every MDX file the tests and the site use: fixtures and shipped content. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(dir, name));
}

function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

describe('parseMdx agrees with the MDX compiler', () => {
  const files = [...mdxFiles('tests/fixtures'), ...mdxFiles('content')];

  it('on every fixture and every shipped file: it fails exactly where compiling fails', async () => {
    expect(files.length).toBeGreaterThan(60);
    const disagreements: string[] = [];
    let syntaxErrors = 0;
    for (const file of files) {
      const body = bodyOf(readFileSync(file, 'utf8'));
      const parsed = parseMdx(body).ok;
      const compiled = await compile(body).then(
        () => true,
        () => false,
      );
      if (!parsed) syntaxErrors++;
      if (parsed !== compiled) disagreements.push(`${file}: parse ${parsed}, compile ${compiled}`);
    }
    expect(disagreements).toEqual([]);
    expect(syntaxErrors).toBeGreaterThanOrEqual(3);
  });
});
