/**
 * The W3C Nu HTML checker shipped by the vnu-jar package, run with the system Java, over documents
 * the tests fetched: `nuCheckerErrors` returns every error (none is filtered), one line each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

type VnuMessage = {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  url?: string;
  lastLine?: number;
};

function isVnuMessage(value: unknown): value is VnuMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

/**
 * The checker's errors in `documents` (name → HTML), as `<name>.html:<line>: <message> [<extract>]`.
 * Nothing is filtered: React's `<link rel="expect" blocking="render">`, the one error the checker
 * used to report, never reaches the browser now (lib/serving/framework-free-html.ts).
 */
export function nuCheckerErrors(documents: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const files = Object.entries(documents).map(([name, html]) => {
      const file = path.join(dir, `${name}.html`);
      writeFileSync(file, html);
      return file;
    });
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.error) throw new Error(`java could not run (apt-get install default-jre-headless): ${run.error.message}`);
    const report: unknown = JSON.parse(run.stderr || run.stdout);
    const messages =
      typeof report === 'object' && report !== null && 'messages' in report && Array.isArray(report.messages)
        ? report.messages.filter(isVnuMessage)
        : undefined;
    if (!messages) throw new Error(`unexpected vnu output: ${run.stderr}${run.stdout}`);
    return messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
