/**
 * The property the body allow-list exists for: whatever `npm run check` accepts, the build accepts
 * and the page and its feeds render. Every clean fixture, every shipped article and author, and a
 * body generated from lib/mdx/allow-list.ts itself go through the real checker, the real compiler
 * and the real page and feed renderers.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { Nodes } from 'mdast';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { feedMdxComponents, renderFeedArticleHtml } from '@/components/feed/feed-article';
import type { BodyComponents } from '@/components/mdx/body-components';
import { Figure, mdxComponents, PullQuote } from '@/components/mdx/mdx-components';
import { MdxContent } from '@/components/mdx/mdx-content';
import { analyseArticle, formatProblem } from '@/lib/checks/article-rules';
import { checkContent } from '@/lib/checks/runner';
import {
  BODY_COMPONENTS,
  BODY_HTML_ELEMENTS,
  elementRule,
  shownText,
  type ElementRule,
  type ElementSpec,
} from '@/lib/mdx/allow-list';
import { compileMdx } from '@/lib/mdx/compile';
import { parseMdx } from '@/lib/mdx/parse';
import { makeArticle } from '../../../fixtures/articles';

const CLEAN = path.resolve('tests/fixtures/content-clean');
const SHIPPED = process.cwd();
/** The clock the fixtures are written for: after every published fixture, before the scheduled one. */
const FIXTURE_NOW = new Date('2026-11-15T12:00:00Z');

function mdxFiles(root: string): string[] {
  return readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join('content', name))
    .sort();
}

function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Runs `render` with `root` as the working directory, where pages find public/ images. */
function inRoot<T>(root: string, render: () => T): T {
  const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root);
  try {
    return render();
  } finally {
    cwd.mockRestore();
  }
}

// The checker's worker threads need Node's own environment, so the DOM is happy-dom's, made here.
const domParser = new new Window().DOMParser();
const parseHtml = (html: string) => domParser.parseFromString(`<body>${html}</body>`, 'text/html');
type RenderedDocument = ReturnType<typeof parseHtml>;
type Rendered = { page: RenderedDocument; feed: RenderedDocument };

/** The body compiled as pages compile it, rendered by the page's and the feed's real renderers. */
async function renderBoth(root: string, body: string): Promise<Rendered> {
  const code = compileMdx(body);
  const pageHtml = inRoot(root, () => renderToStaticMarkup(<MdxContent code={code} />));
  const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root);
  let feedHtml: string;
  try {
    feedHtml = await renderFeedArticleHtml(makeArticle({ slug: 'story' }), code);
  } finally {
    cwd.mockRestore();
  }
  return { page: parseHtml(pageHtml), feed: parseHtml(feedHtml) };
}

/** What a rendering of `body` must contain: every text, every shown attribute, every alt text, every HTML element. */
type Expected = { texts: string[]; alts: string[]; elements: { tag: string; attributes: [string, string][] }[] };

function expectedFrom(body: string): Expected {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(`syntax error: ${parsed.reason}`);
  const expected: Expected = { texts: [], alts: [], elements: [] };
  const visit = (node: Nodes) => {
    if (node.type === 'text' && node.value.trim() !== '') expected.texts.push(squash(node.value));
    if (node.type === 'image' && node.alt) expected.alts.push(node.alt);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const rule = elementRule(node.name);
      const attributes: [string, string][] = [];
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const text = rule?.text.get(attribute.name);
        if (rule && text === 'shown') expected.texts.push(squash(shownText(rule, attribute.name, attribute.value)));
        if (text === 'alternative') expected.alts.push(attribute.value);
        attributes.push([attribute.name, attribute.value]);
      }
      if (rule?.kind === 'html') expected.elements.push({ tag: node.name, attributes });
      if (rule?.children === false) return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parsed.tree);
  return expected;
}

