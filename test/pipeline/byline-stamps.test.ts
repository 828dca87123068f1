// @vitest-environment node
// A date printed after a byline and a bullet ("FP Staff • September 5, 2024, 16:42:10 IST")
// is the publication date, seconds and all.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/pipeline/read-article";

const page = `Corridor gains steam as ministers meet

Union Minister Kiran Patel held talks with his Russian counterpart in Vladivostok

FP Staff • September 5, 2024, 16:42:10 IST

Union Minister Kiran Patel on Wednesday held talks with Russian minister Pavel Zorin in Vladivostok on the Chennai–Vladivostok corridor.

The two ministers agreed to set up a working group on Arctic shipping.
`;

describe("a byline followed by a bullet and a date", () => {
  it("gives the publication date", () => {
    const article = readArticle({ file: "fp.txt", text: page }, { today: "2026-11-22" });
    expect(article).toMatchObject({ published: "2024-09-05", publishedFrom: "text" });
  });
});

const pages: [string, string, Record<string, string | null>][] = [
  [
    "a blog's 'Posted by NAME on DATE' line",
    `Posted by Ana Ruiz on Oct 24, 2011 Leave a comment

Two foreign ministers meet in the capital

The visiting foreign minister has arrived to meet his counterpart and discuss trade.`,
    { published: "2011-10-24" },
  ],
  [
    "a Tribune desk line and a 'Posted at' stamp",
    `Navy leases a third submarine

Tribune News Service | New Delhi, March 8

Posted at: Mar 8, 2019, 1:58 AM; last updated: Mar 8, 2019, 1:58 AM (IST)

India has signed a deal to lease a submarine from Russia for ten years, officials said on Thursday.`,
    { published: "2019-03-08", source: "The Tribune", dateline: "New Delhi" },
  ],
  [
    "'Last Updated at' and an agency byline",
    `Leaders sign missile deal

ANI  |  New Delhi [India]
Last Updated at October 5, 2018 21:04 IST

India and Russia on Friday signed a contract for air defence systems after the two leaders held talks.`,
    { published: "2018-10-05", source: "ANI" },
  ],
  [
    "a time before the date, and a dateline with the country after the city",
    `Leaders meet at summit in Kazan

By ANNA PETROVA Associated Press

Updated 6:12 PM GMT+5:30, October 23, 2024

KAZAN, Russia (AP) — The Russian president welcomed the leaders of India and China to the city this week.`,
    { published: "2024-10-23", source: "AP", dateline: "Kazan" },
  ],
  [
    "a weekday before the date, with a later update in brackets",
    `Ministers discuss port on the sidelines

Thursday, 04 July 2024 5:12 PM  [ Last Update: Monday, 14 October 2024 11:03 AM ]

The two foreign ministers met on Wednesday in Astana, where leaders of the bloc have gathered for a summit.`,
    { published: "2024-07-04" },
  ],
  [
    "a dated Reuters dateline with the country after the city",
    `Ministers meet in Qingdao

QINGDAO, China, June 26, 2025 (Reuters) - The defence ministers of India and Russia met on Thursday on the sidelines of a regional meeting.`,
    { published: "2025-06-26", source: "Reuters", dateline: "Qingdao" },
  ],
  [
    "an Interfax dateline with a full stop after the place",
    `Joint drills open in Primorye

19 October 2017 12:34

VLADIVOSTOK. Oct 19 (Interfax) - The first tri-service exercise opened at a training ground in the region on Thursday, the district press service said.`,
    { published: "2017-10-19", source: "Interfax", dateline: "Vladivostok" },
  ],
];

describe("stamps and bylines of more layouts", () => {
  it.each(pages)("reads %s", (_, text, expected) => {
    const article = readArticle({ file: "page.txt", text }, { today: "2026-11-22" });
    expect(article).toMatchObject(expected);
  });
});

describe("a video block after the story", () => {
  it("is not story text", () => {
    const text = `Minister to visit Moscow next week

Press Trust of India | Updated: November 1, 2019 7:25 pm IST

Defence Minister Rajnath Singh will visit Moscow next week for talks with his Russian counterpart, officials said on Friday.

The two sides are expected to review the supply of spare parts.

Also Watch
Army Chief Reviews Preparedness Along The Border`;
    const article = readArticle({ file: "watch.txt", text }, { today: "2026-11-22" });
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join(" ")).not.toMatch(/Watch|Preparedness/);
  });
});
