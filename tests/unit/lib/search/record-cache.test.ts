import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BodyHashes, codeVersion, RecordCache, recordKey, sourceKey } from '@/lib/search/record-cache';
import { searchRecord } from '@/lib/search/records';
import { makeArticle } from '../../../fixtures/articles';

let dir: string;
let store: string;
let cache: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'record-cache-'));
  store = path.join(dir, '.contentlayer');
  cache = path.join(dir, 'cache');
  mkdirSync(path.join(store, 'generated'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBody(file: string, text: string, mtime: Date): void {
  writeFileSync(path.join(store, file), text);
  utimesSync(path.join(store, file), mtime, mtime);
}

describe('BodyHashes', () => {
  it('reads a body once, and again only when its file’s time or size changes, across runs', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    writeBody('generated/a.json', 'A', t);
    let reads = 0;
    const read = (text: string) => () => {
      reads++;
      return text;
    };
    const first = new BodyHashes(cache, store);
    const hash = first.hash('generated/a.json', read('A'));
    expect(first.hash('generated/a.json', read('A'))).toBe(hash);
    first.save();
    expect(reads).toBe(2);

    const second = new BodyHashes(cache, store);
    expect(second.hash('generated/a.json', read('unused'))).toBe(hash);
    expect(reads).toBe(2);

    // Rewritten (a new time): read again; the same words give the same hash.
    writeBody('generated/a.json', 'A', new Date('2026-01-02T00:00:00Z'));
    expect(second.hash('generated/a.json', read('A'))).toBe(hash);
    expect(reads).toBe(3);
    writeBody('generated/a.json', 'AB', new Date('2026-01-02T00:00:00Z'));
    expect(second.hash('generated/a.json', read('AB'))).not.toBe(hash);
    expect(reads).toBe(4);
  });

  it('forgets the files a run did not use', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    writeBody('generated/a.json', 'A', t);
    writeBody('generated/b.json', 'B', t);
    const first = new BodyHashes(cache, store);
    first.hash('generated/a.json', () => 'A');
    first.hash('generated/b.json', () => 'B');
    first.save();
    const second = new BodyHashes(cache, store);
    second.hash('generated/a.json', () => 'A');
    second.save();
    let reread = false;
    new BodyHashes(cache, store).hash('generated/b.json', () => {
      reread = true;
      return 'B';
    });
    expect(reread).toBe(true);
  });

  it('throws for a body file that is not there', () => {
    expect(() => new BodyHashes(cache, store).hash('generated/missing.json', () => '')).toThrow(/ENOENT/);
  });
});

describe('keys', () => {
  it('name a record by its fields, its bodies in order and the code', () => {
    const key = sourceKey('["/world/a"]', ['h1', 'h2']);
    expect(sourceKey('["/world/a"]', ['h1', 'h2'])).toBe(key);
    expect(sourceKey('["/world/a"]', ['h2', 'h1'])).not.toBe(key);
    expect(sourceKey('["/world/b"]', ['h1', 'h2'])).not.toBe(key);
    expect(recordKey('v1', key)).not.toBe(recordKey('v2', key));
  });

  it('take the code’s version from the source of the layers that make records', () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion()).toBe(codeVersion());
  });
});

describe('RecordCache', () => {
  it('gives back what was put, and prunes what is no longer used', () => {
    const records = new RecordCache(cache);
    const a = searchRecord(makeArticle({ slug: 'a' }), 'Body of a.', 'en');
    const b = searchRecord(makeArticle({ slug: 'b' }), 'Body of b.', 'en');
    expect(records.get('ka')).toBeUndefined();
    records.put('ka', a);
    records.put('kb', b);
    expect(new RecordCache(cache).get('ka')).toEqual(a);
    records.prune(new Set(['kb']));
    expect(records.get('ka')).toBeUndefined();
    expect(records.get('kb')).toEqual(b);
    expect(readdirSync(path.join(cache, 'records'))).toEqual(['kb.json']);
  });

  it('treats an unreadable entry as missing', () => {
    const records = new RecordCache(cache);
    mkdirSync(path.join(cache, 'records'), { recursive: true });
    writeFileSync(path.join(cache, 'records', 'bad.json'), '{"url": 1}');
    expect(records.get('bad')).toBeUndefined();
  });
});
