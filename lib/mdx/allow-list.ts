/**
 * The one list of what an article or author body may contain beyond Markdown: the site's own
 * components and a few harmless text-level HTML elements, each with the attributes it takes.
 *
 * Everything else derives from it: the checker's body rules (lib/mdx/body-rules.ts), which the
 * compiler applies too (lib/mdx/compile.ts), the reader-visible text (lib/mdx/reader-text.ts), and
 * the types of the page's and the feed's component maps (components/mdx/body-components.ts), so a
 * component listed here without an entry in a map does not compile.
 */
import { formatCalendarDate, parseCalendarDate } from '../format/calendar-date';

/** How an attribute's value reaches a reader. */
export type AttributeText =
  /** Printed on the page, e.g. a caption or a pull quote's cite. */
  | 'shown'
  /** The text alternative of an image: heard by screen-reader users instead of seeing the image. */
  | 'alternative'
  /** Not words a reader reads, e.g. an image's address or an abbreviation's expansion in a tooltip. */
  | 'none';

/**
 * What an attribute's value must be, beyond plain text. `'calendar-date'`: a real day, month or
 * year written `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (lib/format/dates.ts), which readers see written
 * out ("12 March 2024").
 */
export type AttributeValue = 'calendar-date';

/** One attribute an element accepts. Values are always plain text in quotes. */
export type AttributeSpec = {
  readonly required: boolean;
  readonly text: AttributeText;
  readonly value?: AttributeValue;
};

/**
 * What a component takes between its tags when that is only certain components (whitespace and
 * `{/* comments *\/}` aside): a `<Timeline>` takes `<TimelineEvent>`s and nothing else.
 */
export type ContentSpec = {
  /** The components it takes, in the order `sequence` asks for. */
  readonly elements: readonly string[];
  /** The fewest it needs. */
  readonly min: number;
  /** `'alternating'`: the elements in turn, starting with the first and ending with the last (Question, Answer, Question, Answer). */
  readonly sequence?: 'alternating';
  /** An attribute (a `'calendar-date'`) the children must be in chronological order of. */
  readonly chronologicalBy?: string;
};

/** One component or HTML element an editor may use, with the attributes it accepts. */
export type ElementSpec = {
  readonly attributes: Readonly<Record<string, AttributeSpec>>;
  /** Whether what is written between its tags is rendered (a `<Figure>` shows none of it). */
  readonly children: boolean;
  /** Only certain components between its tags (see `ContentSpec`); absent: Markdown and anything allowed. */
  readonly contains?: ContentSpec;
  /**
   * `'parent'`: it may only be written directly inside a component whose `contains` lists it (a
   * `<TimelineEvent>` only in a `<Timeline>`). Absent: wherever the body allows components.
   */
  readonly placement?: 'parent';
  /**
   * The compiler passes it `number`: its place (1, 2, …) among the body's elements of its name, for
   * anchors such as `#gallery-1-2` (lib/mdx/body-structure.ts). Editors cannot write it.
   */
  readonly numbered?: true;
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
  // Another site's content, loaded only when the reader asks (components/mdx/embed.tsx); which sites,
  // and how their addresses are read, is lib/config/embed-providers.ts.
  Embed: {
    attributes: {
      url: { required: true, text: 'none' },
      title: { required: true, text: 'shown' },
      poster: { required: false, text: 'none' },
      aspect: { required: false, text: 'none' },
    },
    children: false,
  },
  // Storytelling components (components/mdx/fact-box.tsx, timeline.tsx, gallery.tsx, q-and-a.tsx).
  FactBox: { attributes: { title: { required: true, text: 'shown' } }, children: true },
  Timeline: {
    attributes: {},
    children: true,
    contains: { elements: ['TimelineEvent'], min: 1, chronologicalBy: 'date' },
  },
  TimelineEvent: {
    attributes: {
      date: { required: true, text: 'shown', value: 'calendar-date' },
      title: { required: true, text: 'shown' },
    },
    children: true,
    placement: 'parent',
  },
  Gallery: {
    attributes: { title: shown },
    children: true,
    contains: { elements: ['Figure'], min: 2 },
    numbered: true,
  },
  QandA: {
    attributes: {},
    children: true,
    contains: { elements: ['Question', 'Answer'], min: 2, sequence: 'alternating' },
  },
  Question: { attributes: {}, children: true, placement: 'parent' },
  Answer: { attributes: {}, children: true, placement: 'parent' },
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
} & ((typeof BODY_COMPONENTS)[N] extends { numbered: true } ? { number: string } : unknown);

/** An element's rule in the shape the body rules read: attribute names, required names. */
export type ElementRule = {
  kind: 'component' | 'html';
  attributes: readonly string[];
  required: readonly string[];
  /** Attribute name to how its value reaches a reader. */
  text: ReadonlyMap<string, AttributeText>;
  /** Attribute name to what its value must be, for the attributes that say. */
  values: ReadonlyMap<string, AttributeValue>;
  children: boolean;
  contains?: ContentSpec;
  /** The components it may only be written directly inside (those whose `contains` lists it); undefined: anywhere. */
  parents?: readonly string[];
  numbered: boolean;
};

function rule(kind: ElementRule['kind'], spec: ElementSpec): ElementRule {
  const entries = Object.entries(spec.attributes);
  return {
    kind,
    attributes: entries.map(([name]) => name),
    required: entries.filter(([, attribute]) => attribute.required).map(([name]) => name),
    text: new Map(entries.map(([name, attribute]) => [name, attribute.text])),
    values: new Map(
      entries.flatMap(([name, attribute]): [string, AttributeValue][] =>
        attribute.value === undefined ? [] : [[name, attribute.value]],
      ),
    ),
    children: spec.children,
    contains: spec.contains,
    numbered: spec.numbered === true,
  };
}

/** Each component's rule, with `parents` derived from the `contains` of the others. */
function componentRules(specs: Readonly<Record<string, ElementSpec>>): [string, ElementRule][] {
  const entries = Object.entries(specs);
  return entries.map(([name, spec]): [string, ElementRule] => {
    for (const child of spec.contains?.elements ?? []) {
      if (!(child in specs)) throw new Error(`allow-list: <${name}> contains <${child}>, which is not a component`);
    }
    if (spec.placement !== 'parent') return [name, rule('component', spec)];
    const parents = entries.filter(([, other]) => other.contains?.elements.includes(name)).map(([parent]) => parent);
    if (parents.length === 0) throw new Error(`allow-list: <${name}> goes only inside a parent, but none contains it`);
    return [name, { ...rule('component', spec), parents }];
  });
}

// A Map, not an object lookup: `<constructor>` or `<toString>` must not find Object.prototype.
const rules = new Map<string, ElementRule>([
  ...componentRules(BODY_COMPONENTS),
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

/**
 * The words a reader sees for `value`, written as attribute `attribute` of an element with `rule`:
 * the value itself, or a date as the page writes it out ("12 March 2024").
 */
export function shownText(rule: ElementRule, attribute: string, value: string): string {
  if (rule.values.get(attribute) !== 'calendar-date') return value;
  const parsed = parseCalendarDate(value);
  return parsed.ok ? formatCalendarDate(parsed.date) : value;
}
