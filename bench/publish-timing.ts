/**
 * The pure half of `npm run bench:publish` (bench/publish.ts): the content the benchmark commits (a
 * live blog with its entries, a new article, its edit), reading the step times `npm run publish`
 * prints, and the table of results. Everything here returns text or data; bench/publish.ts writes
 * files, commits, runs the pipeline and polls the server.
 */
import { articlePath, liveUpdatesPath } from '../lib/config/urls';
import { LIVE_DIR, LIVE_BLOG_FILE_NAME, LIVE_ENTRIES_DIR } from '../lib/checks/live-rules';

/** A file the benchmark writes, relative to the project root. */
export type BenchFile = { path: string; text: string };

/** Who writes the benchmark's stories, and its picture. */
export type Byline = { author: string; hero: string };

/** An author and a hero image of the committed example content (content/authors, public/images). */
export const BENCH_BYLINE: Byline = { author: 'world-desk', hero: '/images/2024/trilateral-summit.jpg' };

/** `2026-11-28T10:00:00+00:00`: an instant with the offset the schema requires, to the second. */
export function isoWithOffset(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

const FILLER = [
  'Officials said the figures would be published in full once the review had been completed.',
  'Residents who gathered outside the hall asked for clearer answers about timing and cost.',
  'Several members argued that the proposal needed another look before any final vote was taken.',
  'Engineers working on the project say the first phase could begin next spring if approvals arrive.',
  'Critics remain unconvinced and have asked for an independent audit of the costs involved.',
  'A report published last year found that demand had risen steadily since records began.',
];

/** `sentences` sentences of plain prose, with `marker` inside the second one when given. */
function prose(sentences: number, marker?: string): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const sentence = FILLER[i % FILLER.length] ?? '';
    out.push(i === 1 && marker ? sentence.replace('asked', `asked about ${marker} and`) : sentence);
  }
  return out.join(' ');
}

/** A live blog: where its files are and its addresses. */
export type LiveBlogPlan = {
  slug: string;
  section: string;
  /** `/<section>/<slug>`. */
  url: string;
  /** The polling endpoint, `/<section>/<slug>/updates`. */
  updatesUrl: string;
};

export function liveBlogPlan(slug: string, section: string): LiveBlogPlan {
  const url = articlePath(section, slug);
  return { slug, section, url, updatesUrl: liveUpdatesPath(url) };
}

/** `content/live/<blog>/entries/<id>.mdx`. */
export function liveEntryPath(blog: string, id: string): string {
  return `${LIVE_DIR}/${blog}/${LIVE_ENTRIES_DIR}/${id}.mdx`;
}

/** One entry of a live blog, published at `publishedAt` (ms). */
export function liveEntryFile(
  blog: string,
  id: string,
  options: { author: string; publishedAt: number; title?: string; pinned?: boolean; keyEvent?: boolean },
): BenchFile {
  const lines = ['---', `publishedAt: ${isoWithOffset(options.publishedAt)}`];
  if (options.title) lines.push(`title: ${options.title}`);
  lines.push(`author: ${options.author}`);
  if (options.pinned) lines.push('pinned: true');
  if (options.keyEvent) lines.push('keyEvent: true');
  lines.push('---', '', `${prose(2)} (Update ${id}.)`, '');
  return { path: liveEntryPath(blog, id), text: lines.join('\n') };
}

/**
 * A live blog (`status: live`) started `entries × 5` minutes before `now`, with an entry every five
 * minutes up to a minute ago: the first pinned, every tenth a key event with a title. Entry ids are
 * `e001`, `e002`, … oldest first.
 */
export function liveBlogFiles(
  plan: LiveBlogPlan,
  byline: Byline,
  options: { now: number; entries: number },
): BenchFile[] {
  const start = options.now - (options.entries * 5 + 5) * 60_000;
  const blog: BenchFile = {
    path: `${LIVE_DIR}/${plan.slug}/${LIVE_BLOG_FILE_NAME}`,
    text: [
      '---',
      'title: Live coverage of the harbour district vote as results come in',
      'standfirst: Councillors decide tonight whether the old harbour district closes to cars; follow every update as it happens.',
      `publishedAt: ${isoWithOffset(start)}`,
      `author: ${byline.author}`,
      `section: ${plan.section}`,
      'status: live',
      'tags:',
      '  - local-government',
      'hero:',
      `  src: ${byline.hero}`,
      '  alt: Illustration of overlapping translucent circles over a dark blue grid',
      '  caption: The council chamber, where the vote is held tonight.',
      "  credit: 'Illustration: The Meridian'",
      '---',
      '',
      prose(3),
      '',
    ].join('\n'),
  };
  const entries: BenchFile[] = [];
  for (let i = 1; i <= options.entries; i++) {
    const keyEvent = i % 10 === 0;
    entries.push(
      liveEntryFile(plan.slug, `e${String(i).padStart(3, '0')}`, {
        author: byline.author,
        publishedAt: start + i * 5 * 60_000,
        pinned: i === 1,
        keyEvent,
        ...(keyEvent ? { title: `Key moment number ${i / 10} of the evening` } : {}),
      }),
    );
  }
  return [blog, ...entries];
}

/** A new article: where it is, its address, its headline and the word only its body contains. */
export type ArticlePlan = { path: string; url: string; slug: string; section: string; headline: string; word: string };

export function articlePlan(
  slug: string,
  section: string,
  headline: string,
  word: string,
  publishedAt: number,
): ArticlePlan {
  return {
    path: `content/articles/${new Date(publishedAt).getUTCFullYear()}/${slug}.mdx`,
    url: articlePath(section, slug),
    slug,
    section,
    headline,
    word,
  };
}

