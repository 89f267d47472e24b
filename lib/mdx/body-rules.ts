/**
 * What an article or author body may contain. Pure functions over an mdast tree (the tree the MDX
 * compiler itself builds), so the content checker and the MDX compiler (lib/mdx/compile.ts) apply the
 * same rules. Which components, elements and attributes are allowed is lib/mdx/allow-list.ts.
 *
 * Editors' MDX must never run code: not in readers' browsers, not on the server while a page renders,
 * not during the build. So a body may use Markdown, the site's own components with plain-text
 * attributes, and a few harmless text-level HTML elements, and nothing else: no import/export, no
 * `{…}` expressions, no `<script>`, `<iframe>` or `<style>`, no event-handler attributes.
 */
import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseAspect, recogniseEmbed } from '../config/embed-providers';
import { bodyComponentNames, bodyHtmlElementNames, elementRule } from './allow-list';
import { checkStructure } from './body-structure';

/** One problem found in a body, located in the file (1-based line and column). */
export type BodyProblem = {
  line: number;
  column: number;
  field: string;
  message: string;
  severity: 'error' | 'warning';
};

/** A value as written in the file, with where it was written. */
export type Located<T> = { value: T; line: number; column: number };

/** An image a page will show: the hero, an avatar, a `<Figure>` or a Markdown image. */
export type ImageRef = {
  /** The field named in messages, e.g. `hero.src`, `Figure.src`, `body.image`. */
  field: string;
  src: Located<string>;
  /** Avatars are shown small: only heroes and body images must be wide. */
  kind: 'hero' | 'body' | 'avatar';
};

/** "<A>, <B> and <C>", for messages. */
function tagList(names: readonly string[]): string {
  const tags = names.map((name) => `<${name}>`);
  return tags.length <= 1 ? tags.join('') : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1] ?? ''}`;
}

const COMPONENT_LIST = tagList(bodyComponentNames);
const COMPONENT_WORDS = COMPONENT_LIST.replace(/[<>]/g, '');

/** Elements whose whole purpose is to run code, style the page or embed another site. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
]);

/** URL schemes a link may use; everything else (javascript:, data:, vbscript:, file:) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Words a reader sees that say "this is an image", which screen readers already announce. */
const REDUNDANT_ALT = /^\s*(?:an?\s+|the\s+)?(?:image|picture|graphic|pic)\s+(?:of|showing|shows)\b/i;

const IMAGE_FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic|bmp)$/i;
const CAMERA_FILE_NAME = /^(?:img|dsc|dscn|dcim|pxl|mvimg|screenshot|photo)[-_ ]?\d/i;

/**
 * Why `alt` is not a usable text alternative for the image at `src`, or undefined when it is.
 * An alt text describes what the image shows: it is not a file name, and it does not start by
 * saying it is an image.
 */
export function altTextProblem(alt: string, src?: string): string | undefined {
  const text = alt.trim();
  if (text === '') return 'must not be empty: describe what the image shows for readers who cannot see it';
  const normalise = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, '-');
  const base =
    src === undefined
      ? undefined
      : normalise(
          src
            .split('/')
            .pop()
            ?.replace(/\.[a-z0-9]+$/i, '') ?? '',
        );
  const normalised = normalise(text);
  if (IMAGE_FILE_NAME.test(text) || CAMERA_FILE_NAME.test(text) || (base !== undefined && normalised === base)) {
    return `"${text}" looks like a file name; describe what the image shows`;
  }
  if (REDUNDANT_ALT.test(text)) {
    return `"${text}" starts by saying it is an image, which screen readers already announce; describe what it shows`;
  }
  return undefined;
}

/** The smallest number of single-character edits between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      row[j] = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The one of `known` within two edits of `name` (ignoring case), for "did you mean …?", or undefined. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const best = known
    .map((k) => ({ k, d: editDistance(name.toLowerCase(), k.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/**
 * The Embed rule: an `<Embed>` stands on its own lines, its `url` is the address of a post, video,
 * map or chart of one of the providers in lib/config/embed-providers.ts (the message names them all
 * when it is not), its `aspect`, when written, a width:height ratio, and its `title` not empty (it is
 * the embed's name for screen readers); each reported where its attribute is written. Returns the
 * poster, when given, for the image checks a `<Figure src>` gets.
 */
function checkEmbed(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  report: (point: Point | undefined, field: string, message: string) => void,
): { src: string; point: Point | undefined } | undefined {
  // A card is a block: inside a paragraph it would be invalid HTML that browsers tear apart.
  if (node.type === 'mdxJsxTextElement') {
    report(node.position?.start, 'Embed', '<Embed> must be on lines of its own, with a blank line before and after it');
  }
  let poster: { src: string; point: Point | undefined } | undefined;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    const point = attribute.position?.start ?? node.position?.start;
    if (attribute.name === 'url') {
      const found = recogniseEmbed(attribute.value);
      if ('error' in found) report(point, 'Embed.url', found.error);
    } else if (attribute.name === 'aspect') {
      const aspect = parseAspect(attribute.value);
      if ('error' in aspect) report(point, 'Embed.aspect', aspect.error);
    } else if (attribute.name === 'title' && attribute.value.trim() === '') {
      report(point, 'Embed.title', 'must not be empty: say what the embed shows; it is its name for screen readers');
    } else if (attribute.name === 'poster') {
      poster = { src: attribute.value, point };
    }
  }
  return poster;
}

/** What a body contains that the rest of the checker needs: the images it shows and the links it makes. */
export type BodyFacts = {
  problems: BodyProblem[];
  images: ImageRef[];
  /** Every link target as written (Markdown links and link definitions). */
  links: Located<string>[];
};

type Options = {
  /** File line of the body's first line, so positions point into the file, not the body. */
  firstLine: number;
  /** Warn about images without caption or credit (articles, not author bios). */
  captionWarnings: boolean;
};

type Point = { line: number; column: number };

/** A C-style comment that cannot run past its own end: `/* a *\/ code /* b *\/` is not one comment. */
const ONLY_COMMENTS = /^\s*(?:\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/\s*)*$/;

