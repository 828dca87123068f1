import { OWN_DAY, OWN_DAY_WORDS } from "../../rules/own-day";
import { resolveDates } from "../../resolve-dates";
import { MONTH_NAMES } from "../../../shared/dates";
import { yearsNamed } from "../text-years";

/** Words two sentences must share (four letters or more, dates aside) to tell of one event. */
const SAME_EVENT_WORDS = 3;
const DATE_WORD = new RegExp(
  String.raw`^(?:${MONTH_NAMES.join("|")}|\d+|${OWN_DAY_WORDS.join("|")})$`,
  "i",
);

const sentencesIn = (p: string) => p.split(/(?<=[.!?])\s+/);
const wordsOf = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).filter((w) => !DATE_WORD.test(w)));

/** "X spoke to Y on 13 July 2014 ...", then "The Prime Minister spoke to Y this afternoon":
 * a story that tells its opening's dated event again as of its own day, and writes one full
 * date only, with no later year anywhere (a span's end aside), is published on that date. */
export function ledeDayIsToday(body: string[]): { iso: string; how: string } | null {
  const full = (text: string) =>
    resolveDates(text, { published: null, publishedFrom: null }).filter(
      (r) => r.basis === "stated" && r.precision === "day" && r.start !== null && r.end === null,
    );
  // Only a sentence that names the story's own day can tell the date is today's (the last
  // step). Most stories that come this far name none, and looking costs far less than
  // resolving every date of the body.
  const sentences = body.flatMap(sentencesIn);
  if (!sentences.some((s) => OWN_DAY.test(s))) return null;
  const all = new Set(full(body.join("\n")).map((r) => r.start));
  const [only] = all;
  if (all.size !== 1 || only == null) return null;
  const dated = body
    .slice(0, 2)
    .flatMap(sentencesIn)
    .find((t) => full(t).length > 0);
  if (dated === undefined) return null;
  // "... will co-chair the meeting, the first since they launched the pact on 27 January
  // 2021, on Saturday": a sentence that dates its own event some other way writes the full
  // date of a recalled one.
  if (resolveDates(dated, { published: null, publishedFrom: null }).length > 1) return null;
  const year = Number(only.slice(0, 4));
  // A span's end ("the 2010 to 2015 government") tells of no later day.
  const years = yearsNamed(body.join("\n"), { spanEnds: false });
  if ([...years].some((y) => y > year)) return null;
  const ledeWords = wordsOf(dated);
  for (const sentence of sentences) {
    const own = OWN_DAY.exec(sentence);
    if (!own || sentence === dated) continue;
    const shared = [...wordsOf(sentence)].filter((w) => ledeWords.has(w)).length;
    if (shared >= SAME_EVENT_WORDS) return { iso: only, how: own[0] };
  }
  return null;
}
