/**
 * Generates The Meridian's hero illustrations and author avatars.
 *
 *   npx tsx scripts/make-illustrations.ts
 *
 * Each picture is drawn as an SVG string and rendered to a progressive JPEG with sharp. Pictures are
 * abstract: no text (no fonts are available), no photographs, no faces, no real flags.
 *
 * The script is deterministic and idempotent: every random choice comes from a PRNG seeded by the
 * output path, so each run produces byte-identical files, and a file whose bytes would not change is
 * left alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

/** Returns a number in [0, 1); a seeded stand-in for Math.random. */
type Random = () => number;

/** Draws the picture as a complete SVG document of the given size. */
type Draw = (width: number, height: number, random: Random) => string;

interface Illustration {
  /** Output path relative to the project root. */
  file: string;
  width: number;
  height: number;
  draw: Draw;
}

const HERO_WIDTH = 1600;
const HERO_HEIGHT = 900;
const AVATAR_SIZE = 400;
const JPEG_OPTIONS = { quality: 78, progressive: true, mozjpeg: true } as const;
/** Files above this size are reported as a warning. */
const MAX_BYTES = 250 * 1024;

/** Every image this script writes. Heroes are 1600×900 (16:9); avatars are 400×400. */
const illustrations: readonly Illustration[] = [
  // Launch article (content/articles/2024/biden-hosts-south-korea-japan-leaders-north-korea-talks.mdx)
  hero('public/images/2024/trilateral-summit.jpg', drawTrilateralSummit),
  // Article heroes
  hero('public/images/2025/library-catalogue-network.jpg', drawLibraryNetwork),
  hero('public/images/2025/lake-orrin-treaty.jpg', drawLakeTreaty),
  hero('public/images/2025/kestrel-bay-seagrass.jpg', drawSeagrass),
  hero('public/images/2025/port-avenir-terminal.jpg', drawPortTerminal),
  hero('public/images/2025/customs-house-sound.jpg', drawMuseumOfSound),
  hero('public/images/2026/orrin-valley-dairy.jpg', drawDairyHills),
  hero('public/images/2026/valdorian-cup-penalties.jpg', drawPenaltyShot),
  hero('public/images/2026/kestrel-bay-harbour.jpg', drawHarbourDistrict),
  hero('public/images/2026/smart-meters-preview.jpg', drawSmartMeters),
  hero('public/images/2026/port-avenir-bus-map.jpg', drawTransitCircuit),
  // In-article figures
  hero('public/images/2025/kestrel-bay-seagrass-detail.jpg', drawSeagrassQuadrat),
  hero('public/images/2025/port-avenir-terminal-plan.jpg', drawTerminalPlan),
  // The hero `npm run new` gives a new article until the editor chooses its own (lib/checks/article-rules.ts)
  hero('public/images/placeholder-hero.jpg', drawPlaceholder),
  // Author avatars
  avatar('public/images/authors/world-desk.jpg', drawAvatarWorldDesk),
  avatar('public/images/authors/amara-okafor.jpg', drawAvatarAmara),
  avatar('public/images/authors/tomas-lindqvist.jpg', drawAvatarTomas),
  avatar('public/images/authors/priya-raman.jpg', drawAvatarPriya),
];

// ---------------------------------------------------------------------------------------------
// Registry helpers

function hero(file: string, draw: Draw): Illustration {
  return { file, width: HERO_WIDTH, height: HERO_HEIGHT, draw };
}

function avatar(file: string, draw: Draw): Illustration {
  return { file, width: AVATAR_SIZE, height: AVATAR_SIZE, draw };
}

// ---------------------------------------------------------------------------------------------
// Determinism

/** FNV-1a hash of a string, used to seed the PRNG from the output path. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: a small, fast, seeded PRNG. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [min, max). */
function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** One element of a non-empty list. */
function pick<T>(random: Random, items: readonly T[]): T {
  return nth(items, Math.floor(random() * items.length));
}

/** The element at `index` (wrapping around), for lists known to be non-empty. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[((index % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('nth() called on an empty list');
  return item;
}

// ---------------------------------------------------------------------------------------------
// SVG helpers

interface Point {
  x: number;
  y: number;
}

type Stop = readonly [offset: number, color: string, opacity?: number];

/** Rounds to one decimal place so the SVG stays small and stable. */
function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function svgDocument(width: number, height: number, defs: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs}</defs>`,
    body,
    '</svg>',
  ].join('\n');
}

function stopsMarkup(stops: readonly Stop[]): string {
  return stops
    .map(([offset, color, opacity = 1]) => `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`)
    .join('');
}

/** A linear gradient in object-bounding-box units; vertical (top to bottom) unless told. */
function linearGradient(id: string, stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsMarkup(stops)}</linearGradient>`;
}

/** A radial gradient in user-space units. */
function radialGradient(id: string, cx: number, cy: number, r: number, stops: readonly Stop[]): string {
  return `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}">${stopsMarkup(stops)}</radialGradient>`;
}

function rect(x: number, y: number, width: number, height: number, attrs: string): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" ${attrs}/>`;
}

function circle(cx: number, cy: number, r: number, attrs: string): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" ${attrs}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, attrs: string): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" ${attrs}/>`;
}

function pathElement(d: string, attrs: string): string {
  return `<path d="${d}" ${attrs}/>`;
}

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');
}

/** A smooth curve through the points (Catmull-Rom converted to cubic Béziers). */
function smoothPath(points: readonly Point[], closed: boolean): string {
  if (points.length < 2) return '';
  const count = points.length;
  const at = (i: number): Point => {
    if (closed) return nth(points, i);
    return nth(points, Math.min(Math.max(i, 0), count - 1));
  };
  const first = at(0);
  let d = `M${n(first.x)} ${n(first.y)}`;
  const segments = closed ? count : count - 1;
  for (let i = 0; i < segments; i += 1) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${n(c1.x)} ${n(c1.y)} ${n(c2.x)} ${n(c2.y)} ${n(p2.x)} ${n(p2.y)}`;
  }
  return closed ? `${d} Z` : d;
}

/** Points along a gentle wave: a sum of two sines. */
function wavePoints(x0: number, x1: number, baseY: number, amplitude: number, wavelength: number, phase: number): Point[] {
  const points: Point[] = [];
  const step = Math.max(8, wavelength / 8);
  for (let x = x0; x <= x1 + step; x += step) {
    const t = (x / wavelength) * Math.PI * 2 + phase;
    points.push({ x, y: baseY + amplitude * (Math.sin(t) + 0.35 * Math.sin(2.3 * t + 1.1)) });
  }
  return points;
}

/** A closed band under a wavy top edge, down to `bottom`. */
function waveBand(x0: number, x1: number, baseY: number, amplitude: number, wavelength: number, phase: number, bottom: number): string {
  const points = wavePoints(x0, x1, baseY, amplitude, wavelength, phase);
  const last = nth(points, points.length - 1);
  return `${smoothPath(points, false)} L${n(last.x)} ${n(bottom)} L${n(x0)} ${n(bottom)} Z`;
}

/** An organic closed outline around a centre: radius wobbles by a few seeded harmonics. */
function blobPoints(cx: number, cy: number, rx: number, ry: number, harmonics: readonly (readonly [number, number])[]): Point[] {
  const points: Point[] = [];
  const steps = 72;
  for (let i = 0; i < steps; i += 1) {
    const theta = (i / steps) * Math.PI * 2;
    let scale = 1;
    harmonics.forEach(([amplitude, phase], k) => {
      scale += amplitude * Math.sin((k + 2) * theta + phase);
    });
    points.push({ x: cx + rx * scale * Math.cos(theta), y: cy + ry * scale * Math.sin(theta) });
  }
  return points;
}

