/**
 * Parses an MDX body with the same grammar the MDX compiler uses (micromark with the MDX
 * extensions: JSX, expressions, import/export, parsed by acorn), without compiling or running it.
 * Parsing is what can fail in an editor's file; compiling a tree that parsed and passed the body
 * rules cannot.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

const extensions = [mdxjs()];
const mdastExtensions = [mdxFromMarkdown()];

/** A parsed body, or the first syntax error with its 1-based line and column within the body. */
export type MdxParseResult = { ok: true; tree: Root } | { ok: false; line: number; column: number; reason: string };

function numberField(error: object, key: string): number | undefined {
  const value: unknown = Reflect.get(error, key);
  return typeof value === 'number' ? value : undefined;
}

/** Parses `text` as MDX. Never throws for bad input: a syntax error is returned with its position. */
export function parseMdx(text: string): MdxParseResult {
  try {
    return { ok: true, tree: fromMarkdown(text, { extensions, mdastExtensions }) };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const reasonValue: unknown = Reflect.get(error, 'reason');
    const reason = typeof reasonValue === 'string' ? reasonValue : error.message;
    return {
      ok: false,
      line: numberField(error, 'line') ?? 1,
      column: numberField(error, 'column') ?? 1,
      reason,
    };
  }
}