function expectRendered(doc: RenderedDocument, expected: Expected, where: string): void {
  const text = squash(doc.body.textContent ?? '');
  for (const wanted of expected.texts) expect(text, `${where}: text`).toContain(wanted);
  const alts = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('alt'));
  for (const alt of expected.alts) expect(alts, `${where}: alt text`).toContain(alt);
  for (const { tag, attributes } of expected.elements) {
    const found = [...doc.querySelectorAll(tag)].some((element) =>
      attributes.every(([name, value]) => element.getAttribute(name) === value),
    );
    expect(found, `${where}: <${tag}> with ${JSON.stringify(attributes)}`).toBe(true);
  }
}

/** Error lines of the checker's report, by file. */
async function checkerErrors(root: string, now?: Date): Promise<string[]> {
  const report = await checkContent(root, { now, since: false, cache: false });
  return report.problems.filter((p) => p.severity === 'error').map(formatProblem);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the component maps', () => {
  it('must have an entry for every listed component: a map without one does not compile', () => {
    // @ts-expect-error Callout is in the allow-list but missing from this map (tsc fails if it is not an error)
    const incomplete: BodyComponents = { Figure, PullQuote };
    expect(Object.keys(incomplete)).not.toContain('Callout');
    expect(Object.keys(mdxComponents)).toEqual(expect.arrayContaining(Object.keys(BODY_COMPONENTS)));
    expect(Object.keys(feedMdxComponents)).toEqual(expect.arrayContaining(Object.keys(BODY_COMPONENTS)));
  });
});

describe.each([
  ['the clean fixtures', CLEAN, FIXTURE_NOW],
  ['the shipped example content', SHIPPED, undefined],
])('%s', (_name, root, now) => {
  const files = mdxFiles(root);

  it('are all accepted by the checker', async () => {
    expect(files.length).toBeGreaterThan(4);
    expect(await checkerErrors(root, now)).toEqual([]);
  });

  it.each(files)('%s compiles and renders in the page and the feed', async (file) => {
    const body = bodyOf(readFileSync(path.join(root, file), 'utf8'));
    const expected = expectedFrom(body);
    expect(expected.texts.length).toBeGreaterThan(0);
    const { page, feed } = await renderBoth(root, body);
    expectRendered(page, expected, `${file} page`);
    expectRendered(feed, expected, `${file} feed`);
  });
});

/** A value for an attribute in the generated body: a real, wide enough image for `src`, a date for a date, else words. */
function sampleValue(element: string, attribute: string): string {
  if (elementRule(element)?.values.get(attribute) === 'calendar-date') return '2024-03-12';
  // An <Embed> takes a provider's address, a width:height ratio and one of our images as its poster.
  const embed: Record<string, string> = {
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    aspect: '4:3',
    poster: '/images/figure-quay.jpg',
  };
  if (element === 'Embed' && embed[attribute] !== undefined) return embed[attribute];
  return attribute === 'src' ? '/images/figure-quay.jpg' : `${element} ${attribute} words`;
}

function sampleElement(name: string, spec: ElementSpec, flow: boolean): string {
  const attributes = Object.keys(spec.attributes)
    .map((attribute) => ` ${attribute}="${sampleValue(name, attribute)}"`)
    .join('');
  if (!spec.children) return `<${name}${attributes} />`;
  if (spec.contains) {
    // As few children as it takes, in the order it takes them (a Question, then an Answer).
    const { elements, min } = spec.contains;
    const children = Array.from({ length: min }, (_, i) => elements[i % elements.length] ?? '').map((child) =>
      sampleElement(child, componentSpec(child), true),
    );
    return `<${name}${attributes}>\n\n${children.join('\n\n')}\n\n</${name}>`;
  }
  const inner = `${name} inner words`;
  return flow ? `<${name}${attributes}>\n\n${inner}.\n\n</${name}>` : `<${name}${attributes}>${inner}</${name}>`;
}

function componentSpec(name: string): ElementSpec {
  const entry = Object.entries(BODY_COMPONENTS).find(([listed]) => listed === name);
  if (!entry) throw new Error(`<${name}> is not a listed component`);
  return entry[1];
}

