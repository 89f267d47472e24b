import { describe, expect, it } from 'vitest';
import {
  activeLine,
  breakingLinkProblem,
  MAX_BREAKING_TEXT_LENGTH,
  readBreakingNews,
} from '@/lib/content/breaking-news';

const LINE = [
  'text: Polls have closed across New York; follow the count as it happens',
  'url: /politics/new-york-election-results-live',
  'expires: 2026-11-04T06:00:00-05:00',
  '',
].join('\n');

describe('readBreakingNews', () => {
  it('reads a line with its text, link and expiry, and where each is written', () => {
    const reading = readBreakingNews(LINE);
    expect(reading.problems).toEqual([]);
    expect(reading.line).toEqual({
      text: 'Polls have closed across New York; follow the count as it happens',
      url: '/politics/new-york-election-results-live',
      expires: '2026-11-04T06:00:00-05:00',
      expiresAt: Date.parse('2026-11-04T11:00:00Z'),
    });
    expect(reading.positions).toEqual({
      text: { line: 1, column: 7 },
      url: { line: 2, column: 6 },
      expires: { line: 3, column: 10 },
    });
  });

  it('reads a line without an expiry, and a full https address as its link', () => {
    const reading = readBreakingNews('text: The mayor will speak at 3 p.m.\nurl: https://live.example.org/mayor\n');
    expect(reading).toMatchObject({ problems: [], line: { text: 'The mayor will speak at 3 p.m.', url: 'https://live.example.org/mayor' } });
    expect(reading.line?.expiresAt).toBeUndefined();
  });

  it('finds no line and nothing wrong in an empty file or one of comments only', () => {
    for (const source of ['', '\n\n', '# No breaking news at the moment.\n', '\uFEFF']) {
      expect(readBreakingNews(source)).toEqual({ problems: [], positions: {} });
    }
  });

  it('reports YAML syntax errors where they are, and no line', () => {
    // The usual slip: a colon and a space inside a text that is not in quotes.
    expect(readBreakingNews('text: Storm: warning\nurl: /world\n')).toEqual({
      problems: [
        {
          line: 1,
          column: 7,
          field: 'breaking news',
          message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
        },
      ],
      positions: {},
    });
    expect(readBreakingNews('text: "Storm: warning"\nurl: /world\n').line?.text).toBe('Storm: warning');
  });

  it('refuses a field written twice', () => {
    const reading = readBreakingNews('text: One\ntext: Two\nurl: /world\n');
    expect(reading.line).toBeUndefined();
    expect(reading.problems[0]?.message).toMatch(/^YAML syntax error: .*unique/i);
  });

  it('names an unknown field where it is written and suggests the field meant', () => {
    const reading = readBreakingNews('text: Storm warning for the city\nlink: /world/storm\n');
    expect(reading.line).toBeUndefined();
    expect(reading.problems).toEqual([
      { line: 2, column: 1, field: 'link', message: 'unknown field; the fields are text, url, expires' },
      { line: 1, column: 1, field: 'url', message: 'is required but missing' },
    ]);
    expect(readBreakingNews('text: Storm\nurl: /world/storm\nexpire: 2026-11-04T06:00:00-05:00\n').problems).toEqual([
      { line: 3, column: 1, field: 'expire', message: 'unknown field; did you mean "expires"?' },
    ]);
  });

  it('requires the text and the link, with a value', () => {
    expect(readBreakingNews('url: /world\n').problems).toEqual([
      { line: 1, column: 1, field: 'text', message: 'is required but missing' },
    ]);
    expect(readBreakingNews('text:\nurl: /world\n').problems).toEqual([
      { line: 1, column: 1, field: 'text', message: 'is required but has no value' },
    ]);
    expect(readBreakingNews('text: "  "\nurl: /world\n').problems).toEqual([
      { line: 1, column: 7, field: 'text', message: 'must not be empty' },
    ]);
    expect(readBreakingNews('text: 2026\nurl: /world\n').problems).toEqual([
      { line: 1, column: 7, field: 'text', message: 'must be text (got number 2026)' },
    ]);
  });

  it('wants the text on one line, and short', () => {
    expect(readBreakingNews('text: |\n  First line\n  second line\nurl: /world\n').problems).toEqual([
      { line: 1, column: 7, field: 'text', message: 'must be one line: write it as one sentence on the same line as "text:"' },
    ]);
    const long = 'x'.repeat(MAX_BREAKING_TEXT_LENGTH + 1);
    expect(readBreakingNews(`text: ${long}\nurl: /world\n`).problems[0]?.message).toBe(
      `is ${MAX_BREAKING_TEXT_LENGTH + 1} characters; a breaking-news line may be at most ${MAX_BREAKING_TEXT_LENGTH}`,
    );
    // A folded scalar's final line break is not a second line.
    expect(readBreakingNews('text: >\n  Storm warning\nurl: /world\n').line?.text).toBe('Storm warning');
  });

  it('refuses an expiry without an offset, or on a day that does not exist', () => {
    expect(readBreakingNews('text: A\nurl: /world\nexpires: 2026-11-04T06:00:00\n').problems).toEqual([
      {
        line: 3,
        column: 10,
        field: 'expires',
        message:
          '"2026-11-04T06:00:00" is not an ISO 8601 date-time with a timezone offset; write it like 2024-11-14T10:00:00-05:00',
      },
    ]);
    expect(readBreakingNews('text: A\nurl: /world\nexpires: 2026-02-30T06:00:00-05:00\n').problems[0]?.message).toBe(
      '"2026-02-30T06:00:00-05:00" is not a real calendar date: 2026-02 has no day 30',
    );
  });

  it('wants the file to be fields, not a list or a sentence', () => {
    expect(readBreakingNews('- text: A\n').problems).toEqual([
      { line: 1, column: 1, field: 'breaking news', message: 'must be "field: value" lines: text, url, expires (expires is optional)' },
    ]);
    expect(readBreakingNews('Storm warning for the city\n').problems[0]?.field).toBe('breaking news');
  });
});

