import { weekdayOf } from "../../dates/calendar";
import { resolveDates } from "../../resolve-dates";
import { isPhotoCaption } from "../furniture-words";
import { yearsNamed } from "../text-years";
import { ledeWeekday } from "../weekday-agreement";

/** "India and Russia on Monday signed a record 28 MoUs ...", and later "... the meeting in
 * New Delhi on 6 December 2021" (a Monday): with no stamp or dated dateline, a lede that tells
 * its news on a weekday is of the one day written in full that falls on it, when no day or
 * year the text names is later (else the story may be of a later week). Days a span or a
 * future tense gives ("to be held between February 5-8, 2020") are not the story's. */
export function ledeWeekdayOnDate(body: string[]): { iso: string; how: string } | null {
  const lede = ledeWeekday(body);
  if (lede === null) return null;
  // A caption or sentence that writes its own day beside the weekday ("... March 23, 2023. The
  // exercise began here on Thursday") agrees only with itself: the story may be of a later day.
  // Captions repeat it under each picture: no paragraph that tells the weekday, and no
  // picture's caption, counts.
  const rest = body.filter((p) => !p.includes(lede.text) && !isPhotoCaption(p)).join("\n");
  const days = new Set(
    resolveDates(rest, { published: null, publishedFrom: null }).flatMap((r) =>
      r.basis === "stated" && r.precision === "day" && r.start && r.end === null && !r.future
        ? [r.start]
        : [],
    ),
  );
  const on = [...days].filter((d) => weekdayOf(d) === lede.weekday);
  const [only] = on;
  if (on.length !== 1 || only === undefined) return null;
  if ([...days].some((d) => d > only)) return null;
  const year = Number(only.slice(0, 4));
  if ([...yearsNamed(body.join("\n"), { spanEnds: false })].some((y) => y > year)) return null;
  return { iso: only, how: lede.text };
}
