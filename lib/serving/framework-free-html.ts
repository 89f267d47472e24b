/**
 * Reading pages reach the browser as HTML and CSS without the framework (docs/decisions/012-framework-free-pages.md).
 * React renders them on the server, and Next adds what a browser needs to hydrate them: its runtime
 * chunks (`<script src="/_next/static/chunks/…" async>`, a `noModule` polyfill), their preloads, the
 * React Server Components payload (`<script>self.__next_f.push(…)</script>`, which repeats the whole
 * page) and a render-blocking `<link rel="expect">`. None of our pages hydrates anything: this
 * module takes all of that out, with an HTML tokenizer (parse5's, the one browsers' parsing rules
 * are written in), and leaves every other byte of the page as Next wrote it.
 *
 * Kept: JSON-LD (`<script type="application/ld+json">`) and the page's own enhancement modules
 * (`<script type="module" data-enhancement src="/enhance/…">`, lib/serving/enhancements.ts).
 * Every other `<script>` goes, as do `<link rel="modulepreload">`, `<link rel="preload" as="script">`
 * and `<link rel="expect">`. Preloads of images, fonts and styles stay.
 *
 * A page React streamed out of order (a Suspense boundary that resolved after the shell, whose
 * content arrives in a hidden `<div id="S:…">` that an inline script moves into place) cannot be
 * served without that script; such markers are reported in `blockers`, and tests/e2e/framework-free.spec.ts
 * fails if any page of ours has them.
 */
import { SAXParser, type StartTag } from 'parse5-sax-parser';
import { ENHANCEMENT_PATH } from './enhancements';

export type FrameworkFreePage = {
  /** The page without the framework. */
  html: string;
  /** How many `<script>` elements were removed (of any kind). */
  removedScripts: number;
  /** How many `<link>` elements were removed. */
  removedLinks: number;
  /**
   * Markup that only the framework's scripts would complete (out-of-order streamed Suspense
   * content), as found: empty for every page we render today.
   */
  blockers: string[];
  /**
   * Whether the body shows nothing (no element but a hidden one, no text): what Next renders when a
   * page fails or calls notFound() while rendering on demand, leaving the framework to draw the
   * not-found or error page in the browser. lib/serving/page-delivery.ts sends the site's own instead.
   */
  emptyBody: boolean;
};

function attribute(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find((a) => a.name === name)?.value;
}

/** Whether a `<script>` start tag is one a reading page keeps: JSON-LD, or one of our enhancement modules. */
export function isKeptScript(tag: StartTag): boolean {
  const type = attribute(tag, 'type')?.trim().toLowerCase();
  if (type === 'application/ld+json') return attribute(tag, 'src') === undefined;
  const src = attribute(tag, 'src');
  return (
    type === 'module' &&
    attribute(tag, 'data-enhancement') !== undefined &&
    src !== undefined &&
    src.startsWith(`${ENHANCEMENT_PATH}/`)
  );
}

/** Whether a `<link>` start tag only serves the framework's scripts (preloads of them, or React's render-blocking `expect`). */
export function isFrameworkLink(tag: StartTag): boolean {
  const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  if (rel.includes('modulepreload') || rel.includes('expect')) return true;
  return rel.includes('preload') && attribute(tag, 'as')?.toLowerCase() === 'script';
}

/** Elements that never have an end tag (HTML's void elements), so never open a level. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** An id React gives the parts of an out-of-order streamed Suspense boundary (`B:0` placeholder, `S:0` content, `P:0` postponed). */
const STREAMED_BOUNDARY_ID = /^[BSP]:/;

/**
 * `html` (a whole document as Next rendered it) without the framework's scripts, their preloads and
 * the RSC payload. Pure and deterministic: the same input always gives the same output, so a
 * caller may keep the result for a page that has not changed.
 */
export function stripFrameworkRuntime(html: string): Promise<FrameworkFreePage> {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  /** [start, end) offsets of the source to leave out, in order. */
  const cuts: [number, number][] = [];
  const blockers: string[] = [];
  let removedScripts = 0;
  let removedLinks = 0;
  /** Start offset of the `<script>` being removed, until its end tag. */
  let scriptStart: number | undefined;
  let inBody = false;
  /** How deep inside a `hidden` element of the body we are (0: not inside one). */
  let hiddenDepth = 0;
  let emptyBody = true;

  parser.on('startTag', (tag) => {
    const location = tag.sourceCodeLocation;
    if (!location) return;
    const id = attribute(tag, 'id');
    if (id !== undefined && STREAMED_BOUNDARY_ID.test(id) && (tag.tagName === 'template' || tag.tagName === 'div')) {
      blockers.push(`<${tag.tagName} id="${id}">`);
    }
    if (tag.tagName === 'body') inBody = true;
    else if (inBody && emptyBody && tag.tagName !== 'script') {
      const opens = !tag.selfClosing && !VOID_ELEMENTS.has(tag.tagName);
      if (hiddenDepth > 0) {
        if (opens) hiddenDepth++;
      } else if (attribute(tag, 'hidden') !== undefined && opens) {
        hiddenDepth = 1;
      } else {
        emptyBody = false;
      }
    }
    if (tag.tagName === 'script' && !isKeptScript(tag)) {
      scriptStart = location.startOffset;
    } else if (tag.tagName === 'link' && isFrameworkLink(tag)) {
      cuts.push([location.startOffset, location.endOffset]);
      removedLinks++;
    }
  });
  parser.on('text', (text) => {
    if (inBody && hiddenDepth === 0 && scriptStart === undefined && text.text.trim() !== '') emptyBody = false;
  });
  parser.on('endTag', (tag) => {
    if (hiddenDepth > 0 && tag.tagName !== 'script') hiddenDepth--;
    if (tag.tagName !== 'script' || scriptStart === undefined || !tag.sourceCodeLocation) return;
    cuts.push([scriptStart, tag.sourceCodeLocation.endOffset]);
    scriptStart = undefined;
    removedScripts++;
  });

  return new Promise((resolve, reject) => {
    parser.on('error', reject);
    parser.on('finish', () => {
      // A `<script>` left open at the end of the document runs to its end, as a browser reads it.
      if (scriptStart !== undefined) {
        cuts.push([scriptStart, html.length]);
        removedScripts++;
      }
      let out = '';
      let from = 0;
      for (const [start, end] of cuts) {
        out += html.slice(from, start);
        from = end;
      }
      out += html.slice(from);
      resolve({ html: out, removedScripts, removedLinks, blockers, emptyBody: inBody && emptyBody });
    });
    // Nothing is read from the parser's output side; it must still flow for 'finish' to come.
    parser.resume();
    parser.end(html);
  });
}
