/**
 * The JSON-LD of a page as the end-to-end tests read it: exactly one schema.org `@graph`, its nodes.
 */
import { expect, type Page } from '@playwright/test';
import { isPlainObject } from '../../../lib/format/json';

export type Json = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export const isJson: (value: unknown) => value is Json = isPlainObject;

/** The nodes of the page's one `<script type="application/ld+json">`, which must be a schema.org `@graph`. */
export async function jsonLdGraph(page: Page): Promise<Json[]> {
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const data: unknown = JSON.parse((await scripts.textContent()) ?? '');
  if (!isJson(data) || data['@context'] !== 'https://schema.org' || !Array.isArray(data['@graph'])) {
    throw new Error('JSON-LD is not a schema.org @graph');
  }
  return data['@graph'].filter(isJson);
}
