import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getSection,
  isSectionSlug,
  reservedTopLevelSegments,
  sectionChildRoutes,
  sections,
} from '@/lib/config/sections';

describe('sections', () => {
  it('have unique slugs and display names', () => {
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
    for (const s of sections) expect(s.name.length).toBeGreaterThan(0);
  });

  it('never collide with a reserved top-level path', () => {
    const reserved: readonly string[] = reservedTopLevelSegments;
    for (const s of sections) expect(reserved).not.toContain(s.slug);
  });

  it('never collide with another top-level route or public file', () => {
    const root = process.cwd();
    const appRoutes = readdirSync(path.join(root, 'app')).filter((n) => !n.startsWith('[') && !n.includes('.'));
    const publicEntries = readdirSync(path.join(root, 'public'));
    for (const s of sections) {
      expect(appRoutes).not.toContain(s.slug);
      expect(publicEntries).not.toContain(s.slug);
    }
  });

  it('looks sections up by slug', () => {
    expect(getSection('world')?.name).toBe('World');
    expect(getSection('weather')).toBeUndefined();
    expect(isSectionSlug('sport')).toBe(true);
    expect(isSectionSlug('authors')).toBe(false);
  });
});

describe('sectionChildRoutes', () => {
  it('lists exactly the fixed two-segment routes inside app/[section]/ (everything else there is an article)', () => {
    // `page/` holds /<section>/page/<n>, three segments deep.
    const entries = readdirSync(path.join(process.cwd(), 'app/[section]')).filter(
      (n) => !n.startsWith('[') && !/\.(tsx?|css)$/.test(n) && n !== 'page',
    );
    expect([...sectionChildRoutes].sort()).toEqual(entries.sort());
  });
});
