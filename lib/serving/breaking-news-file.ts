/**
 * Reads the breaking-news line from its file while the server runs (`siteConfig.breakingNewsFile`,
 * content/breaking.yml by default), for the HTTP layer to put into every page
 * (lib/serving/breaking-news-include.ts). The file is looked at (one `stat`) at most once a second
 * and read again only when it changed, so an editor's `git pull` — or a deploy hook copying the one
 * file — shows on the next requests, and a line disappears at its expiry to the second, with no
 * rebuild and no page regenerated.
 *
 * A file with anything wrong in it shows no line (the checker names the problems; the server logs
 * them once): a malformed line on every page would be worse than none.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../config/site-config';
import { activeLine, readBreakingNews, type BreakingLine } from '../content/breaking-news';

/** How long the server trusts what it last saw of the file before it looks again. */
export const BREAKING_NEWS_CHECK_MS = 1000;

type Log = Pick<Console, 'log' | 'error'>;

/** What identifies one version of the file: a `git pull` writes a new file, an editor in place a new mtime. */
function versionOf(file: string): string {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : 'absent';
  } catch {
    return 'absent';
  }
}

function load(file: string, log: Log): BreakingLine | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const { line, problems } = readBreakingNews(text);
  for (const p of problems) log.error(`breaking news: ${file}:${p.line}:${p.column}: ${p.field}: ${p.message}`);
  if (problems.length > 0)
    log.error(`breaking news: ${file} has problems (npm run check names them); no line is shown`);
  else if (line) log.log(`breaking news: "${line.text}" → ${line.url}${line.expires ? ` until ${line.expires}` : ''}`);
  return line;
}

/**
 * A reader of the line in `file` (absolute, or relative to the working folder): called with the
 * time, it returns the line readers see then — none when the file is absent, empty, malformed or
 * expired. It looks at the file again when `checkMs` has passed since it last did.
 */
export function breakingNewsReader(
  file: string,
  { checkMs = BREAKING_NEWS_CHECK_MS, log = console }: { checkMs?: number; log?: Log } = {},
): (now: number) => BreakingLine | undefined {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let seen: string | undefined;
  let line: BreakingLine | undefined;
  return (now) => {
    if (now - checkedAt >= checkMs || now < checkedAt) {
      checkedAt = now;
      const version = versionOf(file);
      if (version !== seen) {
        if (version === 'absent' && seen !== undefined && line) log.log(`breaking news: ${file} removed; no line`);
        seen = version;
        line = version === 'absent' ? undefined : load(file, log);
      }
    }
    return activeLine(line, now);
  };
}

let reader: ((now: number) => BreakingLine | undefined) | undefined;

/**
 * The breaking-news line readers see now, from the configured file. The path is resolved on first
 * use, against the server's working folder (the standalone server's own, once it has moved there).
 */
export function breakingLineNow(now: number = Date.now()): BreakingLine | undefined {
  reader ??= breakingNewsReader(path.resolve(/* turbopackIgnore: true */ process.cwd(), siteConfig.breakingNewsFile));
  return reader(now);
}