/**
 * The article's file: `word` is in its body only (not in the headline or standfirst), so only the
 * full-text index finds it. About 200 words, above the checker's short-body warning.
 */
export function articleFile(
  plan: ArticlePlan,
  byline: Byline,
  publishedAt: number,
  correction?: { date: number; text: string },
): BenchFile {
  const lines = [
    '---',
    `title: ${plan.headline}`,
    'standfirst: The harbour authority has published the report it promised, and the numbers differ from what the council was told.',
    `publishedAt: ${isoWithOffset(publishedAt)}`,
    `author: ${byline.author}`,
    `section: ${plan.section}`,
    'hero:',
    `  src: ${byline.hero}`,
    '  alt: Illustration of overlapping translucent circles over a dark blue grid',
    '  caption: The harbour authority offices, where the report was published.',
    "  credit: 'Illustration: The Meridian'",
  ];
  if (correction) {
    lines.push('corrections:', `  - date: ${isoWithOffset(correction.date)}`, `    text: ${correction.text}`);
  }
  lines.push('---', '', prose(6, plan.word), '', '## What happens next', '', prose(6), '', prose(6), '');
  return { path: plan.path, text: lines.join('\n') };
}

/**
 * A short random word of lowercase letters, starting with `zq` so that no real text contains it:
 * the search must find the new article by it and nothing else.
 */
export function uniqueWord(random: () => number, length = 10): string {
  let word = 'zq';
  while (word.length < length) word += String.fromCharCode(97 + Math.floor(random() * 26));
  return word;
}

/** One step of `npm run publish` as it reported it. */
export type PublishStep = { step: string; seconds: number };

/**
 * Short names for publish's steps, by what its line says (scripts/publish.ts `step()`: the label, or
 * a description of what the step did). A line matching none keeps its own text.
 */
const STEP_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^diff /, 'diff'],
  [/target\(s\) answering$/, 'targets up'],
  [/^check$/, 'check'],
  [/^content build$/, 'content build'],
  [/ serve content /, 'health wait'],
  [/^revalidated /, 'revalidate'],
  [/^search delta$/, 'search delta'],
];

/**
 * The steps in `npm run publish`'s output. Each step prints `publish: <what> (<n.n> s)`, and the end
 * `publish: published <rev> in <n.n> s` (its own total, without npm's and tsx's start-up); every
 * other line (npm's banner, the checker's and the content build's own output) is not a step.
 */
export function parsePublishSteps(output: string): PublishStep[] {
  const steps: PublishStep[] = [];
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    const total = /^publish: published \S+ in (\d+(?:\.\d+)?) s$/.exec(line);
    if (total) {
      steps.push({ step: 'total', seconds: Number(total[1]) });
      continue;
    }
    const match = /^publish: (.+) \((\d+(?:\.\d+)?) (ms|s)\)$/.exec(line);
    if (!match) continue;
    const [, what = '', value = '', unit] = match;
    const name = STEP_NAMES.find(([pattern]) => pattern.test(what))?.[1] ?? what;
    steps.push({ step: name, seconds: Number(value) / (unit === 'ms' ? 1000 : 1) });
  }
  return steps;
}

/** `12.3 s`, or `—` when there is no figure (not measured, or never seen). */
export function seconds(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(1)} s`;
}

/** One scenario's figures, in seconds after the commit. */
export type ScenarioResult = {
  name: string;
  steps: readonly PublishStep[];
  /** Exit code of `npm run publish`; null when it was killed. */
  publishCode: number | null;
  publishSeconds: number;
  page?: number;
  section?: number;
  updates?: number;
  search?: number;
  /** Checks that were made but never came true before the deadline. */
  missing: readonly string[];
  /** The goal for the slowest of the checks, when the scenario has one. */
  goalSeconds?: number;
};

/** The slowest of the scenario's checks: when readers have all of it (undefined if any never came). */
export function readerSeconds(result: ScenarioResult): number | undefined {
  if (result.missing.length > 0) return undefined;
  const figures = [result.page, result.section, result.updates, result.search].filter(
    (v): v is number => v !== undefined,
  );
  return figures.length === 0 ? undefined : Math.max(...figures);
}

/** `ok` when every check came true within the goal, `over` otherwise, `—` without a goal. */
export function verdict(result: ScenarioResult): 'ok' | 'over' | '—' {
  if (result.goalSeconds === undefined) return '—';
  const all = readerSeconds(result);
  return all !== undefined && all <= result.goalSeconds && result.publishCode === 0 ? 'ok' : 'over';
}

function cell(value: number | undefined, name: string, result: ScenarioResult): string {
  if (result.missing.includes(name)) return 'never';
  return seconds(value);
}

/** The results as a text table, one row per scenario, then each scenario's publish steps. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = [
    'scenario',
    'publish',
    'commit→page',
    'commit→section',
    'commit→updates',
    'commit→search',
    'all',
    'goal',
    '',
  ];
  const rows = results.map((r) => [
    r.name,
    `${seconds(r.publishSeconds)}${r.publishCode === 0 ? '' : ` (exit ${r.publishCode ?? 'killed'})`}`,
    cell(r.page, 'page', r),
    cell(r.section, 'section', r),
    cell(r.updates, 'updates', r),
    cell(r.search, 'search', r),
    seconds(readerSeconds(r)),
    r.goalSeconds === undefined ? '—' : `≤ ${r.goalSeconds} s`,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
  for (const r of results) {
    const steps = r.steps.map((s) => `${s.step} ${seconds(s.seconds)}`).join(' · ');
    out.push(`${r.name} — publish steps: ${steps === '' ? '(none reported)' : steps}`);
  }
  return out.join('\n');
}
