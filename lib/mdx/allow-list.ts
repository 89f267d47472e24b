/**
 * The one list of what an article or author body may contain beyond Markdown: the site's own
 * components and a few harmless text-level HTML elements, each with the attributes it takes.
 *
 * Everything else derives from it: the checker's body rules (lib/mdx/body-rules.ts), which the
 * compiler applies too (lib/mdx/compile.ts), the reader-visible text (lib/mdx/reader-text.ts), and
 * the types of the page's and the feed's component maps (components/mdx/body-components.ts), so a
 * component listed here without an entry in a map does not compile.
 */

/** How an attribute's value reaches a reader. */
export type AttributeText =
  /** Printed on the page, e.g. a caption or a pull quote's cite. */
  | 'shown'
  /** The text alternative of an image: heard by screen-reader users instead of seeing the image. */
  | 'alternative'
  /** Not words a reader reads, e.g. an image's address or an abbreviation's expansion in a tooltip. */
  | 'none';

/** One attribute an element accepts. Values are always plain text in quotes. */
export type AttributeSpec = { readonly required: boolean; readonly text: AttributeText };

/** One component or HTML element an editor may use, with the attributes it accepts. */
export type ElementSpec = {
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
  /** Whether what is written between its tags is rendered (a `<Figure>` shows none of it). */
  readonly children: boolean;
};

const shown = { required: false, text: 'shown' } as const;

/** The site's components editors may use, in the order the editors' guide and messages list them. */
export const BODY_COMPONENTS = {
  PullQuote: { attributes: { cite: shown }, children: true },
  Callout: { attributes: { title: { required: true, text: 'shown' } }, children: true },
  Figure: {
    attributes: {
      src: { required: true, text: 'none' },
      alt: { required: true, text: 'alternative' },
      caption: shown,
      credit: shown,
    },
    children: false,
  },
} as const satisfies Record<string, ElementSpec>;

const plain = { attributes: {}, children: true } as const;

/** Text-level HTML elements that cannot run code or load anything, with their allowed attributes. */
export const BODY_HTML_ELEMENTS = {
  abbr: { attributes: { title: { required: false, text: 'none' } }, children: true },
  br: { attributes: {}, children: false },
  cite: plain,
  del: plain,
  ins: plain,
  mark: plain,
  q: plain,
  s: plain,
  small: plain,
  sub: plain,
  sup: plain,
} as const satisfies Record<string, ElementSpec>;

/** The name of one of the site's components an editor may use, e.g. `'Figure'`. */
export type BodyComponentName = keyof typeof BODY_COMPONENTS;

/** The name of one of the HTML elements an editor may use, e.g. `'sup'`. */
export type BodyHtmlElementName = keyof typeof BODY_HTML_ELEMENTS;

type AttributesOf<N extends BodyComponentName> = (typeof BODY_COMPONENTS)[N]['attributes'];

/**
 * The props a body component receives from MDX: every attribute as a string, the required ones
 * always present (the body rules refuse a body without them).
 */
export type BodyComponentAttributes<N extends BodyComponentName> = {
  [A in keyof AttributesOf<N> as AttributesOf<N>[A] extends { required: true } ? A : never]: string;
} & {
  [A in keyof AttributesOf<N> as AttributesOf<N>[A] extends { required: true } ? never : A]?: string;
};

/** An element's rule in the shape the body rules read: attribute names, required names. */
export type ElementRule = {
  kind: 'component' | 'html';
  attributes: readonly string[];
  required: readonly string[];
  /** Attribute name to how its value reaches a reader. */
  text: ReadonlyMap<string, AttributeText>;
  children: boolean;
};

function rule(kind: ElementRule['kind'], spec: ElementSpec): ElementRule {
  const entries = Object.entries(spec.attributes);
  return {
    kind,
    attributes: entries.map(([name]) => name),
    required: entries.filter(([, attribute]) => attribute.required).map(([name]) => name),
    text: new Map(entries.map(([name, attribute]) => [name, attribute.text])),
    children: spec.children,
  };
}

// A Map, not an object lookup: `<constructor>` or `<toString>` must not find Object.prototype.
const rules = new Map<string, ElementRule>([
  ...Object.entries(BODY_COMPONENTS).map(([name, spec]): [string, ElementRule] => [name, rule('component', spec)]),
  ...Object.entries(BODY_HTML_ELEMENTS).map(([name, spec]): [string, ElementRule] => [name, rule('html', spec)]),
]);

/** The names of the allowed components, in list order. */
export const bodyComponentNames: readonly string[] = Object.keys(BODY_COMPONENTS);

/** The names of the allowed HTML elements, in list order. */
export const bodyHtmlElementNames: readonly string[] = Object.keys(BODY_HTML_ELEMENTS);

/** The rule for the element `name` as written in a body (case-sensitive), or undefined when it is not allowed. */
export function elementRule(name: string): ElementRule | undefined {
  return rules.get(name);
}
