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

/** The fixture articles, the scheduled one going live at `scheduledAt`. */
export function fixtureArticles(scheduledAt: Date): { path: string; text: string }[] {
  return [
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
