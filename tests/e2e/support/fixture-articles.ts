/** The test articles the fixture site adds to a copy of the real content. */

export const SCHEDULED = {
  url: '/world/e2e-ferry-timetable-for-the-winter',
  title: 'Ferry timetable for the winter: every forty minutes from December',
  tag: 'e2e-embargo',
};

export const RENAMED = {
  url: '/world/e2e-harbour-ferry-fares-frozen',
  title: 'Harbour ferry fares frozen for another year',
  oldUrls: ['/world/e2e-harbour-ferry-fares-rise', '/2019/05/e2e-ferry-fares.html'],
};

const BODY = `The harbour ferry between the old town and the Saltings will run every forty minutes from the first week of December, the operator said on Monday, after passenger numbers fell by a fifth over the autumn. Morning and evening crossings on weekdays keep their twenty-minute gaps.

Commuters who use the ferry to reach the hospital and the college said the change would add time to journeys that are already long in winter. The operator said it would review the timetable in March, when it expects demand to return, and that season tickets bought before December would be refunded in part for any crossing that no longer runs. The council, which pays for a third of the service, said it had asked for an extra boat on standby for days when the bridge is closed by high winds, and for the operator to publish its passenger figures every month so that riders can see whether the cuts were needed.
`;

function hero(): string {
  return [
    'hero:',
    '  src: /images/2026/kestrel-bay-harbour.jpg',
    '  alt: Illustration of a harbour district seen from above in teal and sand tones',
    '  caption: The harbour ferry crosses between the old town and the Saltings.',
    "  credit: 'Illustration: The Meridian'",
  ].join('\n');
}

/**
 * A live blog still being updated: 25 entries (`update-01` the oldest, four minutes apart, ending
 * about half an hour before the run), `update-01` pinned and a few key events, so page 1 shows the
 * pinned entry and the 20 newest and page 2 the four oldest. tests/e2e/live-blog.spec.ts adds
 * entries to it while a reader has it open.
 */
export const LIVE = {
  slug: 'e2e-harbour-storm-live',
  url: '/world/e2e-harbour-storm-live',
  title: 'Harbour storm: live updates as the flood barrier is tested',
  folder: 'content/live/e2e-harbour-storm-live',
  entryCount: 25,
  pinned: 'update-01',
  keyEvents: ['update-05', 'update-12', 'update-20'],
  /** An entry of page 2, for the permalink test. */
  onPage2: 'update-03',
  author: 'world-desk',
  /**
   * How often its page polls for updates on the fixture site (`LIVE_POLL_SECONDS` of the fixture
   * build), shorter than production's 15–30 s so the test waits less.
   */
  pollSeconds: 5,
};

/** The id of the fixture blog's entry `n` (1 the oldest). */
export function liveEntryId(n: number): string {
  return `update-${String(n).padStart(2, '0')}`;
}

/** An entry file of the fixture blog (`content/live/<blog>/entries/<id>.mdx`). */
export function liveEntryText(entry: {
  publishedAt: Date;
  title?: string;
  pinned?: boolean;
  keyEvent?: boolean;
  body: string;
}): string {
  return [
    '---',
    `publishedAt: ${entry.publishedAt.toISOString()}`,
    ...(entry.title ? [`title: '${entry.title.replaceAll("'", "''")}'`] : []),
    `author: ${LIVE.author}`,
    ...(entry.pinned ? ['pinned: true'] : []),
    ...(entry.keyEvent ? ['keyEvent: true'] : []),
    '---',
    '',
    entry.body,
    '',
  ].join('\n');
}

const LIVE_PLACES = ['the north quay', 'the ferry terminal', 'the fish market', 'the old lock', 'the Saltings road'];

function liveBlogFiles(scheduledAt: Date): { path: string; text: string }[] {
  // The last entry half an hour before the scheduled article (itself minutes after the run starts).
  const last = scheduledAt.getTime() - 30 * 60_000;
  const entries = Array.from({ length: LIVE.entryCount }, (_, i) => {
    const n = i + 1;
    const id = liveEntryId(n);
    const place = LIVE_PLACES[i % LIVE_PLACES.length] ?? 'the harbour';
    return {
      path: `${LIVE.folder}/entries/${id}.mdx`,
      text: liveEntryText({
        publishedAt: new Date(last - (LIVE.entryCount - n) * 4 * 60_000),
        // Key events are listed by their titles.
        ...(n % 2 === 0 || LIVE.keyEvents.includes(id) ? { title: `Water over ${place}, report ${n}` } : {}),
        pinned: id === LIVE.pinned,
        keyEvent: LIVE.keyEvents.includes(id),
        body: `Report ${n} from ${place}: the water stood ${20 + n} centimetres above the quay wall as the tide turned, and the barrier crews held the gates half closed. Harbour staff walked the sea wall every hour and asked people to keep away from the edge until the evening.

The council said the pumps at the old lock were running at full power and that buses would take the Saltings road until the water went down.`,
      }),
    };
  });
  return [
    {
      path: `${LIVE.folder}/index.mdx`,
      text: `---
title: '${LIVE.title}'
standfirst: The storm surge reached the harbour at high tide; our reporters follow the flood barrier's first real test, update by update.
publishedAt: ${new Date(last - (LIVE.entryCount + 5) * 4 * 60_000).toISOString()}
author: ${LIVE.author}
section: world
${hero()}
status: live
---

The flood barrier across the harbour mouth is closed for the first time since it was finished, as a storm surge meets the spring tide. Updates below, newest first.
`,
    },
    ...entries,
  ];
}

/** The fixture articles, the scheduled one going live at `scheduledAt`, and the live blog. */
export function fixtureArticles(scheduledAt: Date): { path: string; text: string }[] {
  return [
    ...liveBlogFiles(scheduledAt),
    {
      path: 'content/articles/e2e/e2e-ferry-timetable-for-the-winter.mdx',
      text: `---
title: '${SCHEDULED.title}'
standfirst: The harbour ferry will run every forty minutes from December, the operator said, after a fall in passengers.
publishedAt: ${scheduledAt.toISOString()}
author: world-desk
section: world
tags:
  - ${SCHEDULED.tag}
${hero()}
---

${BODY}`,
    },
    {
      path: 'content/articles/e2e/e2e-harbour-ferry-fares-frozen.mdx',
      text: `---
title: ${RENAMED.title}
standfirst: The operator had planned a rise of a tenth in January; the council agreed on Friday to cover the cost for a year.
publishedAt: 2026-03-02T09:00:00-05:00
updatedAt: 2026-03-02T14:00:00-05:00
author: world-desk
section: world
${hero()}
corrections:
  - date: 2026-03-04T10:30:00-05:00
    text: An earlier version of this article said fares would rise by a fifth. The planned rise was a tenth.
  - date: 2026-03-03T09:15:00-05:00
    text: The headline of this article was changed; it first said fares would rise.
redirectFrom:
${RENAMED.oldUrls.map((u) => `  - ${u}`).join('\n')}
---

${BODY}`,
    },
  ];
}
