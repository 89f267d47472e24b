import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ENHANCEMENT_PATH,
  enhancementFileName,
  enhancementReader,
  parseEnhancementManifest,
} from '@/lib/serving/enhancements';

const ENTRY = { path: '/enhance/full-text-search.0123abcd4567.js', bytes: 5000, gzipBytes: 2000 };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'enhancements-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeManifest(manifest: unknown): void {
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

describe('enhancement module addresses', () => {
  it('are /enhance/<name>.<hash>.js', () => {
    expect(ENHANCEMENT_PATH).toBe('/enhance');
    expect(enhancementFileName('full-text-search', '0123abcd4567')).toBe('full-text-search.0123abcd4567.js');
    expect(() => enhancementFileName('Full Text', '0123abcd')).toThrow();
    expect(() => enhancementFileName('search', '../x')).toThrow();
  });
});

describe('parseEnhancementManifest', () => {
  it('accepts name → { path, bytes, gzipBytes } and keeps only those fields', () => {
    expect(parseEnhancementManifest({ 'full-text-search': { ...ENTRY, extra: true } })).toEqual({
      'full-text-search': ENTRY,
    });
    expect(parseEnhancementManifest({})).toEqual({});
  });

  it('rejects anything else, and any path that is not the module’s own file under /enhance/', () => {
    const bad: unknown[] = [
      null,
      [],
      'manifest',
      { 'full-text-search': { path: ENTRY.path, bytes: '5000', gzipBytes: 2000 } },
      { 'full-text-search': { ...ENTRY, path: '/enhance/other.0123abcd4567.js' } },
      { 'full-text-search': { ...ENTRY, path: '/pagefind/full-text-search.0123abcd4567.js' } },
      { 'full-text-search': { ...ENTRY, path: '/enhance/../full-text-search.0123abcd4567.js' } },
      { 'full-text-search': { ...ENTRY, path: '/enhance/full-text-search.js' } },
      { 'Full text': { ...ENTRY, path: '/enhance/Full text.0123abcd4567.js' } },
    ];
    for (const value of bad) expect(() => parseEnhancementManifest(value), JSON.stringify(value)).toThrow();
  });
});

describe('enhancementReader', () => {
  it('gives a module’s address from the manifest, read once', () => {
    writeManifest({ 'full-text-search': ENTRY });
    const reader = enhancementReader(dir);
    expect(reader.src('full-text-search')).toBe(ENTRY.path);
    writeManifest({});
    expect(reader.src('full-text-search')).toBe(ENTRY.path);
  });

  it('names the command to run when the manifest or the module is missing', () => {
    const reader = enhancementReader(dir);
    expect(() => reader.src('full-text-search')).toThrow(/manifest\.json: run `npm run enhancements` first/);
    writeManifest({ 'full-text-search': ENTRY });
    // A missing manifest is not remembered: once built, it is read.
    expect(reader.src('full-text-search')).toBe(ENTRY.path);
    expect(() => reader.src('live-updates')).toThrow(
      /No enhancement module "live-updates".*live-updates\.enhance\.ts.*npm run enhancements/,
    );
  });

  it('says so when the manifest is not valid', () => {
    writeFileSync(path.join(dir, 'manifest.json'), '{"full-text-search": {"path": "/etc/passwd"}}');
    expect(() => enhancementReader(dir).src('full-text-search')).toThrow(/not a valid manifest.*npm run enhancements/);
  });

  it('resolves only the files the manifest lists, one segment each', () => {
    writeManifest({ 'full-text-search': ENTRY });
    const reader = enhancementReader(dir);
    expect(reader.resolveFile(['full-text-search.0123abcd4567.js'])).toBe('full-text-search.0123abcd4567.js');
    for (const segments of [
      [],
      ['full-text-search.ffffffffffff.js'],
      ['manifest.json'],
      ['..', 'package.json'],
      ['..'],
      ['%2e%2e'],
      ['full-text-search.0123abcd4567.js', 'x'],
      ['/full-text-search.0123abcd4567.js'],
      ['full-text-search.0123abcd4567.js.map'],
    ]) {
      expect(reader.resolveFile(segments), segments.join('/')).toBeUndefined();
    }
  });

  it('serves nothing while there is no manifest', () => {
    expect(enhancementReader(dir).resolveFile(['full-text-search.0123abcd4567.js'])).toBeUndefined();
  });
});