/** Whether the component goes anywhere, not only inside the components that contain it (generated there). */
const standalone = ([, spec]: [string, ElementSpec]) => spec.placement !== 'parent';

/** The rule of a listed component. */
function ruleOf(name: string): ElementRule {
  const rule = elementRule(name);
  if (!rule) throw new Error(`<${name}> is not listed`);
  return rule;
}

/** A body using every allowed component and HTML element, each with every attribute it takes. */
function generatedBody(): string {
  const components = Object.entries(BODY_COMPONENTS)
    .filter(standalone)
    .map(([name, spec]) => sampleElement(name, spec, true));
  const html = Object.entries(BODY_HTML_ELEMENTS).map(
    ([name, spec]) => `Before ${sampleElement(name, spec, false)} after.`,
  );
  return [...components, ...html].join('\n\n');
}

describe('a body generated from the allow-list, with every element and attribute', () => {
  const body = generatedBody();
  let site: string;

  beforeAll(() => {
    site = mkdtempSync(path.join(tmpdir(), 'allow-list-'));
    cpSync(CLEAN, site, { recursive: true });
    const base = readFileSync(path.join(CLEAN, 'content/articles/2026/harbour-vote.mdx'), 'utf8');
    const frontmatter = base.slice(0, base.length - bodyOf(base).length);
    mkdirSync(path.join(site, 'content/articles/2026'), { recursive: true });
    writeFileSync(path.join(site, 'content/articles/2026/harbour-vote.mdx'), `${frontmatter}\n${body}\n`);
  });

  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
  });

  it('uses every listed component and element', () => {
    for (const name of [...Object.keys(BODY_COMPONENTS), ...Object.keys(BODY_HTML_ELEMENTS)])
      expect(body).toContain(`<${name}`);
  });

  it('passes the checker', async () => {
    expect(await checkerErrors(site, FIXTURE_NOW)).toEqual([]);
  });

  it('compiles and renders every element, attribute and text in the page and the feed', async () => {
    const expected = expectedFrom(body);
    expect(expected.elements.map((e) => e.tag)).toEqual(Object.keys(BODY_HTML_ELEMENTS));
    const { page, feed } = await renderBoth(site, body);
    for (const [where, doc] of [
      ['page', page],
      ['feed', feed],
    ] as const) {
      expectRendered(doc, expected, `generated body ${where}`);
      for (const [name, spec] of Object.entries(BODY_COMPONENTS)) {
        const text = squash(doc.body.textContent ?? '');
        if (spec.children && !('contains' in spec)) expect(text, `${where}: ${name}`).toContain(`${name} inner words.`);
        for (const [attribute, { text: kind }] of Object.entries(spec.attributes)) {
          const shown = shownText(ruleOf(name), attribute, sampleValue(name, attribute));
          if (kind === 'shown') expect(text, `${where}: ${name} ${attribute}`).toContain(shown);
        }
      }
      expect(doc.querySelector('img[alt="Figure alt words"]'), `${where}: Figure`).not.toBeNull();
      expect(doc.querySelector('abbr')?.getAttribute('title')).toBe('abbr title words');
      expect(doc.querySelector('br')).not.toBeNull();
    }
  });
});

describe('regression: <sup> and <abbr>, which the checker allowed and the compiler refused', () => {
  const sentence = 'Water use rose by 10<sup>2</sup> litres, says the <abbr title="Harbour Authority">HA</abbr>.';
  const file = path.join(SHIPPED, mdxFiles(SHIPPED).find((name) => name.includes('/articles/')) ?? '');
  const text = `${readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`;

  it('is accepted by the checker', () => {
    expect(analyseArticle(text).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('compiles and renders in the page and the feed', async () => {
    const { page, feed } = await renderBoth(SHIPPED, bodyOf(text));
    for (const doc of [page, feed]) {
      expect(doc.body.innerHTML).toContain(
        '10<sup>2</sup> litres, says the <abbr title="Harbour Authority">HA</abbr>.',
      );
    }
  });
});
