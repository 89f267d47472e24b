import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BREAKING_NEWS_CHECK_MS, breakingNewsReader } from '@/lib/serving/breaking-news-file';

const LINE = 'text: Subway service suspended across Manhattan\nurl: /world/subway-service-suspended\n';

let dir: string;
let file: string;
let logged: string[];
const log = { log: (m: string) => logged.push(`log: ${m}`), error: (m: string) => logged.push(`error: ${m}`) };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'breaking-news-'));
  file = path.join(dir, 'breaking.yml');
  logged = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('breakingNewsReader', () => {
  it('has no line while there is no file', () => {
    const read = breakingNewsReader(file, { log });
    expect(read(0)).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('shows a line written while it runs once the check interval has passed, and not before', () => {
    const read = breakingNewsReader(file, { log });
    expect(read(0)).toBeUndefined();
    writeFileSync(file, LINE);
    expect(read(BREAKING_NEWS_CHECK_MS - 1)).toBeUndefined();
    expect(read(BREAKING_NEWS_CHECK_MS)?.text).toBe('Subway service suspended across Manhattan');
    expect(logged).toEqual([
      'log: breaking news: "Subway service suspended across Manhattan" → /world/subway-service-suspended',
    ]);
  });

  it('takes a changed line, and drops it when the file is removed', () => {
    const read = breakingNewsReader(file, { log, checkMs: 10 });
    writeFileSync(file, LINE);
    expect(read(0)?.url).toBe('/world/subway-service-suspended');
    writeFileSync(file, 'text: Service is returning line by line\nurl: /world/subway-service-returns\n');
    expect(read(10)?.url).toBe('/world/subway-service-returns');
    rmSync(file);
    expect(read(20)).toBeUndefined();
    expect(logged.at(-1)).toBe(`log: breaking news: ${file} removed; no line`);
  });

  it('stops showing the line at its expiry, by itself, without the file changing', () => {
    const expiry = Date.parse('2026-11-04T06:00:00-05:00');
    writeFileSync(file, `${LINE}expires: 2026-11-04T06:00:00-05:00\n`);
    const read = breakingNewsReader(file, { log });
    expect(read(expiry - 1000)?.text).toBe('Subway service suspended across Manhattan');
    expect(read(expiry - 1)).toBeDefined();
    expect(read(expiry)).toBeUndefined();
    expect(read(expiry + 60_000)).toBeUndefined();
  });

  it('shows no line from a malformed file, and logs what is wrong once, where it is', () => {
    writeFileSync(file, 'text: Storm warning\nlink: /world/storm\n');
    const read = breakingNewsReader(file, { log, checkMs: 10 });
    expect(read(0)).toBeUndefined();
    expect(read(10)).toBeUndefined();
    expect(logged).toEqual([
      `error: breaking news: ${file}:2:1: link: unknown field; the fields are text, url, expires`,
      `error: breaking news: ${file}:1:1: url: is required but missing`,
      `error: breaking news: ${file} has problems (npm run check names them); no line is shown`,
    ]);
  });

  it('shows no line from an empty file', () => {
    writeFileSync(file, '');
    expect(breakingNewsReader(file, { log })(0)).toBeUndefined();
    expect(logged).toEqual([]);
  });
});
