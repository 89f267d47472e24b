/**
 * The checker's rules for the breaking-news line (content/breaking.yml): everything
 * `readBreakingNews` (lib/content/breaking-news.ts) finds wrong with the file — the same reader the
 * server uses, so a file the checker passes is one the server shows — and a line that has already
 * expired, which readers no longer see and which should be taken out of the content.
 */
import { activeLine, readBreakingNews } from '../content/breaking-news';
import { formatDateTime } from '../format/dates';
import type { Problem, SourceFile } from './article-rules';

/** The problems of the breaking-news file `file` (its path relative to the project, and its text) at `now`. */
export function checkBreakingNews(file: SourceFile, now: Date): Problem[] {
  const reading = readBreakingNews(file.text);
  const problems: Problem[] = reading.problems.map((p) => ({ file: file.path, ...p, severity: 'error' }));
  const { line } = reading;
  if (line?.expires !== undefined && activeLine(line, now) === undefined) {
    const position = reading.positions.expires ?? { line: 1, column: 1 };
    problems.push({
      file: file.path,
      ...position,
      field: 'expires',
      message: `the line expired on ${formatDateTime(line.expires)} and no longer shows; delete ${file.path} (or give it a later expiry)`,
      severity: 'error',
    });
  }
  return problems;
}
