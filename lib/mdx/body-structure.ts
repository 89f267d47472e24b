/**
 * The body's structure, as lib/mdx/allow-list.ts describes it: which components may only be written
 * inside which (`placement`), what a component takes between its tags (`contains`: which children,
 * how many, in what order) and what an attribute's value must be (`value`). `checkStructure` is
 * part of the body rules (lib/mdx/body-rules.ts), so the checker and the compiler apply it alike;
 * `shapeBodyTree` gives the compiler the tree as the components render it.
 */
import type { BlockContent, Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { parseCalendarDate, type CalendarDate } from '../format/calendar-date';
import { elementRule, type ContentSpec, type ElementRule } from './allow-list';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Point = { line: number; column: number };

/** Adds a problem at `point` (a body position), as `inspectMdxTree` reports them. */
export type StructureReport = (point: Point | undefined, field: string, message: string) => void;

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * What renders nothing between a component's children: whitespace, and `{…}` expressions (the body
 * rules allow only comments, and report the rest themselves).
 */
function isIgnorable(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  return node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
}

/**
 * A paragraph that holds only components and whitespace: `<Question>Why?</Question>` on a line of its
 * own is one, and Markdown puts a paragraph around it. Inside a component that takes only certain
 * children it stands for the components it holds.
 */
function isTransparent(node: Nodes): node is Extract<Nodes, { type: 'paragraph' }> {
  return node.type === 'paragraph' && node.children.every((child) => isJsx(child) || isIgnorable(child));
}

/** A container's children as its rules see them: transparent paragraphs opened up, whitespace and comments left out. */
function effectiveChildren(node: JsxElement): RootContent[] {
  return node.children
    .flatMap((child): RootContent[] => (isTransparent(child) ? child.children : [child]))
    .filter((child) => !isIgnorable(child));
}

function tag(name: string): string {
  return `<${name}>`;
}

/** "<A>", "<A> or <B>", for messages. */
function either(names: readonly string[]): string {
  const tags = names.map(tag);
  return tags.length <= 1 ? tags.join('') : `${tags.slice(0, -1).join(', ')} or ${tags[tags.length - 1] ?? ''}`;
}

/** What a child that is not allowed is, in an editor's words. */
function describe(node: RootContent): string {
  if (isJsx(node)) return node.name === null ? 'a fragment' : tag(node.name);
  const text = 'children' in node || 'value' in node ? plainText(node).trim().replace(/\s+/g, ' ') : '';
  const quoted = text === '' ? '' : ` ("${text.length > 30 ? `${text.slice(0, 30)}…` : text}")`;
  const kinds: Partial<Record<RootContent['type'], string>> = {
    paragraph: 'text',
    text: 'text',
    heading: 'a heading',
    list: 'a list',
    blockquote: 'a quote',
    code: 'a code block',
    table: 'a table',
    thematicBreak: 'a rule (---)',
    image: 'an image',
  };
  return `${kinds[node.type] ?? 'Markdown'}${quoted}`;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

function attributeValue(node: JsxElement, name: string): { value: string; point: Point | undefined } | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return { value: attribute.value, point: attribute.position?.start ?? node.position?.start };
    }
  }
  return undefined;
}

/** Checks that `node`'s children are the ones `contains` allows, as many as it needs, in the order it asks. */
function checkChildren(node: JsxElement, name: string, contains: ContentSpec, report: StructureReport): void {
  const start = node.position?.start;
  const allowed = contains.elements;
  const children: JsxElement[] = [];
  for (const child of effectiveChildren(node)) {
    if (isJsx(child) && child.name !== null && allowed.includes(child.name)) {
      children.push(child);
    } else if (!isJsx(child) || (child.name !== null && elementRule(child.name))) {
      // An element the allow-list does not know is reported once, as unknown or not allowed.
      report(
        child.position?.start ?? start,
        'body',
        `${tag(name)} takes only ${either(allowed)} between its tags, not ${describe(child)}`,
      );
    }
  }
  if (contains.sequence === 'alternating') {
    // The element expected at position i of the children.
    const expected = (i: number) => allowed[i % allowed.length] ?? '';
    const turns = `${tag(name)} takes ${allowed.map(tag).join(' and ')} in turn, starting with ${tag(expected(0))}`;
    const wrong = children.findIndex((child, i) => child.name !== expected(i));
    const child = children[wrong];
    if (child) {
      report(
        child.position?.start,
        'body',
        `${turns}: found ${tag(child.name ?? '')} where ${tag(expected(wrong))} should be`,
      );
      return;
    }
    const end = children[children.length - 1];
    if (end && children.length % allowed.length !== 0) {
      report(
        end.position?.start,
        'body',
        `${turns} and ending with ${tag(allowed[allowed.length - 1] ?? '')}: this ${tag(end.name ?? '')} has no ${tag(expected(children.length))} after it`,
      );
      return;
    }
  }
  if (children.length < contains.min) {
    const groups = contains.min / allowed.length;
    const needs =
      contains.sequence === 'alternating'
        ? `at least ${groups === 1 ? 'one' : groups} ${allowed.map(tag).join(' and ')} ${allowed.length === 2 ? 'pair' : 'group'}${groups === 1 ? '' : 's'}`
        : `at least ${contains.min} ${either(allowed)} element${contains.min === 1 ? '' : 's'}`;
    report(start, 'body', `${tag(name)} needs ${needs} between its tags; it has ${children.length || 'none'}`);
  }
  if (contains.chronologicalBy !== undefined) checkChronology(children, contains.chronologicalBy, name, report);
}

