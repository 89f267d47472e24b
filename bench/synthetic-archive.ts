/**
 * A deterministic synthetic news archive for benchmarks and large-archive tests: realistic
 * frontmatter and ~450–900-word MDX bodies with subheads, lists, pull quotes and links to earlier
 * articles. Pure: returns file texts and image drawings; bench/generate-archive.ts writes them.
 */
import { desks } from '../lib/config/desks';
import { sections } from '../lib/config/sections';
import { prng } from '../tests/helpers/prng';

export const ARCHIVE_ARTICLE_DIR = 'articles/archive';
export const ARCHIVE_IMAGE_DIR = 'images/archive';
export const ARCHIVE_AUTHOR_PREFIX = 'archive-';

const HERO_POOL = 24;
const AUTHOR_COUNT = 24;
const TAG_POOL = [
  'climate',
  'elections',
  'transport',
  'housing',
  'energy',
  'health',
  'education',
  'trade',
  'football',
  'tennis',
  'cycling',
  'open-source',
  'artificial-intelligence',
  'space',
  'oceans',
  'wildlife',
  'film',
  'music',
  'books',
  'theatre',
  'inflation',
  'jobs',
  'banking',
  'farming',
  'water',
  'diplomacy',
  'courts',
  'local-government',
  'policing',
  'migration',
  'rail',
  'aviation',
  'shipping',
  'archaeology',
  'medicine',
  'universities',
  'startups',
  'cybersecurity',
  'privacy',
  'weather',
  'wildfires',
  'floods',
  'museums',
  'architecture',
  'food',
  'tourism',
  'fisheries',
  'mining',
  'taxes',
  'pensions',
] as const;
const PLACES = [
  'Port Avenir',
  'Kestrel Bay',
  'Lake Orrin',
  'Valdoria',
  'Carrow',
  'Northmere',
  'Vessen',
  'Halden',
  'Millbrook',
  'Ostrava Vale',
];
const SUBJECTS = [
  'council',
  'harbour authority',
  'cooperative',
  'university',
  'ministry',
  'league',
  'festival',
  'institute',
  'union',
  'water board',
];
const VERBS = [
  'approves',
  'rejects',
  'delays',
  'expands',
  'reviews',
  'launches',
  'ends',
  'funds',
  'questions',
  'backs',
];
const OBJECTS = [
  'new rail link',
  'river clean-up',
  'housing plan',
  'school meals scheme',
  'solar farm',
  'stadium rebuild',
  'night bus trial',
  'library network',
  'fishing quotas',
  'flood barrier',
];
const FIRST = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Edda',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kira',
  'Lior',
  'Mina',
  'Nils',
  'Oona',
  'Pavel',
  'Rosa',
  'Soren',
  'Talia',
  'Ugo',
  'Vera',
  'Wim',
  'Yara',
  'Zeno',
];
const LAST = [
  'Aalto',
  'Brennan',
  'Castel',
  'Dunmore',
  'Eskel',
  'Farrow',
  'Grahn',
  'Holt',
  'Ivers',
  'Jurek',
  'Kessler',
  'Lund',
  'Marsh',
  'Novak',
  'Orsini',
  'Pell',
  'Quist',
  'Rask',
  'Strand',
  'Tamm',
  'Ulric',
  'Varga',
  'Wren',
  'Yates',
];
const WORDS = (
  'the officials said on tuesday that plan would cost more than expected while residents asked for clearer answers about ' +
  'timing funding and the effect on local businesses several members argued proposal needed another review before any ' +
  'final vote and one described figures as optimistic others pointed to a report published last year which found that ' +
  'demand had risen steadily since region began collecting data engineers working on project say first phase could begin ' +
  'next spring if approvals arrive on time critics remain unconvinced and have asked for independent audit of costs'
).split(' ');

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  const n = 3 + Math.floor(random() * 3);
  return Array.from({ length: n }, () => sentence(random, 10 + Math.floor(random() * 12))).join(' ');
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type ArchiveFile = { path: string; text: string };
export type ArchiveImage = { path: string; svg: string };
export type Archive = {
  files: ArchiveFile[];
  images: ArchiveImage[];
  articleCount: number;
  authorCount: number;
};

export type ArchiveOptions = {
  count: number;
  seed?: number;
  /** The newest article is dated 1 hour before this; each older one 1–5 hours before the next. */
  now: Date;
};

function heroSvg(i: number): string {
  const hue = (i * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,28%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},50%,55%)"/></linearGradient></defs>
