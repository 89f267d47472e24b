/**
 * `npm run check [-- --root DIR]`: checks every article and author and prints each problem as
 * `path:line:column: field: message`, then a summary. Exits 1 when there is any error.
 */
import { performance } from 'node:perf_hooks';
import { checkContent } from '../lib/content-check';
import { formatProblem } from '../lib/content-rules';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag >= 0 ? process.argv[rootFlag + 1] : process.cwd();
if (!root) {
  console.error('usage: check-content [--root DIR]');
  process.exit(2);
}

const started = performance.now();
const report = checkContent(root);
const ms = Math.round(performance.now() - started);
for (const problem of report.problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
const errors = report.problems.filter((p) => p.severity === 'error').length;
const warnings = report.problems.length - errors;
const summary = `content check: ${report.articleCount} articles, ${report.authorCount} authors: ${errors} error(s), ${warnings} warning(s) in ${ms} ms`;
if (errors > 0) {
  console.error(summary);
  console.error('The site was not built. Fix the lines above (file:line:column: field: message) and run `npm run check` again.');
  process.exit(1);
}
console.log(summary);
