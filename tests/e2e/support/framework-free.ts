/**
 * What "a page without the framework" means, checked with a full HTML parser (parse5, as a browser
 * builds the tree) rather than by looking for strings, so the checks and the rewriter under test
 * (lib/serving/framework-free-html.ts, a tokenizer) do not share a blind spot.
 */
import { expect } from '@playwright/test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ENHANCEMENT_PATH } from '../../../lib/serving/enhancements';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isTemplate(node: Node): node is Template {
  return isElement(node) && node.tagName === 'template' && 'content' in node;
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s children live in its content fragment.
  return isTemplate(node) ? [...own, ...node.content.childNodes] : own;
}

/** Every element of the document, in order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) found.push(node);
    for (const child of children(node)) walk(child);
  };
  walk(parse(html));
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader can be shown: every text node outside script, style and template. */
export function readerText(html: string): string {
  let text = '';
  const walk = (node: Node): void => {
    if (isElement(node) && ['script', 'style', 'template', 'noscript'].includes(node.tagName)) return;
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    for (const child of children(node)) walk(child);
  };
  walk(parse(html));
  return text.replace(/\s+/g, ' ').trim();
}

/** The page's scripts, each as what it is: `json-ld`, `enhancement <src>`, or the framework's. */
export function scriptsOf(html: string): string[] {
  return elements(html)
    .filter((e) => e.tagName === 'script')
    .map((e) => {
      const type = attr(e, 'type');
      const src = attr(e, 'src');
      if (type === 'application/ld+json' && src === undefined) return 'json-ld';
      if (type === 'module' && attr(e, 'data-enhancement') !== undefined && src?.startsWith(`${ENHANCEMENT_PATH}/`)) {
        return `enhancement ${src}`;
      }
      return `framework ${src ?? 'inline'}`;
    });
}

/**
 * Asserts that `html` carries no framework: no script but JSON-LD and declared enhancement
 * modules, no RSC payload, no preloads of scripts, no `<link rel="expect">`, and no address of a
 * framework chunk anywhere in it.
 */
export function expectFrameworkFree(html: string, label: string): void {
  expect(
    scriptsOf(html).filter((s) => s.startsWith('framework')),
    `${label}: scripts`,
  ).toEqual([]);
  const links = elements(html)
    .filter((e) => e.tagName === 'link')
    .map((e) => ({ rel: (attr(e, 'rel') ?? '').split(/\s+/), as: attr(e, 'as'), href: attr(e, 'href') }));
  expect(
    links.filter((l) => l.rel.includes('modulepreload') || l.rel.includes('expect') || l.as === 'script'),
    `${label}: script preloads`,
  ).toEqual([]);
  expect(html, `${label}: RSC payload`).not.toContain('__next_f');
  expect(html, `${label}: framework chunk addresses`).not.toMatch(/\/_next\/static\/chunks\/[^"' ]+\.js/);
  expect(html, `${label}: Turbopack runtime`).not.toContain('TURBOPACK');
}