<rect width="1600" height="900" fill="url(#g)"/>
<circle cx="${400 + ((i * 131) % 800)}" cy="${250 + ((i * 71) % 400)}" r="${160 + ((i * 37) % 140)}" fill="hsl(${(hue + 180) % 360},60%,70%)" fill-opacity="0.45"/>
<rect x="${100 + ((i * 89) % 900)}" y="520" width="520" height="220" rx="24" fill="#ffffff" fill-opacity="0.18"/>
</svg>`;
}

function avatarSvg(i: number): string {
  const hue = (i * 83) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="hsl(${hue},40%,35%)"/><circle cx="200" cy="200" r="120" fill="hsl(${(hue + 150) % 360},55%,65%)"/></svg>`;
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Builds the archive's files and images; the same options always give the same archive. */
export function buildArchive({ count, seed = 1, now }: ArchiveOptions): Archive {
  const random: Random = prng(seed);
  const images: ArchiveImage[] = [];
  for (let i = 0; i < HERO_POOL; i++)
    images.push({ path: `public/${ARCHIVE_IMAGE_DIR}/hero-${i}.jpg`, svg: heroSvg(i) });

  const files: ArchiveFile[] = [];
  const authors: string[] = [];
  for (let i = 0; i < AUTHOR_COUNT; i++) {
    const first = FIRST[i % FIRST.length] ?? 'Ada';
    const last = LAST[(i * 7) % LAST.length] ?? 'Holt';
    const slug = `${ARCHIVE_AUTHOR_PREFIX}${slugify(`${first} ${last}`)}`;
    // By position, not by the PRNG, so the rest of the archive stays as it was before authors had desks.
    const desk = desks[i % desks.length] ?? desks[0];
    authors.push(slug);
    images.push({ path: `public/${ARCHIVE_IMAGE_DIR}/avatar-${i}.jpg`, svg: avatarSvg(i) });
    files.push({
      path: `content/authors/${slug}.mdx`,
      text: `---\nname: ${first} ${last}\nrole: ${pick(random, ['Reporter', 'Correspondent', 'Editor', 'Analyst'])}\ndesk: ${desk.slug}\nsummary: ${first} ${last} reports for the ${desk.name.toLowerCase()} desk of The Meridian.\navatar: /${ARCHIVE_IMAGE_DIR}/avatar-${i}.jpg\n---\n\n${first} ${last} reports for The Meridian. ${paragraph(random)}\n`,
    });
  }

  // Oldest first, so every article can link to articles written before it.
  let time = now.getTime() - 3_600_000;
  const stamps: number[] = [];
  for (let i = 0; i < count; i++) {
    stamps.push(time);
    time -= 3_600_000 * (1 + Math.floor(random() * 5));
  }
  stamps.reverse();

  const earlier: string[] = [];
  for (let i = 0; i < count; i++) {
    const section = pick(random, sections).slug;
    const headline = `${pick(random, PLACES)} ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
    const slug = `${slugify(headline)}-${i + 1}`;
    const date = new Date(stamps[i] ?? now.getTime());
    const year = date.getUTCFullYear();
    const tagCount = 1 + Math.floor(random() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(random, TAG_POOL)))];
    const hero = Math.floor(random() * HERO_POOL);
    const links = earlier.length > 0 ? [pick(random, earlier), pick(random, earlier)] : [];
    const body: string[] = [paragraph(random), paragraph(random)];
    body.push(`## ${pick(random, ['What happens next', 'The background', 'Who pays', 'What critics say'])}`);
    body.push(paragraph(random));
    if (links[0]) body.push(`This follows [earlier reporting](${links[0]}). ${paragraph(random)}`);
    body.push(
      `<PullQuote cite="${pick(random, FIRST)} ${pick(random, LAST)}, ${pick(random, ['mayor', 'spokesperson', 'resident', 'economist'])}">${sentence(random, 14)}</PullQuote>`,
    );
    body.push(paragraph(random));
    body.push(`## ${pick(random, ['Key points', 'The numbers', 'In brief'])}`);
    body.push(Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${sentence(random, 8)}`).join('\n'));
    body.push(paragraph(random));
    if (random() > 0.5) body.push(paragraph(random));
    if (links[1]) body.push(`Read more: [related coverage](${links[1]}).`);
    files.push({
      path: `content/${ARCHIVE_ARTICLE_DIR}/${year}/${slug}.mdx`,
      text: [
        '---',
        `title: ${headline}`,
        `standfirst: ${sentence(random, 22)}`,
        `publishedAt: ${iso(date)}`,
        `author: ${pick(random, authors)}`,
        `section: ${section}`,
        'tags:',
        ...tags.map((t) => `  - ${t}`),
        'hero:',
        `  src: /${ARCHIVE_IMAGE_DIR}/hero-${hero}.jpg`,
        `  alt: Abstract illustration in ${['blue', 'green', 'amber', 'violet'][hero % 4]} tones for a story about ${headline.toLowerCase()}`,
        `  caption: ${pick(random, PLACES)} as our illustrator sees it.`,
        "  credit: 'Illustration: The Meridian'",
        '---',
        '',
        body.join('\n\n'),
        '',
      ].join('\n'),
    });
    earlier.push(`/${section}/${slug}`);
  }
  return { files, images, articleCount: count, authorCount: AUTHOR_COUNT };
}
