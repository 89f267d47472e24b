import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/checks/article-rules';
import { checkBreakingNews } from '@/lib/checks/breaking-rules';

const file = (text: string) => ({ path: 'content/breaking.yml', text });
const LINE = 'text: Subway service suspended across Manhattan\nurl: /world/subway-service-suspended\n';
const EXPIRY = '2026-11-15T20:00:00-05:00';

describe('checkBreakingNews', () => {
  it('passes a line that has not expired, one without an expiry, and an empty file', () => {
    const before = new Date(Date.parse(EXPIRY) - 1);
    expect(checkBreakingNews(file(`${LINE}expires: ${EXPIRY}\n`), before)).toEqual([]);
    expect(checkBreakingNews(file(LINE), new Date('2030-01-01T00:00:00Z'))).toEqual([]);
    expect(checkBreakingNews(file(''), before)).toEqual([]);
  });

  it('fails a line from the moment it expires, at its expires value', () => {
    expect(checkBreakingNews(file(`${LINE}expires: ${EXPIRY}\n`), new Date(EXPIRY)).map(formatProblem)).toEqual([
      'content/breaking.yml:3:10: expires: the line expired on 15 November 2026, 20:00 EST and no longer shows; delete content/breaking.yml (or give it a later expiry)',
    ]);
  });

  it('reports what the reader finds wrong as errors, at file:line:column', () => {
    const problems = checkBreakingNews(file('text: Subway service suspended\nurl: http://example.org/x\n'), new Date());
    expect(problems).toEqual([
      {
        file: 'content/breaking.yml',
        line: 2,
        column: 6,
        field: 'url',
        message:
          '"http://example.org/x" must be a page of this site starting with / (e.g. /world/harbour-strike-ends) or a full address starting with https://',
        severity: 'error',
      },
    ]);
  });
});
