import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { BODY_COMPONENTS, elementRule } from '@/lib/mdx/allow-list';
import { inspectMdxTree } from '@/lib/mdx/body-rules';
import { shapeBodyTree } from '@/lib/mdx/body-structure';
import { compileMdx } from '@/lib/mdx/compile';
import { parseMdx } from '@/lib/mdx/parse';

function tree(body: string) {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(`unexpected syntax error: ${parsed.reason}`);
  return parsed.tree;
}

function errors(body: string): string[] {
  return inspectMdxTree(tree(body), { firstLine: 1, captionWarnings: false })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`);
}

const event = (date: string, title = 'An event') =>
  `<TimelineEvent date="${date}" title="${title}">\n\nWhat happened.\n\n</TimelineEvent>`;
const timeline = (...events: string[]) => `<Timeline>\n\n${events.join('\n\n')}\n\n</Timeline>`;
const figure = (n: number) => `<Figure src="/images/${n}.jpg" alt="Illustration of quay number ${n}" />`;

describe('the allow-list says where components go and what they take', () => {
  it('derives each placed component’s parents from the components that contain it', () => {
    expect(elementRule('TimelineEvent')?.parents).toEqual(['Timeline']);
    expect(elementRule('Question')?.parents).toEqual(['QandA']);
    expect(elementRule('Answer')?.parents).toEqual(['QandA']);
    // A <Figure> may go in a <Gallery>, and anywhere else too.
    expect(elementRule('Figure')?.parents).toBeUndefined();
    expect(elementRule('Gallery')?.contains).toEqual({ elements: ['Figure'], min: 2 });
  });

  it('is consistent: containers list components, ordered children have a date to be ordered by', () => {
    for (const [name, spec] of Object.entries(BODY_COMPONENTS)) {
      const contains = elementRule(name)?.contains;
      if (!contains) continue;
      expect(contains.min, name).toBeGreaterThan(0);
      if (contains.sequence === 'alternating') expect(contains.min % contains.elements.length, name).toBe(0);
      for (const child of contains.elements) {
        const rule = elementRule(child);
        expect(rule?.kind, `${name} contains ${child}`).toBe('component');
        if (contains.chronologicalBy !== undefined) {
          expect(rule?.values.get(contains.chronologicalBy), `${child}.${contains.chronologicalBy}`).toBe(
            'calendar-date',
          );
          expect(rule?.required, `${child}.${contains.chronologicalBy}`).toContain(contains.chronologicalBy);
        }
      }
      expect(spec.children, name).toBe(true);
    }
  });
});

describe('checkStructure, through the body rules', () => {
  it('accepts each component written as blocks, on single lines, and with comments between', () => {
    const body = [
      '<FactBox title="Key facts">\n\n- One\n- Two\n\n</FactBox>',
      timeline(event('2019'), event('2024-03'), event('2024-03-12'), event('2024-03-12', 'Same day')),
      '<Timeline>\n<TimelineEvent date="2024" title="One line">It began.</TimelineEvent>\n</Timeline>',
      `<Gallery title="The quay">\n${figure(1)}\n${figure(2)}\n{/* a third to come */}\n${figure(3)}\n</Gallery>`,
      `<Gallery>${figure(1)} ${figure(2)}</Gallery>`,
      '<QandA>\n<Question>Why?</Question>\n<Answer>Because.</Answer>\n\n<Question>\n\nAnd?\n\n</Question>\n\n<Answer>\n\nSo.\n\n</Answer>\n</QandA>',
    ].join('\n\n');
    expect(errors(body)).toEqual([]);
  });

  it('keeps a placed component directly inside its parent, naming where it is instead', () => {
    expect(errors(event('2024'))).toEqual(['1:1 body: <TimelineEvent> goes only directly inside <Timeline>']);
    expect(errors('<FactBox title="F">\n\n<Answer>x</Answer>\n\n</FactBox>')).toEqual([
      '3:1 body: <Answer> goes only directly inside <QandA>, not inside <FactBox>',
    ]);
    // Inside an event of the timeline is not directly inside the timeline.
    expect(errors(timeline(`<TimelineEvent date="2024" title="A">\n\n${event('2025')}\n\n</TimelineEvent>`))).toEqual([
      '5:1 body: <TimelineEvent> goes only directly inside <Timeline>, not inside <TimelineEvent>',
    ]);
    expect(errors('- <Question>Why?</Question>')).toEqual(['1:3 body: <Question> goes only directly inside <QandA>']);
  });

  it('refuses anything but the listed children, saying what it found and what is allowed', () => {
    expect(errors(timeline(event('2024'), 'Then the council met.', '## A subhead', '- a list'))).toEqual([
      '9:1 body: <Timeline> takes only <TimelineEvent> between its tags, not text ("Then the council met.")',
      '11:1 body: <Timeline> takes only <TimelineEvent> between its tags, not a heading ("A subhead")',
      '13:1 body: <Timeline> takes only <TimelineEvent> between its tags, not a list ("a list")',
    ]);
    expect(errors(`<Gallery>\n${figure(1)}\n${figure(2)}\n<PullQuote>Words.</PullQuote>\n</Gallery>`)).toEqual([
      '4:1 body: <Gallery> takes only <Figure> between its tags, not <PullQuote>',
    ]);
    expect(errors('<QandA>\n<Question>Why?</Question> and <Answer>x</Answer>\n</QandA>')[0]).toBe(
      '2:1 body: <QandA> takes only <Question> or <Answer> between its tags, not text ("Why? and x")',
    );
  });

  it('reports an element it does not know once, as unknown', () => {
    const found = errors(`<Gallery>\n${figure(1)}\n${figure(2)}\n<Slideshow />\n</Gallery>`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^4:1 body: unknown component <Slideshow>/);
  });

  it('counts the children a container needs', () => {
    expect(errors(`<Gallery>\n${figure(1)}\n</Gallery>`)).toEqual([
      '1:1 body: <Gallery> needs at least 2 <Figure> elements between its tags; it has 1',
    ]);
    expect(errors('<Timeline>\n</Timeline>')).toEqual([
      '1:1 body: <Timeline> needs at least 1 <TimelineEvent> element between its tags; it has none',
    ]);
    expect(errors('<QandA>\n</QandA>')).toEqual([
      '1:1 body: <QandA> needs at least one <Question> and <Answer> pair between its tags; it has none',
    ]);
  });

  it('takes questions and answers in turn, from a question to an answer', () => {
    const turns = '<QandA> takes <Question> and <Answer> in turn, starting with <Question>';
    expect(errors('<QandA>\n<Answer>x</Answer>\n<Question>y</Question>\n</QandA>')).toEqual([
      `2:1 body: ${turns}: found <Answer> where <Question> should be`,
    ]);
    expect(
      errors(
        '<QandA>\n<Question>a</Question>\n<Answer>b</Answer>\n<Answer>c</Answer>\n<Question>d</Question>\n</QandA>',
      ),
    ).toEqual([`4:1 body: ${turns}: found <Answer> where <Question> should be`]);
    expect(errors('<QandA>\n<Question>a</Question>\n</QandA>')).toEqual([
      `2:1 body: ${turns} and ending with <Answer>: this <Question> has no <Answer> after it`,
    ]);
  });

  it('checks that each date is a real one and that events are in chronological order', () => {
    expect(errors(timeline(event('2026-02-30')))).toEqual([
      '3:16 TimelineEvent.date: "2026-02-30" is not a real calendar date: 2026-02 has no day 30',
    ]);
    expect(errors(timeline(event('12 March 2024')))[0]).toMatch(
      /^3:16 TimelineEvent.date: "12 March 2024" is not a date; write it like 2024-03-12, or 2024-03 or 2024/,
    );
    // A month or a year counts from its first day.
    expect(errors(timeline(event('2024-03-05'), event('2024-03'), event('2023')))).toEqual([
      '9:16 TimelineEvent.date: "2024-03" is earlier than the <TimelineEvent> before it ("2024-03-05"): <Timeline> shows them in the order written, which must be chronological',
      '15:16 TimelineEvent.date: "2023" is earlier than the <TimelineEvent> before it ("2024-03"): <Timeline> shows them in the order written, which must be chronological',
    ]);
    // A date that is not one is reported once, and the events around it are still compared.
    expect(errors(timeline(event('2025'), event('soon'), event('2024')))).toHaveLength(2);
  });

  it('still applies the other rules inside containers', () => {
    expect(errors(`<Gallery>\n${figure(1)}\n<Figure src="/images/2.jpg" />\n</Gallery>`)).toEqual([
      '3:1 Figure.alt: <Figure> needs alt="…"',
    ]);
  });
});

describe('the compiler applies the same rules, then shapes the tree as the components render it', () => {
  it('refuses a body that breaks a structure rule, with the checker’s message', () => {
    expect(() => compileMdx(event('2024'))).toThrow(/goes only directly inside <Timeline>/);
    expect(() => compileMdx(timeline(event('2025'), event('2024')))).toThrow(/must be chronological/);
  });

  it('opens up the paragraph Markdown puts around components on their own lines, and numbers galleries', () => {
    const body = tree(
      `<QandA>\n<Question>Why?</Question>\n<Answer>Because.</Answer>\n</QandA>\n\n<Gallery>\n${figure(1)}\n${figure(2)}\n</Gallery>\n\n<Gallery>${figure(3)} ${figure(4)}</Gallery>`,
    );
    shapeBodyTree(body);
    const shape = (node: Nodes): unknown =>
      node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
        ? {
            [node.name ?? '']: node.children.map(shape),
            ...Object.fromEntries(
              node.attributes.flatMap((a) =>
                a.type === 'mdxJsxAttribute' && a.name === 'number' ? [['number', a.value]] : [],
              ),
            ),
          }
        : node.type;
    expect(body.children.map(shape)).toEqual([
      { QandA: [{ Question: ['paragraph'] }, { Answer: ['paragraph'] }] },
      { Gallery: [{ Figure: [] }, { Figure: [] }], number: '1' },
      { Gallery: [{ Figure: [] }, { Figure: [] }], number: '2' },
    ]);
  });
});