/** A regular polygon's points. */
function polygonPoints(cx: number, cy: number, r: number, sides: number, rotation: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < sides; i += 1) {
    const angle = rotation + (i / sides) * Math.PI * 2;
    points.push({ x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  }
  return points;
}

function closedPolygon(points: readonly Point[]): string {
  return `${polyline(points)} Z`;
}

/** A point on a cubic Bézier curve. */
function bezierPoint(curve: readonly [Point, Point, Point, Point], t: number): Point {
  const [p0, p1, p2, p3] = curve;
  const u = 1 - t;
  return {
    x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
    y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
  };
}

/** A closed ribbon along a cubic Bézier, `baseWidth` wide at the start and tapering to a point. */
function ribbonPath(curve: readonly [Point, Point, Point, Point], baseWidth: number): string {
  const steps = 14;
  const left: Point[] = [];
  const right: Point[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const p = bezierPoint(curve, t);
    const ahead = bezierPoint(curve, Math.min(1, t + 0.01));
    const behind = bezierPoint(curve, Math.max(0, t - 0.01));
    const dx = ahead.x - behind.x;
    const dy = ahead.y - behind.y;
    const length = Math.hypot(dx, dy) || 1;
    const half = (baseWidth / 2) * Math.pow(1 - t, 0.7);
    left.push({ x: p.x - (dy / length) * half, y: p.y + (dx / length) * half });
    right.push({ x: p.x + (dy / length) * half, y: p.y - (dx / length) * half });
  }
  return closedPolygon([...left, ...right.reverse()]);
}

/** Darkens the edges a little to give depth. */
function vignette(width: number, height: number, strength: number): { defs: string; body: string } {
  const r = Math.hypot(width, height) / 2;
  return {
    defs: radialGradient('vignette', width / 2, height / 2, r, [
      [0.55, '#000000', 0],
      [1, '#000000', strength],
    ]),
    body: rect(0, 0, width, height, 'fill="url(#vignette)"'),
  };
}

// ---------------------------------------------------------------------------------------------
// Hero illustrations

/** Three overlapping translucent circles over a dark Pacific-blue globe grid. */
function drawTrilateralSummit(width: number, height: number, random: Random): string {
  const cx = width / 2;
  const cy = height / 2;
  const globeR = 400;
  const shade = vignette(width, height, 0.55);
  const defs = [
    linearGradient('sea', [
      [0, '#0b2d4f'],
      [0.55, '#072241'],
      [1, '#03122a'],
    ]),
    radialGradient('glow', cx, cy, 620, [
      [0, '#2a7fb8', 0.55],
      [0.6, '#134a78', 0.2],
      [1, '#0b2d4f', 0],
    ]),
    radialGradient('circleA', cx, cy - 130, 220, [
      [0, '#7fe3ff', 0.6],
      [1, '#2bb3e0', 0.32],
    ]),
    radialGradient('circleB', cx + 113, cy + 65, 220, [
      [0, '#ffe08a', 0.55],
      [1, '#f2a93b', 0.3],
    ]),
    radialGradient('circleC', cx - 113, cy + 65, 220, [
      [0, '#ff9d8a', 0.55],
      [1, '#e0533f', 0.3],
    ]),
    radialGradient('core', cx, cy, 70, [
      [0, '#ffffff', 0.7],
      [1, '#ffffff', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#sea)"'), rect(0, 0, width, height, 'fill="url(#glow)"')];

  // A faint map graticule across the whole canvas: bowed meridians and parallels.
  const grid: string[] = [];
  for (let x = -40; x <= width + 40; x += 80) {
    const bow = (x - cx) * 0.12;
    grid.push(pathElement(`M${n(x)} 0 Q${n(x + bow)} ${n(cy)} ${n(x)} ${n(height)}`, ''));
  }
  for (let y = 30; y <= height; y += 80) {
    const bow = (y - cy) * 0.1;
    grid.push(pathElement(`M0 ${n(y)} Q${n(cx)} ${n(y + bow)} ${n(width)} ${n(y)}`, ''));
  }
  body.push(`<g fill="none" stroke="#8fc3e6" stroke-opacity="0.08" stroke-width="1">${grid.join('')}</g>`);

  // The globe: outline, meridians as ellipses and parallels as chords.
  const globe: string[] = [circle(cx, cy, globeR, '')];
  for (let k = 1; k <= 5; k += 1) {
    const rx = globeR * Math.sin((k * Math.PI) / 12);
    globe.push(`<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${globeR}"/>`);
  }
  for (const lat of [-60, -40, -20, 0, 20, 40, 60]) {
    const rad = (lat * Math.PI) / 180;
    const y = cy + globeR * Math.sin(rad);
    const half = globeR * Math.cos(rad);
    globe.push(line(cx - half, y, cx + half, y, lat === 0 ? 'stroke-opacity="0.4"' : ''));
  }
  body.push(`<g fill="none" stroke="#a9d6f5" stroke-opacity="0.2" stroke-width="1.5">${globe.join('')}</g>`);

  // Scattered points of light, like ports on a night map.
  const dots: string[] = [];
  for (let i = 0; i < 90; i += 1) {
    const x = between(random, 0, width);
    const y = between(random, 0, height);
    dots.push(circle(x, y, between(random, 1, 2.6), `fill-opacity="${n(between(random, 0.12, 0.45))}"`));
  }
  body.push(`<g fill="#cfeaff">${dots.join('')}</g>`);

  // Three overlapping circles, one for each delegation.
  const r = 220;
  const centres: Point[] = [
    { x: cx, y: cy - 130 },
    { x: cx + 113, y: cy + 65 },
    { x: cx - 113, y: cy + 65 },
  ];
  const fills = ['circleA', 'circleB', 'circleC'];
  const strokes = ['#a8ecff', '#ffe3a3', '#ffb6a8'];
  centres.forEach((c, i) => {
    body.push(circle(c.x, c.y, r, `fill="url(#${nth(fills, i)})" style="mix-blend-mode:screen"`));
    body.push(circle(c.x, c.y, r, `fill="none" stroke="${nth(strokes, i)}" stroke-opacity="0.65" stroke-width="2.5"`));
  });
  body.push(circle(cx, cy, 70, 'fill="url(#core)"'));

  // A thin triangle joining the three centres.
  body.push(pathElement(closedPolygon(centres), 'fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="1.5" stroke-dasharray="6 8"'));
  centres.forEach((c) => body.push(circle(c.x, c.y, 6, 'fill="#ffffff" fill-opacity="0.85"')));

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Bathymetric contour rings of a lake, crossed by a dashed golden line. */
function drawLakeTreaty(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.45);
  const cx = width * 0.5;
  const cy = height * 0.52;
  const harmonics: (readonly [number, number])[] = [];
  for (let k = 0; k < 4; k += 1) harmonics.push([between(random, 0.03, 0.09) / (k + 1), between(random, 0, Math.PI * 2)]);

  const defs = [
    linearGradient('land', [
      [0, '#c9c08f'],
      [0.5, '#a9b27e'],
      [1, '#7f9266'],
    ], 0, 0, 1, 1),
    radialGradient('sun', width * 0.85, height * 0.1, 700, [
      [0, '#fff6d8', 0.55],
      [1, '#fff6d8', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#land)"'), rect(0, 0, width, height, 'fill="url(#sun)"')];

  // Land contours around the lake, faint.
  for (let i = 0; i < 7; i += 1) {
    const scale = 1.9 - i * 0.1;
    const points = blobPoints(cx, cy, 560 * scale, 300 * scale, harmonics);
    body.push(pathElement(smoothPath(points, true), 'fill="none" stroke="#5f6f45" stroke-opacity="0.18" stroke-width="2"'));
  }

  // Rivers flowing in.
  const rivers: Point[][] = [
    [
      { x: -20, y: 160 },
      { x: 200, y: 210 },
      { x: 360, y: 300 },
      { x: cx - 430, y: cy - 60 },
    ],
    [
      { x: width + 20, y: 760 },
      { x: 1400, y: 700 },
      { x: 1270, y: 640 },
      { x: cx + 440, y: cy + 70 },
    ],
    [
      { x: 1150, y: -20 },
      { x: 1110, y: 90 },
      { x: 1010, y: 150 },
      { x: cx + 180, y: cy - 240 },
    ],
  ];
  rivers.forEach((points) => {
    body.push(pathElement(smoothPath(points, false), 'fill="none" stroke="#3f86a6" stroke-width="7" stroke-linecap="round"'));
  });

  // The lake: nested rings getting deeper and darker.
  const blues = ['#8fd0d8', '#71bfcf', '#56aac4', '#3f93b6', '#2e7ba3', '#21658f', '#17507a', '#0f3d64', '#0a2e50'];
  blues.forEach((color, i) => {
    const scale = 1 - i * 0.1;
    const ox = between(random, -18, 18) * i;
    const oy = between(random, -8, 8) * i;
    const points = blobPoints(cx + ox, cy + oy, 540 * scale, 290 * scale, harmonics);
    body.push(pathElement(smoothPath(points, true), `fill="${color}" stroke="#e8f7f7" stroke-opacity="0.35" stroke-width="1.5"`));
  });

  // The shared boundary line, with small markers at each shore.
  const boundary: Point[] = [
    { x: cx - 120, y: cy - 360 },
    { x: cx - 40, y: cy - 150 },
    { x: cx + 30, y: cy + 20 },
    { x: cx - 20, y: cy + 190 },
    { x: cx + 60, y: cy + 380 },
  ];
  body.push(pathElement(smoothPath(boundary, false), 'fill="none" stroke="#f6c453" stroke-width="5" stroke-dasharray="18 12" stroke-linecap="round"'));
  body.push(circle(cx - 40, cy - 150, 11, 'fill="#f6c453" stroke="#fff7dd" stroke-width="3"'));
  body.push(circle(cx - 20, cy + 190, 11, 'fill="#f6c453" stroke="#fff7dd" stroke-width="3"'));

  // Sparkles on the water.
  for (let i = 0; i < 40; i += 1) {
    const x = between(random, cx - 380, cx + 380);
    const y = between(random, cy - 160, cy + 160);
    body.push(line(x, y, x + between(random, 10, 26), y, `stroke="#e8fbff" stroke-opacity="${n(between(random, 0.2, 0.5))}" stroke-width="2" stroke-linecap="round"`));
  }

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A harbour district from above: sand-coloured blocks, teal water, boats and a green cycle lane. */
function drawHarbourDistrict(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.3);
  const quayY = 560;
  const defs = [
    linearGradient('sand', [
      [0, '#f1e3c2'],
      [1, '#e4cfa2'],
    ]),
    linearGradient('water', [
      [0, '#3fb3ad'],
      [1, '#12727a'],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#sand)"')];

  // City blocks: rows of rooftops between the three streets.
  const roofs = ['#d9895c', '#c8724a', '#e6ad72', '#b9643f', '#efc48e', '#d6a06b'];
  const streets = [
    { x: 330, w: 90 },
    { x: 760, w: 110 },
    { x: 1190, w: 90 },
  ];
  const blockEdges = [40, 330, 420, 760, 870, 1190, 1280, 1560];
  for (let b = 0; b < blockEdges.length; b += 2) {
    const x0 = nth(blockEdges, b) + 12;
    const x1 = nth(blockEdges, b + 1) - 12;
    for (let y = 30; y < quayY - 80; ) {
      const rowH = between(random, 70, 120);
      for (let x = x0; x < x1 - 30; ) {
        const w = Math.min(between(random, 60, 140), x1 - x);
        body.push(rect(x, y, w - 8, rowH - 10, `rx="6" fill="${pick(random, roofs)}"`));
        body.push(line(x + 4, y + (rowH - 10) / 2, x + w - 12, y + (rowH - 10) / 2, 'stroke="#ffffff" stroke-opacity="0.18" stroke-width="2"'));
        x += w;
      }
      y += rowH;
    }
  }

  // The three streets, now paved for pedestrians, with trees.
  streets.forEach((street, i) => {
    body.push(rect(street.x, 0, street.w, quayY, 'fill="#f7eedb"'));
    for (let y = 40; y < quayY - 40; y += 70) {
      body.push(circle(street.x + street.w / 2, y, 16, `fill="${i % 2 === 0 ? '#5fa36f' : '#4c9161'}"`));
    }
  });

  // The quay promenade and the cycle lane along it.
  body.push(rect(0, quayY - 70, width, 70, 'fill="#efe0bf"'));
  body.push(rect(0, quayY - 48, width, 26, 'fill="#3aa17e"'));
  body.push(line(0, quayY - 35, width, quayY - 35, 'stroke="#f4fff8" stroke-width="3" stroke-dasharray="28 22"'));

  // The water, with ripples.
  body.push(pathElement(waveBand(0, width, quayY + 6, 4, 260, 0.4, height), 'fill="url(#water)"'));
  body.push(rect(0, quayY, width, 12, 'fill="#c9b58c"'));
  for (let i = 0; i < 70; i += 1) {
    const x = between(random, 0, width);
    const y = between(random, quayY + 40, height);
    const w = between(random, 24, 60);
    body.push(pathElement(`M${n(x)} ${n(y)} q${n(w / 2)} -8 ${n(w)} 0`, `fill="none" stroke="#bff0ea" stroke-opacity="${n(between(random, 0.25, 0.6))}" stroke-width="3" stroke-linecap="round"`));
  }

  // Jetties and moored boats.
  const jetties = [250, 640, 1040, 1420];
  jetties.forEach((x) => body.push(rect(x, quayY + 10, 16, 180, 'fill="#b39a6c"')));
  const sails = ['#ffffff', '#ffd9c7', '#fff3d6'];
  const hulls = ['#e2574c', '#f4f1e8', '#264e70', '#f2a541'];
  jetties.forEach((x, j) => {
    for (let k = 0; k < 3; k += 1) {
      const side = k % 2 === 0 ? 1 : -1;
      const bx = x + 8 + side * between(random, 40, 70);
      const by = quayY + 50 + k * 55 + between(random, -6, 6);
      body.push(boat(bx, by, between(random, 0.8, 1.15), pick(random, hulls), nth(sails, j + k)));
    }
  });

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A small boat from above-and-aside: a hull with a triangular sail. */
function boat(x: number, y: number, scale: number, hull: string, sail: string): string {
  const s = scale;
  const hullPath = `M${n(x - 34 * s)} ${n(y)} L${n(x + 34 * s)} ${n(y)} L${n(x + 24 * s)} ${n(y + 14 * s)} L${n(x - 24 * s)} ${n(y + 14 * s)} Z`;
  const sailPath = `M${n(x - 2 * s)} ${n(y - 4 * s)} L${n(x - 2 * s)} ${n(y - 56 * s)} L${n(x + 26 * s)} ${n(y - 4 * s)} Z`;
  return [
    pathElement(hullPath, `fill="${hull}"`),
    pathElement(sailPath, `fill="${sail}" fill-opacity="0.95"`),
    line(x - 2 * s, y, x - 2 * s, y - 58 * s, 'stroke="#3b3b3b" stroke-width="2"'),
  ].join('');
}

/** Container stacks, gantry cranes and a ship in silhouette at dusk. */
function drawPortTerminal(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.4);
  const horizon = 610;
  const defs = [
    linearGradient('dusk', [
      [0, '#152343'],
      [0.45, '#3d3a6b'],
      [0.75, '#b8616a'],
      [1, '#f6a65a'],
    ]),
    linearGradient('harbour', [
      [0, '#2b3d66'],
      [1, '#0b1630'],
    ]),
    radialGradient('sunGlow', 1290, 520, 420, [
      [0, '#ffd89a', 0.75],
      [0.4, '#ffb36b', 0.25],
      [1, '#ffb36b', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [
    rect(0, 0, width, horizon, 'fill="url(#dusk)"'),
    rect(0, 0, width, horizon, 'fill="url(#sunGlow)"'),
    circle(1290, 520, 80, 'fill="#ffe2a8" fill-opacity="0.92"'),
    rect(0, horizon, width, height - horizon, 'fill="url(#harbour)"'),
  ];

  // Faint early stars.
  for (let i = 0; i < 50; i += 1) {
    body.push(circle(between(random, 0, width), between(random, 0, 230), between(random, 0.8, 1.8), `fill="#ffffff" fill-opacity="${n(between(random, 0.2, 0.6))}"`));
  }

  // The sun's reflection on the water.
  for (let i = 0; i < 26; i += 1) {
    const y = horizon + 12 + i * 11;
    const w = between(random, 40, 150) * (1 - i / 40);
    body.push(rect(1290 - w / 2 + between(random, -30, 30), y, w, 3, `fill="#ffc98a" fill-opacity="${n(0.6 - i * 0.02)}"`));
  }

  // The quay and its container stacks.
  body.push(rect(0, horizon - 40, 1060, 60, 'fill="#1a2238"'));
  const boxes = ['#b5523b', '#2a8c82', '#d9a441', '#3f6f99', '#7b8799', '#cf7a45', '#5c4b7d'];
  for (let x = 40; x < 660; x += 70) {
    const stack = Math.floor(between(random, 2, 7));
    for (let level = 0; level < stack; level += 1) {
      body.push(rect(x, horizon - 40 - (level + 1) * 28, 64, 25, `fill="${pick(random, boxes)}"`));
      body.push(line(x + 6, horizon - 40 - (level + 1) * 28 + 12, x + 58, horizon - 40 - (level + 1) * 28 + 12, 'stroke="#000000" stroke-opacity="0.15" stroke-width="1.5"'));
    }
  }

  // The ship alongside.
  body.push(pathElement(`M1020 ${horizon - 20} L1560 ${horizon - 20} L1520 ${horizon + 60} L1060 ${horizon + 60} Z`, 'fill="#111a2e"'));
  body.push(rect(1430, horizon - 90, 90, 70, 'fill="#111a2e"'));
  for (let x = 1070; x < 1420; x += 58) {
    const stack = Math.floor(between(random, 1, 5));
    for (let level = 0; level < stack; level += 1) {
      body.push(rect(x, horizon - 20 - (level + 1) * 24, 54, 21, `fill="${pick(random, boxes)}" fill-opacity="0.9"`));
    }
  }

  // Gantry cranes in silhouette, booms reaching over the ship.
  [700, 860, 1010].forEach((x, i) => {
    const top = 300 + i * 22;
    const attrs = 'stroke="#0d1426" stroke-width="9" stroke-linecap="square" fill="none"';
    body.push(line(x, horizon - 40, x, top, attrs));
    body.push(line(x + 80, horizon - 40, x + 80, top, attrs));
    body.push(line(x, top + 60, x + 80, top + 60, attrs));
    body.push(line(x, top + 140, x + 80, top + 60, 'stroke="#0d1426" stroke-width="5"'));
    body.push(line(x - 90, top, x + 420, top, 'stroke="#0d1426" stroke-width="12"'));
    body.push(line(x + 40, top - 70, x - 90, top, 'stroke="#0d1426" stroke-width="4"'));
    body.push(line(x + 40, top - 70, x + 420, top, 'stroke="#0d1426" stroke-width="4"'));
    body.push(line(x + 40, top - 70, x + 40, top, 'stroke="#0d1426" stroke-width="7"'));
    body.push(line(x + 300, top, x + 300, top + 130 + i * 15, 'stroke="#0d1426" stroke-width="2"'));
    body.push(rect(x + 280, top + 130 + i * 15, 40, 16, 'fill="#0d1426"'));
  });

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A plan of the terminal: existing quay in blue, the proposed extension hatched in orange. */
function drawTerminalPlan(width: number, height: number, random: Random): string {
  const defs = [
    linearGradient('blueprint', [
      [0, '#12345a'],
      [1, '#0a2240'],
    ], 0, 0, 1, 1),
    `<pattern id="hatch" width="18" height="18" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="18" height="18" fill="#f28c38" fill-opacity="0.16"/><line x1="0" y1="0" x2="0" y2="18" stroke="#f6a45f" stroke-width="4" stroke-opacity="0.6"/></pattern>`,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#blueprint)"')];

  // Drawing grid.
  const grid: string[] = [];
  for (let x = 0; x <= width; x += 40) grid.push(line(x, 0, x, height, x % 200 === 0 ? 'stroke-opacity="0.16"' : ''));
  for (let y = 0; y <= height; y += 40) grid.push(line(0, y, width, y, y % 200 === 0 ? 'stroke-opacity="0.16"' : ''));
  body.push(`<g stroke="#8ec5ff" stroke-opacity="0.07" stroke-width="1">${grid.join('')}</g>`);

  // Coastline: land to the left, water to the right.
  const coast: Point[] = [
    { x: 520, y: -20 },
    { x: 560, y: 140 },
    { x: 540, y: 300 },
    { x: 600, y: 460 },
    { x: 580, y: 640 },
    { x: 640, y: 920 },
  ];
  body.push(pathElement(`${smoothPath(coast, false)} L-20 920 L-20 -20 Z`, 'fill="#2d5f86"'));
  body.push(pathElement(smoothPath(coast, false), 'fill="none" stroke="#bfe1ff" stroke-opacity="0.5" stroke-width="3"'));

  // On land: warehouses, a road and a rail spur running to the quay.
  for (let row = 0; row < 5; row += 1) {
    for (let col = 0; col < 3; col += 1) {
      const x = 60 + col * 140 + between(random, -6, 6);
      const y = 90 + row * 150 + between(random, -6, 6);
      body.push(rect(x, y, between(random, 90, 118), between(random, 70, 100), 'rx="4" fill="#4a7ba3" stroke="#bfe1ff" stroke-opacity="0.45" stroke-width="2"'));
    }
  }
  body.push(pathElement('M40 -20 L40 920', 'fill="none" stroke="#d5e9ff" stroke-opacity="0.35" stroke-width="14"'));
  body.push(pathElement('M-20 512 L470 512 C520 512 545 490 565 455', 'fill="none" stroke="#d5e9ff" stroke-opacity="0.35" stroke-width="14"'));
  const rail = 'M-20 830 L300 830 C420 830 480 760 600 700';
  body.push(pathElement(rail, 'fill="none" stroke="#bfe1ff" stroke-opacity="0.7" stroke-width="14" stroke-dasharray="3 11"'));
  body.push(pathElement(rail, 'fill="none" stroke="#2d5f86" stroke-width="8"'));
  body.push(pathElement(rail, 'fill="none" stroke="#bfe1ff" stroke-opacity="0.4" stroke-width="2"'));

  // Existing quay with container blocks.
  body.push(rect(560, 80, 360, 380, 'fill="#2c6a9b" stroke="#bfe1ff" stroke-width="3"'));
  for (let x = 590; x < 880; x += 56) {
    for (let y = 110; y < 420; y += 34) {
      body.push(rect(x, y, 46, 24, `fill="#bfe1ff" fill-opacity="${n(between(random, 0.35, 0.7))}"`));
    }
  }

  // Proposed extension: hatched, outlined in orange, with two new berths.
  body.push(rect(600, 470, 520, 330, 'fill="url(#hatch)" stroke="#f6a45f" stroke-width="4" stroke-dasharray="16 10"'));
  body.push(rect(1120, 500, 28, 120, 'fill="#f6a45f"'));
  body.push(rect(1120, 650, 28, 120, 'fill="#f6a45f"'));

  // Ships at the berths (outlines).
  body.push(pathElement('M1170 505 L1470 505 L1510 560 L1470 615 L1170 615 Z', 'fill="none" stroke="#ffd2a6" stroke-width="3"'));
  body.push(pathElement('M1170 655 L1430 655 L1470 710 L1430 765 L1170 765 Z', 'fill="none" stroke="#ffd2a6" stroke-width="3"'));
  body.push(pathElement('M940 140 L1240 140 L1280 195 L1240 250 L940 250 Z', 'fill="none" stroke="#bfe1ff" stroke-width="3"'));

  // Dredged approach channel.
  body.push(pathElement('M1600 380 C1420 400 1300 440 1180 470', 'fill="none" stroke="#8ec5ff" stroke-width="3" stroke-dasharray="10 10"'));
  body.push(pathElement('M1600 470 C1440 470 1330 480 1200 490', 'fill="none" stroke="#8ec5ff" stroke-width="3" stroke-dasharray="10 10"'));

  // North arrow, drawn as a simple triangle in a circle.
  body.push(circle(1480, 110, 46, 'fill="none" stroke="#bfe1ff" stroke-width="3"'));
  body.push(pathElement('M1480 74 L1500 128 L1480 116 L1460 128 Z', 'fill="#bfe1ff"'));

  return svgDocument(width, height, defs, body.join('\n'));
}

/** Rolling green hills under a morning sky, with a rising line like a price chart. */
function drawDairyHills(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.3);
  const defs = [
    linearGradient('sky', [
      [0, '#a9d3ea'],
      [0.6, '#e8eed6'],
      [1, '#fbe3b0'],
    ]),
    radialGradient('sunGlow', 1260, 250, 360, [
      [0, '#fff6d6', 0.9],
      [1, '#fff6d6', 0],
    ]),
    linearGradient('underLine', [
      [0, '#ffffff', 0.35],
      [1, '#ffffff', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#sky)"'), rect(0, 0, width, height, 'fill="url(#sunGlow)"'), circle(1260, 250, 90, 'fill="#fff3c9"')];

  // A rising line across the sky, with a soft area under it.
  const chart: Point[] = [];
  for (let i = 0; i <= 10; i += 1) {
    const x = 110 + i * 138;
    const y = 520 - i * 32 - (i > 6 ? (i - 6) * 14 : 0) + between(random, -22, 22);
    chart.push({ x, y });
  }
  const lastPoint = nth(chart, chart.length - 1);
  const firstPoint = nth(chart, 0);
  body.push(pathElement(`${polyline(chart)} L${n(lastPoint.x)} 620 L${n(firstPoint.x)} 620 Z`, 'fill="url(#underLine)"'));
  body.push(pathElement(polyline(chart), 'fill="none" stroke="#ffffff" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"'));
  chart.forEach((p) => body.push(circle(p.x, p.y, 10, 'fill="#ffffff" stroke="#6fae75" stroke-width="4"')));

  // Hills, far to near.
  const hills = [
    { y: 540, amp: 30, wave: 900, color: '#a4cc98' },
    { y: 620, amp: 36, wave: 760, color: '#7fb67d' },
    { y: 710, amp: 30, wave: 640, color: '#5c9b62' },
    { y: 800, amp: 26, wave: 820, color: '#417f4c' },
  ];
  hills.forEach((hill, i) => {
    const phase = between(random, 0, Math.PI * 2);
    body.push(pathElement(waveBand(-20, width + 20, hill.y, hill.amp, hill.wave, phase, height + 10), `fill="${hill.color}"`));
    if (i >= 2) {
      for (let k = 1; k <= 4; k += 1) {
        const furrow = smoothPath(wavePoints(-20, width + 20, hill.y + k * 18, hill.amp, hill.wave, phase), false);
        body.push(pathElement(furrow, 'fill="none" stroke="#e9f5d8" stroke-opacity="0.22" stroke-width="2"'));
      }
    }
    // A few round trees on the hills.
    if (i === 1 || i === 2) {
      for (let t = 0; t < 9; t += 1) {
        const x = between(random, 40, width - 40);
        const y = hill.y + hill.amp * Math.sin((x / hill.wave) * Math.PI * 2 + phase) + 4;
        body.push(circle(x, y - 12, between(random, 12, 20), 'fill="#2f6a3d" fill-opacity="0.85"'));
      }
    }
  });

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A transit map drawn like a circuit board: coloured routes with stations and a live-location ping. */
function drawTransitCircuit(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.5);
  const defs = [
    linearGradient('night', [
      [0, '#0f2236'],
      [1, '#081422'],
    ], 0, 0, 1, 1),
    radialGradient('ping', 1040, 360, 160, [
      [0, '#2ec4b6', 0.45],
      [1, '#2ec4b6', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#night)"')];

  // Faint circuit traces in the background.
  const traces: string[] = [];
  for (let i = 0; i < 70; i += 1) {
    const x = Math.round(between(random, 0, width) / 40) * 40;
    const y = Math.round(between(random, 0, height) / 40) * 40;
    const run = Math.round(between(random, 2, 6)) * 40;
    const diag = Math.round(between(random, 1, 3)) * 40;
    const dir = random() < 0.5 ? 1 : -1;
    traces.push(pathElement(polyline([
      { x, y },
      { x: x + run, y },
      { x: x + run + diag, y: y + dir * diag },
    ]), ''));
    traces.push(circle(x + run + diag, y + dir * diag, 5, 'fill="#081422"'));
  }
  body.push(`<g fill="none" stroke="#1f4461" stroke-width="2.5">${traces.join('')}</g>`);
  const pads: string[] = [];
  for (let x = 20; x < width; x += 40) {
    for (let y = 20; y < height; y += 40) {
      if (random() < 0.18) pads.push(circle(x, y, 1.6, ''));
    }
  }
  body.push(`<g fill="#2d5a7b">${pads.join('')}</g>`);

  // Routes, drawn at 0°, 45° and 90° only.
  const routes: { color: string; points: Point[] }[] = [
    { color: '#2ec4b6', points: [{ x: -20, y: 180 }, { x: 380, y: 180 }, { x: 560, y: 360 }, { x: 1220, y: 360 }, { x: 1400, y: 540 }, { x: 1620, y: 540 }] },
    { color: '#ff6b6b', points: [{ x: 300, y: -20 }, { x: 300, y: 300 }, { x: 580, y: 580 }, { x: 1100, y: 580 }, { x: 1100, y: 920 }] },
    { color: '#ffd166', points: [{ x: -20, y: 720 }, { x: 420, y: 720 }, { x: 700, y: 440 }, { x: 1000, y: 440 }, { x: 1180, y: 260 }, { x: 1620, y: 260 }] },
    { color: '#4ea8de', points: [{ x: 880, y: -20 }, { x: 880, y: 200 }, { x: 1000, y: 320 }, { x: 1000, y: 700 }, { x: 1200, y: 900 }] },
    { color: '#b388eb', points: [{ x: -20, y: 480 }, { x: 200, y: 480 }, { x: 460, y: 740 }, { x: 460, y: 920 }] },
  ];
  routes.forEach((route) => {
    body.push(pathElement(polyline(route.points), `fill="none" stroke="${route.color}" stroke-opacity="0.25" stroke-width="24" stroke-linejoin="round"`));
    body.push(pathElement(polyline(route.points), `fill="none" stroke="${route.color}" stroke-width="10" stroke-linejoin="round" stroke-linecap="round"`));
  });
  routes.forEach((route) => {
    route.points.slice(1, -1).forEach((p) => body.push(circle(p.x, p.y, 12, `fill="#f4f8fb" stroke="${route.color}" stroke-width="5"`)));
  });

  // A bus reporting its position.
  body.push(circle(1040, 360, 160, 'fill="url(#ping)"'));
  [40, 70, 100].forEach((r, i) => body.push(circle(1040, 360, r, `fill="none" stroke="#9ff3ea" stroke-opacity="${n(0.7 - i * 0.22)}" stroke-width="3"`)));
  body.push(circle(1040, 360, 16, 'fill="#ffffff"'));

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Shelves of colourful book spines joined by a web of thin lines and nodes. */
function drawLibraryNetwork(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.5);
  const defs = [
    linearGradient('room', [
      [0, '#2e2140'],
      [1, '#171024'],
    ]),
    radialGradient('lamp', 800, 120, 900, [
      [0, '#f7d9a0', 0.28],
      [1, '#f7d9a0', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#room)"'), rect(0, 0, width, height, 'fill="url(#lamp)"')];
  const spines = ['#e07a5f', '#3d5a80', '#81b29a', '#f2cc8f', '#8e6c9e', '#b56576', '#e5989b', '#4a8c9c', '#d4a373'];
  const shelves = [300, 590, 880];
  const tops: Point[] = [];

  shelves.forEach((shelfY) => {
    let x = 70;
    while (x < width - 110) {
      const w = between(random, 24, 58);
      const h = between(random, 150, 235);
      const color = pick(random, spines);
      if (random() < 0.07) {
        // A leaning book, resting on its neighbour.
        body.push(`<g transform="rotate(${n(between(random, 10, 16))} ${n(x + w)} ${n(shelfY)})">${rect(x, shelfY - h, w, h, `rx="3" fill="${color}"`)}</g>`);
        x += w + 30;
        continue;
      }
      body.push(rect(x, shelfY - h, w, h, `rx="3" fill="${color}"`));
      if (random() < 0.6) {
        body.push(rect(x, shelfY - h + 18, w, 6, 'fill="#ffffff" fill-opacity="0.35"'));
        body.push(rect(x, shelfY - 30, w, 4, 'fill="#000000" fill-opacity="0.18"'));
      }
      if (random() < 0.22) tops.push({ x: x + w / 2, y: shelfY - h + 50 });
      x += w + between(random, 2, 6);
    }
    body.push(rect(40, shelfY, width - 80, 16, 'fill="#6b4a34"'));
    body.push(rect(40, shelfY + 16, width - 80, 6, 'fill="#000000" fill-opacity="0.3"'));
  });

  // Join each node to its two nearest neighbours.
  const links: string[] = [];
  tops.forEach((a, i) => {
    const nearest = tops
      .map((b, j) => ({ j, d: Math.hypot(a.x - b.x, a.y - b.y) }))
      .filter((entry) => entry.j !== i)
      .sort((p, q) => p.d - q.d)
      .slice(0, 2);
    nearest.forEach(({ j }) => {
      if (j > i || !nearest.some((entry) => entry.j === i)) {
        const b = nth(tops, j);
        links.push(line(a.x, a.y, b.x, b.y, ''));
      }
    });
  });
  body.push(`<g stroke="#ffe7b8" stroke-opacity="0.55" stroke-width="2.5">${links.join('')}</g>`);
  tops.forEach((p) => {
    body.push(circle(p.x, p.y, 14, 'fill="#ffe7b8" fill-opacity="0.2"'));
    body.push(circle(p.x, p.y, 7, 'fill="#ffe7b8"'));
  });

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Seagrass swaying on a sandy seabed, lit by shafts of light from the surface. */
function drawSeagrass(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.5);
  const defs = [
    linearGradient('water', [
      [0, '#63c7cc'],
      [0.45, '#1f7d92'],
      [1, '#0a3147'],
    ]),
    linearGradient('ray', [
      [0, '#ffffff', 0.22],
      [1, '#ffffff', 0],
    ]),
    linearGradient('seabed', [
      [0, '#c9b98a'],
      [1, '#8c7b55'],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#water)"')];

  // Light from the surface.
  for (let i = 0; i < 7; i += 1) {
    const x = 120 + i * 230 + between(random, -40, 40);
    const spread = between(random, 40, 110);
    body.push(pathElement(`M${n(x)} 0 L${n(x + 60)} 0 L${n(x + 260 + spread)} ${height} L${n(x + 140)} ${height} Z`, 'fill="url(#ray)"'));
  }
  // The surface seen from below.
  body.push(pathElement(waveBand(-20, width + 20, 34, 6, 180, 0.8, -10), 'fill="#a8ecec" fill-opacity="0.5"'));

  // Seabed.
  body.push(pathElement(waveBand(-20, width + 20, 760, 16, 700, 2.1, height + 10), 'fill="url(#seabed)"'));

  // Blades of seagrass, back row darker: tapered ribbons bending with the current.
  const greens = [
    ['#1f5b45', '#2a6e4f', '#25654a'],
    ['#3a8f5a', '#4aa26a', '#2f7d4e'],
    ['#6cbf6a', '#58ad5c', '#7ccc73'],
  ];
  greens.forEach((palette, row) => {
    const count = 38 + row * 12;
    for (let i = 0; i < count; i += 1) {
      const baseX = between(random, -20, width + 20);
      const baseY = 780 + row * 38 + between(random, -10, 20);
      const tall = between(random, 200, 470) * (0.75 + row * 0.14);
      const sway = between(random, 40, 200) * (random() < 0.75 ? 1 : -1);
      const blade: readonly [Point, Point, Point, Point] = [
        { x: baseX, y: baseY },
        { x: baseX + sway * 0.05, y: baseY - tall * 0.45 },
        { x: baseX + sway * 0.45, y: baseY - tall * 0.9 },
        { x: baseX + sway, y: baseY - tall + Math.abs(sway) * 0.35 },
      ];
      const colour = pick(random, palette);
      body.push(pathElement(ribbonPath(blade, between(random, 12, 22)), `fill="${colour}" fill-opacity="0.95"`));
    }
  });

  // Bubbles.
  for (let i = 0; i < 40; i += 1) {
    body.push(circle(between(random, 0, width), between(random, 80, 700), between(random, 3, 10), 'fill="none" stroke="#e6fbff" stroke-opacity="0.5" stroke-width="2"'));
  }

  // A small fish school, as chevrons.
  for (let i = 0; i < 16; i += 1) {
    const x = 1000 + between(random, 0, 380);
    const y = 200 + between(random, 0, 200);
    body.push(pathElement(`M${n(x)} ${n(y)} l30 -13 l-7 13 l7 13 Z`, 'fill="#d9f6f2" fill-opacity="0.55"'));
  }

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Seagrass from above, with a square survey frame laid over it. */
function drawSeagrassQuadrat(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.35);
  const defs = [
    linearGradient('shallows', [
      [0, '#d8c99b'],
      [1, '#b7a677'],
    ], 0, 0, 1, 1),
    linearGradient('film', [
      [0, '#59c1c7', 0.35],
      [1, '#1c7f8f', 0.45],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#shallows)"')];

  // Sand ripples.
  for (let y = 20; y < height; y += 34) {
    body.push(pathElement(smoothPath(wavePoints(-20, width + 20, y, 6, 240, y * 0.05), false), 'fill="none" stroke="#8f7f56" stroke-opacity="0.22" stroke-width="3"'));
  }

  // Leaves seen from above: long thin ellipses in tufts.
  const greens = ['#2f7d4e', '#3a8f5a', '#4aa26a', '#236243', '#5cb067'];
  for (let t = 0; t < 60; t += 1) {
    const cx = between(random, -40, width + 40);
    const cy = between(random, -40, height + 40);
    const leaves = Math.floor(between(random, 5, 10));
    for (let l = 0; l < leaves; l += 1) {
      const angle = between(random, -70, 70) + (random() < 0.5 ? 0 : 180);
      const length = between(random, 90, 190);
      body.push(`<ellipse cx="${n(cx + length / 2)}" cy="${n(cy)}" rx="${n(length / 2)}" ry="${n(between(random, 5, 9))}" fill="${pick(random, greens)}" fill-opacity="0.9" transform="rotate(${n(angle)} ${n(cx)} ${n(cy)})"/>`);
    }
  }

  // A film of water over it all.
  body.push(rect(0, 0, width, height, 'fill="url(#film)"'));

  // The survey frame: a square quadrat divided into a 5 × 5 grid.
  const size = 560;
  const x0 = (width - size) / 2 + 60;
  const y0 = (height - size) / 2;
  body.push(rect(x0 + 10, y0 + 12, size, size, 'fill="none" stroke="#000000" stroke-opacity="0.2" stroke-width="16"'));
  const cells: string[] = [];
  for (let i = 1; i < 5; i += 1) {
    cells.push(line(x0 + (size / 5) * i, y0, x0 + (size / 5) * i, y0 + size, ''));
    cells.push(line(x0, y0 + (size / 5) * i, x0 + size, y0 + (size / 5) * i, ''));
  }
  body.push(`<g stroke="#fffaf0" stroke-opacity="0.85" stroke-width="3">${cells.join('')}</g>`);
  body.push(rect(x0, y0, size, size, 'fill="none" stroke="#f2f2ee" stroke-width="14"'));
  [
    { x: x0, y: y0 },
    { x: x0 + size, y: y0 },
    { x: x0, y: y0 + size },
    { x: x0 + size, y: y0 + size },
  ].forEach((c) => body.push(circle(c.x, c.y, 14, 'fill="#f28c38"')));

  // Light caustics.
  for (let i = 0; i < 50; i += 1) {
    const x = between(random, 0, width);
    const y = between(random, 0, height);
    body.push(pathElement(`M${n(x)} ${n(y)} q20 -14 40 0 q20 14 40 0`, 'fill="none" stroke="#ffffff" stroke-opacity="0.22" stroke-width="3" stroke-linecap="round"'));
  }

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A row of stone arches with concentric sound waves rippling out from the central doorway. */
function drawMuseumOfSound(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.45);
  const doorX = width / 2;
  const doorY = 700;
  const defs = [
    linearGradient('evening', [
      [0, '#2b1a36'],
      [0.55, '#7b3b4f'],
      [1, '#d9774e'],
    ]),
    linearGradient('stone', [
      [0, '#ead2aa'],
      [1, '#c9a679'],
    ]),
    radialGradient('doorLight', doorX, doorY + 60, 220, [
      [0, '#ffe2a0', 1],
      [0.6, '#f2a65a', 0.9],
      [1, '#8a4a3a', 0.8],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#evening)"')];

  // Sound waves behind the building.
  for (let i = 0; i < 16; i += 1) {
    const r = 170 + i * 62;
    body.push(circle(doorX, doorY, r, `fill="none" stroke="#ffe3b3" stroke-opacity="${n(Math.max(0.05, 0.55 - i * 0.033))}" stroke-width="${n(6 - i * 0.25)}"`));
  }

  // The facade and its cornice.
  const top = 430;
  body.push(rect(120, top, width - 240, height - top, 'fill="url(#stone)"'));
  body.push(rect(100, top - 30, width - 200, 34, 'fill="#f3e1bf"'));
  body.push(rect(100, top + 4, width - 200, 10, 'fill="#000000" fill-opacity="0.15"'));
  body.push(pathElement(`M${n(doorX - 260)} ${top - 30} L${n(doorX)} ${top - 150} L${n(doorX + 260)} ${top - 30} Z`, 'fill="#f3e1bf"'));
  body.push(pathElement(`M${n(doorX - 200)} ${top - 40} L${n(doorX)} ${top - 130} L${n(doorX + 200)} ${top - 40} Z`, 'fill="#d8b98c"'));
  body.push(circle(doorX, top - 78, 22, 'fill="#f3e1bf" stroke="#b88e5e" stroke-width="4"'));

  // Five arches; the middle one glows.
  const archW = 170;
  const archH = 330;
  [-2, -1, 0, 1, 2].forEach((k) => {
    const x = doorX + k * 250 - archW / 2;
    const y = height - archH - 10;
    const d = `M${n(x)} ${n(y + archH)} L${n(x)} ${n(y + archW / 2)} A${archW / 2} ${archW / 2} 0 0 1 ${n(x + archW)} ${n(y + archW / 2)} L${n(x + archW)} ${n(y + archH)} Z`;
    body.push(pathElement(d, k === 0 ? 'fill="url(#doorLight)"' : 'fill="#3a2336"'));
    body.push(pathElement(d, 'fill="none" stroke="#f3e1bf" stroke-width="10"'));
  });

  // An equaliser in the doorway.
  for (let i = 0; i < 9; i += 1) {
    const h = between(random, 30, 150);
    body.push(rect(doorX - 68 + i * 16, height - 20 - h, 9, h, 'rx="4" fill="#5a2a2e" fill-opacity="0.7"'));
  }

  // Sound waves in front, faint, so they ripple over the stone.
  for (let i = 0; i < 6; i += 1) {
    const r = 120 + i * 62;
    body.push(pathElement(`M${n(doorX - r)} ${doorY} A${r} ${r} 0 0 1 ${n(doorX + r)} ${doorY}`, `fill="none" stroke="#fff3dc" stroke-opacity="${n(0.45 - i * 0.06)}" stroke-width="4"`));
  }

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A penalty area in striped green, a dashed arc tracing a shot into the net, and confetti. */
function drawPenaltyShot(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.5);
  const goalLine = 150;
  const defs = [
    `<pattern id="stripes" width="220" height="220" patternUnits="userSpaceOnUse" patternTransform="rotate(-18)"><rect width="220" height="220" fill="#2f7d3a"/><rect width="110" height="220" fill="#37893f"/></pattern>`,
    radialGradient('floodlight', width / 2, goalLine, 900, [
      [0, '#ffffff', 0.18],
      [1, '#ffffff', 0],
    ]),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#stripes)"'), rect(0, 0, width, height, 'fill="url(#floodlight)"')];
  const chalk = 'fill="none" stroke="#f4f7f0" stroke-width="7"';

  // Behind the goal.
  body.push(rect(0, 0, width, goalLine - 50, 'fill="#14261d" fill-opacity="0.55"'));

  // Markings: goal line, penalty area, goal area, spot and arc.
  body.push(line(0, goalLine, width, goalLine, 'stroke="#f4f7f0" stroke-width="7"'));
  body.push(rect(330, goalLine, 940, 440, chalk));
  body.push(rect(600, goalLine, 400, 150, chalk));
  body.push(circle(width / 2, 440, 9, 'fill="#f4f7f0"'));
  const arcR = 230;
  const boxBottom = goalLine + 440;
  const dy = boxBottom - 440;
  const dx = Math.sqrt(arcR * arcR - dy * dy);
  body.push(pathElement(`M${n(width / 2 - dx)} ${boxBottom} A${arcR} ${arcR} 0 0 0 ${n(width / 2 + dx)} ${boxBottom}`, chalk));

  // The goal and its net.
  const net: string[] = [];
  for (let x = 640; x <= 960; x += 20) net.push(line(x, goalLine - 70, x, goalLine, ''));
  for (let y = goalLine - 70; y <= goalLine; y += 14) net.push(line(640, y, 960, y, ''));
  body.push(`<g stroke="#e9efe9" stroke-opacity="0.55" stroke-width="2">${net.join('')}</g>`);
  body.push(pathElement(`M640 ${goalLine} L640 ${goalLine - 70} L960 ${goalLine - 70} L960 ${goalLine}`, 'fill="none" stroke="#ffffff" stroke-width="12" stroke-linejoin="round"'));

  // The shot: a dashed curve from the spot into the top corner.
  body.push(pathElement(`M${n(width / 2)} 440 C760 330 880 190 915 ${goalLine - 42}`, 'fill="none" stroke="#ffffff" stroke-opacity="0.85" stroke-width="5" stroke-dasharray="14 12" stroke-linecap="round"'));
  body.push(circle(915, goalLine - 42, 22, 'fill="#ffffff" stroke="#1d2b3a" stroke-width="3"'));
  body.push(pathElement(closedPolygon(polygonPoints(915, goalLine - 42, 8, 5, -Math.PI / 2)), 'fill="#1d2b3a"'));

  // Confetti in the club's navy and orange.
  const colours = ['#1d3557', '#f77f00', '#ffffff', '#fcbf49'];
  for (let i = 0; i < 170; i += 1) {
    const x = between(random, 0, width);
    const y = Math.pow(random(), 1.6) * height;
    const w = between(random, 8, 18);
    const h = between(random, 4, 9);
    body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${pick(random, colours)}" fill-opacity="0.9" transform="rotate(${n(between(random, 0, 180))} ${n(x)} ${n(y)})"/>`);
  }

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** A row of house outlines under a large dial, joined by dotted lines. */
/** A plain grey frame with a mountain-and-sun image icon: unmistakably "no picture chosen yet". */
function drawPlaceholder(width: number, height: number): string {
  const defs = linearGradient('placeholder', [
    [0, '#d9dde2'],
    [1, '#b9c0c8'],
  ]);
  const cx = width / 2;
  const cy = height / 2;
  const body = [
    rect(0, 0, width, height, 'fill="url(#placeholder)"'),
    rect(48, 48, width - 96, height - 96, 'fill="none" stroke="#8a939d" stroke-width="6" stroke-dasharray="28 18"'),
    rect(cx - 190, cy - 130, 380, 260, 'rx="24" fill="#f4f6f8" stroke="#8a939d" stroke-width="8"'),
    circle(cx + 90, cy - 50, 34, 'fill="#8a939d"'),
    pathElement(`M${cx - 160} ${cy + 100} L${cx - 50} ${cy - 20} L${cx + 30} ${cy + 60} L${cx + 80} ${cy + 15} L${cx + 160} ${cy + 100} Z`, 'fill="#8a939d"'),
  ];
  return svgDocument(width, height, defs, body.join('\n'));
}

function drawSmartMeters(width: number, height: number, random: Random): string {
  const shade = vignette(width, height, 0.45);
  const cx = width / 2;
  const cy = 470;
  const r = 300;
  const defs = [
    linearGradient('slate', [
      [0, '#1d2b3c'],
      [1, '#111a26'],
    ]),
    linearGradient('dial', [
      [0, '#52c08a'],
      [0.5, '#f2c14e'],
      [1, '#ef6f51'],
    ], 0, 0, 1, 0),
    shade.defs,
  ].join('');

  const body: string[] = [rect(0, 0, width, height, 'fill="url(#slate)"')];

  // Dial: a thick arc, tick marks and a needle.
  body.push(pathElement(`M${cx - r} ${cy} A${r} ${r} 0 0 1 ${cx + r} ${cy}`, 'fill="none" stroke="#26384c" stroke-width="64"'));
  body.push(pathElement(`M${cx - r} ${cy} A${r} ${r} 0 0 1 ${cx + r} ${cy}`, 'fill="none" stroke="url(#dial)" stroke-width="40"'));
  for (let i = 0; i <= 20; i += 1) {
    const angle = Math.PI + (i / 20) * Math.PI;
    const inner = i % 5 === 0 ? r - 90 : r - 68;
    body.push(line(cx + inner * Math.cos(angle), cy + inner * Math.sin(angle), cx + (r - 46) * Math.cos(angle), cy + (r - 46) * Math.sin(angle), `stroke="#c9d6e3" stroke-width="${i % 5 === 0 ? 6 : 3}" stroke-opacity="0.8"`));
  }
  const needle = Math.PI + 0.62 * Math.PI;
  body.push(line(cx, cy, cx + (r - 80) * Math.cos(needle), cy + (r - 80) * Math.sin(needle), 'stroke="#ffffff" stroke-width="10" stroke-linecap="round"'));
  body.push(circle(cx, cy, 26, 'fill="#ffffff"'));
  body.push(circle(cx, cy, 10, 'fill="#1d2b3c"'));

  // Houses.
  const houses = 7;
  const houseW = 150;
  const gap = (width - houses * houseW) / (houses + 1);
  const baseY = 850;
  for (let i = 0; i < houses; i += 1) {
    const x = gap + i * (houseW + gap);
    const wallTop = baseY - between(random, 110, 140);
    const roofTop = wallTop - 70;
    const outline = `M${n(x)} ${baseY} L${n(x)} ${n(wallTop)} L${n(x + houseW / 2)} ${n(roofTop)} L${n(x + houseW)} ${n(wallTop)} L${n(x + houseW)} ${baseY} Z`;
    body.push(pathElement(outline, 'fill="#1a2736" stroke="#9fb3c8" stroke-width="5" stroke-linejoin="round"'));
    for (let w = 0; w < 2; w += 1) {
      const lit = random() < 0.6;
      body.push(rect(x + 24 + w * 62, wallTop + 26, 40, 36, `rx="4" fill="${lit ? '#f7d27a' : '#2c3e52'}"`));
    }
    body.push(pathElement(`M${n(x + houseW / 2)} ${n(roofTop - 10)} L${n(cx)} ${n(cy + 44)}`, 'fill="none" stroke="#7fd1b9" stroke-opacity="0.55" stroke-width="3" stroke-dasharray="3 10" stroke-linecap="round"'));
  }
  body.push(line(0, baseY, width, baseY, 'stroke="#9fb3c8" stroke-width="3" stroke-opacity="0.5"'));

  body.push(shade.body);
  return svgDocument(width, height, defs, body.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Author avatars: abstract concentric shapes, no faces and no letters

/** The staff desk: a small globe in concentric rings. */
function drawAvatarWorldDesk(width: number, height: number): string {
  const c = width / 2;
  const defs = radialGradient('bg', c, c * 0.8, width * 0.75, [
    [0, '#1f5f8f'],
    [1, '#0a2440'],
  ]);
  const body: string[] = [rect(0, 0, width, height, 'fill="url(#bg)"')];
  [180, 150, 120].forEach((r, i) => body.push(circle(c, c, r, `fill="none" stroke="#f2c14e" stroke-opacity="${n(0.25 + i * 0.15)}" stroke-width="3"`)));
  body.push(circle(c, c, 95, 'fill="#2ec4b6" fill-opacity="0.9"'));
  const grid: string[] = [];
  [30, 60, 85].forEach((rx) => grid.push(`<ellipse cx="${c}" cy="${c}" rx="${rx}" ry="95"/>`));
  [-50, 0, 50].forEach((dy) => {
    const half = Math.sqrt(95 * 95 - dy * dy);
    grid.push(line(c - half, c + dy, c + half, c + dy, ''));
  });
  body.push(`<g fill="none" stroke="#0a2440" stroke-opacity="0.55" stroke-width="3">${grid.join('')}</g>`);
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Science: orbits around a warm centre. */
function drawAvatarAmara(width: number, height: number): string {
  const c = width / 2;
  const defs = radialGradient('bg', c, c, width * 0.75, [
    [0, '#1d6b5a'],
    [1, '#0c2f2a'],
  ]);
  const body: string[] = [rect(0, 0, width, height, 'fill="url(#bg)"')];
  [0, 60, 120].forEach((angle, i) => {
    body.push(`<ellipse cx="${c}" cy="${c}" rx="160" ry="58" fill="none" stroke="${nth(['#9be7c4', '#f6c453', '#ff9a76'], i)}" stroke-width="6" stroke-opacity="0.85" transform="rotate(${angle} ${c} ${c})"/>`);
  });
  [64, 44, 24].forEach((r, i) => body.push(circle(c, c, r, `fill="${nth(['#ff9a76', '#ffb994', '#ffe0c7'], i)}"`)));
  body.push(circle(c + 160, c, 12, 'fill="#9be7c4"'));
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Business: nested, rotated squares in blue and ochre. */
function drawAvatarTomas(width: number, height: number): string {
  const c = width / 2;
  const defs = linearGradient('bg', [
    [0, '#2a3b55'],
    [1, '#141d2c'],
  ], 0, 0, 1, 1);
  const body: string[] = [rect(0, 0, width, height, 'fill="url(#bg)"')];
  const colours = ['#3f6f99', '#5b8fbf', '#d9a441', '#e8c172', '#f4e3bd'];
  colours.forEach((colour, i) => {
    const r = 190 - i * 34;
    body.push(pathElement(closedPolygon(polygonPoints(c, c, r, 4, (i * Math.PI) / 16 + Math.PI / 4)), `fill="${colour}"`));
  });
  return svgDocument(width, height, defs, body.join('\n'));
}

/** Technology and culture: concentric hexagons in magenta and teal. */
function drawAvatarPriya(width: number, height: number): string {
  const c = width / 2;
  const defs = radialGradient('bg', c, c, width * 0.75, [
    [0, '#4b2354'],
    [1, '#1e0f26'],
  ]);
  const body: string[] = [rect(0, 0, width, height, 'fill="url(#bg)"')];
  const colours = ['#c8458f', '#e06fa9', '#2ec4b6', '#7ee0d3', '#fbe2ef'];
  colours.forEach((colour, i) => {
    const r = 175 - i * 32;
    body.push(pathElement(closedPolygon(polygonPoints(c, c + i * 4, r, 6, Math.PI / 6)), `fill="${colour}"`));
  });
  return svgDocument(width, height, defs, body.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Renders one illustration to JPEG; returns whether the file on disk changed. */
async function renderIllustration(root: string, illustration: Illustration): Promise<{ bytes: number; changed: boolean }> {
  const random = createRandom(hashString(illustration.file));
  const svg = illustration.draw(illustration.width, illustration.height, random);
  const jpeg = await sharp(Buffer.from(svg), { density: 72 })
    .resize(illustration.width, illustration.height, { fit: 'fill' })
    .flatten({ background: '#000000' })
    .jpeg(JPEG_OPTIONS)
    .toBuffer();

  const target = path.join(root, illustration.file);
  const existing = await readExisting(target);
  if (existing && existing.equals(jpeg)) return { bytes: jpeg.length, changed: false };
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, jpeg);
  return { bytes: jpeg.length, changed: true };
}

async function readExisting(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const root = process.cwd();
  let oversized = 0;
  for (const illustration of illustrations) {
    const { bytes, changed } = await renderIllustration(root, illustration);
    const size = `${(bytes / 1024).toFixed(0)} KB`;
    const status = changed ? 'wrote    ' : 'unchanged';
    console.log(`${status} ${illustration.file} (${illustration.width}×${illustration.height}, ${size})`);
    if (bytes > MAX_BYTES) {
      oversized += 1;
      console.warn(`  warning: ${illustration.file} is larger than ${MAX_BYTES / 1024} KB`);
    }
  }
  console.log(`${illustrations.length} images${oversized > 0 ? `, ${oversized} over the size budget` : ''}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
