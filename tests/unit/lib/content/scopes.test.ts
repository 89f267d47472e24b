import { describe, expect, it } from 'vitest';
import { scopeDescription, scopePath, scopeTitle, type Scope } from '@/lib/content/scopes';
import { sections } from '@/lib/config/sections';
import { makeAuthor } from '../../../fixtures/articles';

const world = sections[0];
if (world?.slug !== 'world') throw new Error('sections changed order');
const author = makeAuthor({ slug: 'priya', name: 'Priya Raman', role: 'Technology reporter' });

const cases: [Scope, string, string, string][] = [
  [{ kind: 'site' }, '/', 'The Meridian: news and analysis', 'Independent reporting'],
  [{ kind: 'section', section: world }, '/world', 'World', 'The latest world news and analysis.'],
  [{ kind: 'tag', tag: 'north-korea' }, '/tags/north-korea', 'Stories about north korea', 'The latest stories tagged north korea.'],
  [{ kind: 'author', author }, '/authors/priya', 'Priya Raman', 'Priya Raman, Technology reporter. Summary of priya.'],
];

describe('scopes', () => {
  it.each(cases)('%o has its page path, title and description', (scope, path, title, description) => {
    expect(scopePath(scope)).toBe(path);
    expect(scopeTitle(scope)).toBe(title);
    expect(scopeDescription(scope)).toContain(description);
  });
});
