import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The official schemas beside the repository (`../shared/schemas`, as in CI), resolved from this
 * file so it works from any working directory.
 */
export const SCHEMA_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'schemas');

export type SchemaFile = 'sitemap.xsd' | 'siteindex.xsd' | 'combined-urlset.xsd';

/**
 * Validates `xml` with `xmllint --noout --nonet --schema` (Debian's libxml2-utils). Returns
 * xmllint's verdict and messages; throws when xmllint itself cannot run.
 */
export function validateXml(xml: string, schema: SchemaFile): { valid: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xmllint-'));
  try {
    const file = path.join(dir, 'document.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, schema), file], {
      encoding: 'utf8',
    });
    if (result.error) throw new Error(`xmllint could not run (apt-get install libxml2-utils): ${result.error.message}`);
    return { valid: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