describe('breakingLinkProblem', () => {
  it('accepts a page of this site and a full https address', () => {
    expect(breakingLinkProblem('/world/harbour-strike-ends')).toBeUndefined();
    expect(breakingLinkProblem('/')).toBeUndefined();
    expect(breakingLinkProblem('https://live.example.org/election?from=banner#latest')).toBeUndefined();
  });

  it('refuses http, other schemes, protocol-relative and relative addresses, and spaces', () => {
    for (const url of [
      'http://example.org/x',
      'javascript:alert(1)',
      'mailto:desk@example.org',
      '//evil.example/x',
      'world/storm',
      '/world/storm warning',
      'https://',
    ]) {
      expect(breakingLinkProblem(url), url).toBe(
        `"${url}" must be a page of this site starting with / (e.g. /world/harbour-strike-ends) or a full address starting with https://`,
      );
    }
  });
});

describe('activeLine', () => {
  const expiring = readBreakingNews(LINE).line;
  const expiry = Date.parse('2026-11-04T06:00:00-05:00');

  it('shows a line until its expiry, and not from the expiry on', () => {
    expect(activeLine(expiring, expiry - 1)).toBe(expiring);
    expect(activeLine(expiring, new Date(expiry - 60_000))).toBe(expiring);
    expect(activeLine(expiring, expiry)).toBeUndefined();
    expect(activeLine(expiring, new Date(expiry + 1))).toBeUndefined();
  });

  it('shows a line without an expiry at any time, and nothing when there is no line', () => {
    const forever = readBreakingNews('text: A\nurl: /world\n').line;
    expect(activeLine(forever, new Date('2099-01-01T00:00:00Z'))).toBe(forever);
    expect(activeLine(undefined, Date.now())).toBeUndefined();
  });
});