function checkChronology(children: JsxElement[], attribute: string, name: string, report: StructureReport): void {
  let previous: CalendarDate | undefined;
  for (const child of children) {
    const written = attributeValue(child, attribute);
    const parsed = written && parseCalendarDate(written.value);
    if (!written || !parsed || !parsed.ok) continue; // Reported as missing or not a date.
    const date = parsed.date;
    if (previous && date.start < previous.start) {
      report(
        written.point,
        `${child.name ?? ''}.${attribute}`,
        `"${date.value}" is earlier than the ${tag(child.name ?? '')} before it ("${previous.value}"): ${tag(name)} shows them in the order written, which must be chronological`,
      );
    }
    previous = date;
  }
}

function checkValues(node: JsxElement, name: string, rule: ElementRule, report: StructureReport): void {
  for (const [attribute, kind] of rule.values) {
    const written = attributeValue(node, attribute);
    if (written === undefined || kind !== 'calendar-date') continue;
    const parsed = parseCalendarDate(written.value);
    if (!parsed.ok) report(written.point, `${name}.${attribute}`, parsed.message);
  }
}

/**
 * Applies the structure rules of lib/mdx/allow-list.ts to a parsed body: placement (`<Question>`
 * only directly in a `<QandA>`), children (`<Gallery>` takes two or more `<Figure>`s and nothing
 * else), their order (a `<Timeline>`'s events chronological) and attribute values (real dates).
 */
export function checkStructure(tree: Root, report: StructureReport): void {
  // `container` is the component a node is directly inside (through a transparent paragraph), if any.
  const visit = (node: Nodes, container: JsxElement | undefined) => {
    let next: JsxElement | undefined;
    if (isJsx(node) && node.name !== null) {
      const name = node.name;
      const rule = elementRule(name);
      if (rule?.parents && !(container?.name && rule.parents.includes(container.name))) {
        const where = container?.name ? `, not inside ${tag(container.name)}` : '';
        report(node.position?.start, 'body', `${tag(name)} goes only directly inside ${either(rule.parents)}${where}`);
      }
      if (rule) checkValues(node, name, rule, report);
      if (rule?.contains) checkChildren(node, name, rule.contains, report);
      next = node;
    }
    if (!('children' in node)) return;
    // A transparent paragraph's components are directly inside the paragraph's container.
    const inside = next ?? (isTransparent(node) ? container : undefined);
    for (const child of node.children) visit(child, inside);
  };
  visit(tree, undefined);
}

/** A child of a container as a block: a component written inline becomes the same component on its own. */
function asFlow(node: RootContent): RootContent {
  if (node.type !== 'mdxJsxTextElement') return node;
  const children: BlockContent[] = node.children.length > 0 ? [{ type: 'paragraph', children: node.children }] : [];
  return { type: 'mdxJsxFlowElement', name: node.name, attributes: node.attributes, children, position: node.position };
}

/**
 * The tree as the components render it, for the compiler, after the body rules passed: a container's
 * children without the paragraph Markdown puts around `<Question>Why?</Question>` (which would put a
 * `<p>` around a `<dt>`), and each `numbered` component given its `number`. Changes `tree` in place.
 */
export function shapeBodyTree(tree: Root): void {
  const counts = new Map<string, number>();
  const visit = (node: Nodes) => {
    if (isJsx(node) && node.name !== null) {
      const rule = elementRule(node.name);
      if (rule?.numbered) {
        const number = (counts.get(node.name) ?? 0) + 1;
        counts.set(node.name, number);
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(number) });
      }
      if (rule?.contains && node.type === 'mdxJsxFlowElement') {
        node.children = effectiveChildren(node).map(asFlow).filter(isBlock);
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

function isBlock(node: RootContent): node is BlockContent {
  return node.type === 'mdxJsxFlowElement';
}