/**
 * True when a `{…}` expression holds no code at all, only comments (`{/* note *\/}`), so it renders
 * nothing and runs nothing. Decided on the program acorn parsed — the same parse the compiler uses —
 * when the tree has it, else on the text.
 */
function holdsNoCode(node: { value: string; data?: { estree?: { body: readonly unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  return ONLY_COMMENTS.test(node.value);
}

/**
 * Applies the body rules to a parsed MDX tree (from `mdast-util-from-markdown` with the MDX
 * extensions, or from the MDX compiler's remark stage) and collects its images and links.
 */
export function inspectMdxTree(tree: Root, { firstLine, captionWarnings }: Options): BodyFacts {
  const facts: BodyFacts = { problems: [], images: [], links: [] };
  const at = (point: Point | undefined): Point => ({
    line: (point?.line ?? 1) + firstLine - 1,
    column: point?.column ?? 1,
  });
  const report = (
    point: Point | undefined,
    field: string,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    facts.problems.push({ ...at(point), field, message, severity });
  };
  const definitions: Definition[] = [];

  const checkLink = (url: string, point: Point | undefined) => {
    const where = at(point);
    const trimmed = url.trim();
    if (trimmed === '') {
      report(point, 'body.link', 'this link has no address');
      return;
    }
    const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
      if (!SAFE_SCHEMES.has(scheme)) {
        report(
          point,
          'body.link',
          `"${scheme}:" links are not allowed: only http, https, mailto and tel (a ${scheme}: link can run code or open files)`,
        );
      }
      return;
    }
    if (trimmed.startsWith('#')) return;
    if (trimmed.startsWith('//')) {
      report(point, 'body.link', `"${trimmed}" has no scheme; write the full address starting with https://`);
      return;
    }
    if (!trimmed.startsWith('/')) {
      report(
        point,
        'body.link',
        `"${trimmed}" is a relative link; links inside the site start with /, e.g. /world/some-story`,
      );
      return;
    }
    facts.links.push({ value: trimmed, ...where });
  };

  const checkImage = (
    kind: 'Figure' | 'Embed' | 'markdown',
    src: string | undefined,
    alt: string | undefined,
    point: Point | undefined,
  ) => {
    const srcField = kind === 'Figure' ? 'Figure.src' : kind === 'Embed' ? 'Embed.poster' : 'body.image';
    const altField = kind === 'Figure' ? 'Figure.alt' : 'body.image.alt';
    // A <Figure> without src or alt is reported by the required-attribute rule.
    if (src === undefined || src.trim() === '') {
      if (kind !== 'Figure')
        report(
          point,
          srcField,
          'the image has no address: give the path of a file under public/, e.g. /images/2026/photo.jpg',
        );
    } else if (!src.startsWith('/') || src.startsWith('//')) {
      report(
        point,
        srcField,
        `"${src}" is not a path under public/: upload the image to public/images/ and use its path, e.g. /images/2026/photo.jpg`,
      );
    } else {
      facts.images.push({ field: srcField, src: { value: src, ...at(point) }, kind: 'body' });
    }
    if (alt !== undefined) {
      const problem = altTextProblem(alt, src);
      if (problem) report(point, altField, problem);
    } else if (kind === 'markdown') {
      report(point, altField, 'must not be empty: write ![what the image shows](/images/…)');
    }
    if (captionWarnings && kind === 'markdown') {
      report(
        point,
        'body.image',
        'a Markdown image has no caption or credit; use <Figure src alt caption credit /> instead',
        'warning',
      );
    }
  };

  const checkJsx = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const start = node.position?.start;
    const name = node.name;
    if (name === null) {
      report(start, 'body', 'fragments (<>…</>) are not allowed; write plain Markdown');
      return;
    }
    const lower = name.toLowerCase();
    // `<Embed>` is the site's component (MDX resolves capitalised names in the component map only);
    // `<embed>`, `<EMBED>` and the like are the HTML element.
    if (DANGEROUS_ELEMENTS.has(lower) && elementRule(name)?.kind !== 'component') {
      report(
        start,
        'body',
        `<${name}> is not allowed: editors' MDX must not run code, change the page's styles or embed other sites in readers' browsers`,
      );
      return;
    }
    const rule = elementRule(name);
    if (!rule) {
      const guess = closest(name, [...bodyComponentNames, ...bodyHtmlElementNames]);
      report(
        start,
        'body',
        `unknown component <${name}>${guess ? `; did you mean <${guess}>?` : ''}: articles may use ${COMPONENT_LIST}, and the HTML elements ${bodyHtmlElementNames.join(', ')}`,
      );
      return;
    }
    const values = new Map<string, string>();
    for (const attribute of node.attributes) {
      const point = attribute.position?.start ?? start;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(point, 'body', `<${name} {…}>: spread attributes are not allowed: they run code`);
        continue;
      }
      if (/^on/i.test(attribute.name)) {
        report(
          point,
          'body',
          `<${name} ${attribute.name}>: event-handler attributes (on…) are not allowed: they run code in readers' browsers`,
        );
        continue;
      }
      if (attribute.value !== null && typeof attribute.value === 'object') {
        report(
          point,
          'body',
          `<${name} ${attribute.name}={…}>: attribute values must be text in quotes, like ${attribute.name}="…", not {…} expressions, which run code`,
        );
        continue;
      }
      if (!rule.attributes.includes(attribute.name)) {
        const allowed =
          rule.attributes.length > 0 ? `; it takes ${rule.attributes.join(', ')}` : '; it takes no attributes';
        report(point, 'body', `<${name}> has no attribute "${attribute.name}"${allowed}`);
        continue;
      }
      if (attribute.value === null || attribute.value === undefined) {
        report(point, 'body', `<${name} ${attribute.name}> needs a value in quotes, like ${attribute.name}="…"`);
        continue;
      }
      values.set(attribute.name, attribute.value);
    }
    for (const required of rule.required) {
      if (!values.has(required) && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)) {
        report(start, `${name}.${required}`, `<${name}> needs ${required}="…"`);
      }
    }
    if (name === 'Embed') {
      const poster = checkEmbed(node, report);
      if (poster) checkImage('Embed', poster.src, undefined, poster.point);
    }
    if (name === 'Figure') {
      checkImage('Figure', values.get('src'), values.get('alt'), start);
      if (captionWarnings && !values.has('caption')) {
        report(
          start,
          'Figure.caption',
          'no caption: say what the picture shows and why it matters to the story',
          'warning',
        );
      }
      if (captionWarnings && !values.has('credit')) {
        report(
          start,
          'Figure.credit',
          'no credit: say who made the image, e.g. credit="Photograph: Name/Agency"',
          'warning',
        );
      }
    }
  };

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        // The MDX compiler's own frontmatter export has no position; anything an editor wrote has one.
        if (!node.position) return;
        const keyword = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        report(
          node.position?.start,
          'body',
          `${keyword} statements are not allowed: editors' MDX must not run code; the components ${COMPONENT_WORDS} need no import`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!holdsNoCode(node)) {
          report(
            node.position?.start,
            'body',
            '{…} expressions are not allowed: they run code when the page is built and rendered; to show a brace, write \\{',
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
      case 'link':
        checkLink(node.url, node.position?.start);
        break;
      case 'definition':
        definitions.push(node);
        checkLink(node.url, node.position?.start);
        break;
      case 'image':
        checkImage('markdown', node.url, node.alt ?? undefined, node.position?.start);
        break;
      case 'html':
        report(node.position?.start, 'body', 'raw HTML is not allowed');
        return;
      default:
        break;
    }
    if ('children' in node) {
      for (const child of node.children) visit(child);
    }
  };
  visit(tree);

  // Image references (![alt][ref]) take their address from a definition.
  const visitReferences = (node: Nodes) => {
    if (node.type === 'imageReference') {
      const target = definitions.find((d) => d.identifier === node.identifier);
      checkImage('markdown', target?.url, node.alt ?? undefined, node.position?.start);
    }
    if ('children' in node) for (const child of node.children) visitReferences(child);
  };
  visitReferences(tree);
  // Where components go, what they take between their tags, their attributes' values (allow-list).
  checkStructure(tree, report);
  return facts;
}

/** The first error of `inspectMdxTree` as an exception message, for use inside the MDX compiler. */
export function firstBodyError(tree: Root): BodyProblem | undefined {
  return inspectMdxTree(tree, { firstLine: 1, captionWarnings: false }).problems.find((p) => p.severity === 'error');
}
