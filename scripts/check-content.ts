/**
 * `npm run check [-- --root DIR] [--since REV] [--no-cache] [--workers N] [--now ISO]`: checks every
 * article, live blog and author and prints each problem as `path:line:column: field: message`, then a summary
 * with the time taken. Exits 1 when there is any error.
 *
 * --since REV   compare headlines with this git revision (default HEAD; in CI use the branch the change
 *               merges into, e.g. --since origin/main); --since none skips the comparison
 * --no-cache    parse every file again instead of reusing node_modules/.cache/content-check
 * --workers N   threads for parsing (default: every core when many files need parsing)
 * --now ISO     check scheduled articles as of this moment (tests)
 */
import { performance } from 'node:perf_hooks';
import { checkContent } from '../lib/checks/runner';
import { formatProblem } from '../lib/checks/article-rules';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = flag('root') ?? process.cwd();
const since = flag('since');
const workers = flag('workers');
const now = flag('now');
if ((workers !== undefined && !/^\d+$/.test(workers)) || (now !== undefined && Number.isNaN(Date.parse(now)))) {
  console.error('usage: check-content [--root DIR] [--since REV|none] [--no-cache] [--workers N] [--now ISO-DATE]');
  process.exit(2);
}

const started = performance.now();
const report = await checkContent(root, {
  since: since === 'none' ? false : (since ?? 'HEAD'),
  cache: !process.argv.includes('--no-cache'),
  ...(workers !== undefined ? { workers: Number(workers) } : {}),
  ...(now !== undefined ? { now: new Date(now) } : {}),
});
const checkMs = Math.round(performance.now() - started);
// performance.now() counts from the start of this process: module loading included.
const totalMs = Math.round(performance.now());
for (const problem of report.problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
const errors = report.problems.filter((p) => p.severity === 'error').length;
const warnings = report.problems.length - errors;
const parsing =
  report.analysed > 0
    ? `${report.analysed} parsed on ${report.threads} thread(s), ${report.cached} from cache`
    : `all ${report.cached} from cache`;
const live =
  report.liveBlogCount > 0 ? `, ${report.liveBlogCount} live blog(s) with ${report.liveEntryCount} entries` : '';
const summary = `content check: ${report.articleCount} articles${live}, ${report.authorCount} authors: ${errors} error(s), ${warnings} warning(s) in ${totalMs} ms (checking ${checkMs} ms; files ${parsing}; ${report.history})`;
if (errors > 0) {
  console.error(summary);
  console.error(
    'The site was not built. Fix the lines above (file:line:column: field: message) and run `npm run check` again.',
  );
  process.exit(1);
}
console.log(summary);
