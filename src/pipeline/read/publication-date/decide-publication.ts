// Which day a story was published: the dateline day when a stamp confirms its year, else
// the most trustworthy stamp, else a dateline year fixed by a weekday the lede states. The
// signals are one file each beside this one; this file and the two it hands over to
// (inferred-publication.ts, dateline-publication.ts) rank them.

import { addDays } from "../../dates/calendar";
import { STAMP_RANK } from "../stamps";
import type { Stamp } from "../stamps";
import type { Dateline } from "../dateline";
import { yearsNamed } from "../text-years";
import { clockAboveStory } from "./clock-above-story";
import { datelinePublication } from "./dateline-publication";
import { fromStamp } from "./from-stamp";
import { headlineDay } from "./headline-day";
import { inferredPublication } from "./inferred-publication";
import type { Publication } from "./publication";

/** A page's own stamp this many days before its headline's date is a template's. */
const STALE_DAYS = 30;
const OWN_STAMPS: ReadonlySet<Stamp["kind"]> = new Set(["published", "first-published"]);

/** What a page gives towards its publication day. */
export type PageSignals = {
  stamps: Stamp[];
  dateline: Dateline | null;
  body: string[];
  today: string | undefined;
  fileName?: string;
  headline?: string | null;
  topLines?: string[];
  /** Bare dates set aside as the site's date bar (date-bar.ts): the day the page was served. */
  bars?: Stamp[];
};

export function decidePublication(page: PageSignals): Publication {
  const { stamps, dateline, body, today, fileName = "", headline = null, topLines = [] } = page;
  const ranked = [...stamps].sort(
    (a, b) => STAMP_RANK[a.kind] - STAMP_RANK[b.kind] || (a.date < b.date ? -1 : 1),
  );
  const years = yearsNamed(body.join("\n"));
  if (dateline?.month == null || dateline.day === null) {
    const best = ranked[0];
    // A bare date at the very top is often the site's clock ("22 September 2017 / Moscow:
    // 16:21 / London: 14:21"); a headline that ends with its own full date dates the story.
    const titled = best ? headlineDay(headline) : null;
    if (best && titled && best.kind === "page-top" && titled !== best.date)
      return {
        published: titled,
        from: "text",
        warnings: [
          `date at the top of the page ${best.date} ignored: the headline gives its own date ("${headline}")`,
        ],
      };
    // So does it over a page's own stamp long before that date: a template's "Published on
    // March 16, 2015" left above "Statements made by the Spokesperson (Paris - May 22, 2017)".
    // A page is not published before the day its title states, and a headline naming a day
    // weeks ahead belongs to a page of that day, not to an announcement.
    if (best && titled && OWN_STAMPS.has(best.kind) && titled > addDays(best.date, STALE_DAYS))
      return {
        published: titled,
        from: "text",
        warnings: [
          `page stamp ${best.date} ignored: it is long before the date the headline gives ("${headline}")`,
        ],
      };
    const clock = best ? clockAboveStory(best, body) : null;
    if (best && clock === null) return fromStamp(best, ranked, body);
    const inferred = inferredPublication({ body, years, fileName, headline, topLines });
    return clock === null ? inferred : { ...inferred, warnings: [clock, ...inferred.warnings] };
  }
  return datelinePublication({
    dateline: { ...dateline, month: dateline.month, day: dateline.day },
    ranked,
    stamps,
    body,
    years,
    today,
    headline,
    bars: page.bars ?? [],
  });
}
