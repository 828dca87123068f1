// What the events stage knows about one sentence: its text and offsets, quoted parts,
// dates, and the entity mentions inside it.

import { isPhotoCaption } from "../read/furniture-words";
import type { DateBasis, Entity, Mention } from "../../shared/schema";
import type { AnnotatedDocument, Token } from "../annotate/types";
import { quotedMask } from "../annotate/quoted";
import { eventCues, sayingCueWords, type EventCue } from "../rules/cue-rules";
import { dateContextOf } from "../dates/reference-day";
import { resolveDates } from "../resolve-dates";
import { eventPhrases } from "../rules/event-phrases";
import type { Trigger } from "./triggers";
import type { AnnotatedArticle, DateContext, ResolvedDate } from "../types";

export type SentenceMention = { entity: Entity; start: number; end: number };

export type SentenceInfo = {
  order: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  quoted: boolean[];
  /** The sentence's tokens (offsets into the paragraph). */
  tokens: Token[];
  dates: ResolvedDate[];
  /** Its trigger words, when the map step found them already (else found when needed). */
  triggers?: Trigger[];
  mentions: SentenceMention[];
};

/** `doc`: the article's document when the caller has read it already (each read unpacks it). */
export function sentencesOf(
  article: AnnotatedArticle,
  mentions: Mention[],
  entityById: Map<string, Entity>,
  doc: AnnotatedDocument = article.doc,
): SentenceInfo[] {
  // Needed only for sentences the map step left without dates (stages run on their own);
  // without a publication day it resolves the whole text, so it is worked out only then.
  let ctx: DateContext | undefined;
  const dateContext = () => (ctx ??= dateContextOf(article));
  const masks = article.paragraphs.map(quotedMask);
  // Mentions in text order, walked once alongside the sentences (both are sorted).
  const sorted = [...mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  let next = 0;
  return doc.sentences.map((s) => {
    while (next < sorted.length && before(sorted[next] as Mention, s.paragraph, s.start)) next++;
    const inside: SentenceMention[] = [];
    for (let i = next; i < sorted.length; i++) {
      const m = sorted[i] as Mention;
      if (m.paragraph !== s.paragraph || m.start >= s.end) break;
      const entity = entityById.get(m.entityId);
      if (entity && m.end <= s.end)
        inside.push({ entity, start: m.start - s.start, end: m.end - s.start });
    }
    const quoted = (masks[s.paragraph] ?? []).slice(s.start, s.end);
    // The build's map step resolved them already, a saying's date left out
    // (build/sentence-clues.ts).
    const dates = s.dates ?? withoutSayingDates(s, quoted, resolveDates(s.text, dateContext()));
    return {
      order: s.order,
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      text: s.text,
      quoted,
      tokens: s.tokens,
      dates,
      ...(s.triggers ? { triggers: s.triggers } : {}),
      mentions: inside,
    };
  });
}

// "The MEA last month had said that the dialogue will cover ...", "said a press release
// issued by the ministry on Wednesday": the date is the saying's or the release's
// (rules/en/event-cues.json 'saying-after-date', 'release-before-date'), not a date of any event the sentence tells.
// Nor is the period of a chairmanship or a mission ('holder-before-date').
// A saying's date goes only when what was said lies ahead: "X on Monday said the talks were
// useful" may well date the talks.
const AHEAD = eventPhrases.saidAhead;

/** The sentence's dates but a saying's or a release's. This reads the sentence's words alone,
 * so the build's map step does it (build/sentence-clues.ts). Most sentences hold no word either
 * cue can start with: their dates are kept unchecked. */
export function withoutSayingDates(
  s: { start: number; text: string; tokens: Token[] },
  quoted: boolean[],
  dates: ResolvedDate[],
): ResolvedDate[] {
  const may = {
    release: sayingCueWords.release?.test(s.text) ?? true,
    releaseAfter: sayingCueWords.releaseAfter?.test(s.text) ?? true,
    holder: sayingCueWords.holder?.test(s.text) ?? true,
    saying: sayingCueWords.saying?.test(s.text) ?? true,
  };
  if (!may.release && !may.releaseAfter && !may.holder && !may.saying) return dates;
  return dates.filter((d) => !datesASaying(s, quoted, d, may));
}

function datesASaying(
  s: { start: number; text: string; tokens: Token[] },
  quoted: boolean[],
  d: ResolvedDate,
  may: { release: boolean; releaseAfter: boolean; holder: boolean; saying: boolean },
): boolean {
  if (quoted[d.index]) return false;
  const from = s.start + d.index;
  const to = from + d.text.length;
  const first = s.tokens.findIndex((t) => t.start >= from);
  const cued = (at: number) => eventCues.endingAt(s.tokens, at).map((r) => r.cue);
  if (may.release && first > 0 && cued(first).includes("release-before-date")) return true;
  // "the priorities of the chairmanship of ASEAN in 2017": the period of a chairmanship, a
  // mission or a programme, not a date of what the sentence tells ('holder-before-date').
  if (may.holder && first > 0 && cued(first).includes("holder-before-date")) return true;
  const after = s.tokens.findIndex((t) => t.start >= to);
  if (after < 0) return false;
  const startsAfter = (cue: EventCue) =>
    eventCues.matchAll(s.tokens).find((m) => m.rule.cue === cue && m.start === after);
  // "said in a Jan. 8 statement that the visit ...": the date names the statement.
  if (may.releaseAfter && startsAfter("release-after-date")) return true;
  // A day's saying is most often the story's own news ("Lavrov on Monday said that the new
  // dialogue will ..." at that dialogue): only a saying of an earlier period is set apart.
  if (d.precision === "day" || !may.saying) return false;
  const said = startsAfter("saying-after-date");
  if (!said) return false;
  // What was said, quotations blanked out.
  let rest = "";
  for (let i = (s.tokens[said.end - 1]?.end ?? to) - s.start; i < s.text.length; i++)
    rest += quoted[i] ? " " : s.text[i];
  return AHEAD.test(rest);
}

function before(m: Mention, paragraph: number, start: number): boolean {
  return m.paragraph < paragraph || (m.paragraph === paragraph && m.start < start);
}

/** How many opening paragraphs, captions aside, may hold the lede. */
const LEDE_PARAGRAPHS = 2;

/** The article's own day: the first past day-precise date of its opening paragraphs. A
 * picture's caption there ("... in Madrid, June 29, 2022. (AFP Photo)") dates the picture,
 * which may be older than the story, and is not one of them: a standfirst and a caption over
 * the lede ("... (Photo | AP)", then "NEW DELHI: ... on Friday ...") leave it the second. */
export function leadOf(
  sentences: SentenceInfo[],
): { date: ResolvedDate; people: string[]; sentence: SentenceInfo } | null {
  // The caption's sentence closes with the credit, or the credit stands after it alone.
  const caption = (i: number) => {
    const s = sentences[i] as SentenceInfo;
    const next = sentences[i + 1];
    const bare = next?.paragraph === s.paragraph && next.text.length <= 40 ? next.text : "";
    return isPhotoCaption(s.text) || (bare !== "" && isPhotoCaption(`${s.text} ${bare}`));
  };
  const paragraphText = (paragraph: number) =>
    sentences
      .filter((s) => s.paragraph === paragraph)
      .map((s) => s.text)
      .join(" ");
  let counted = 0;
  for (const [i, s] of sentences.entries()) {
    const opens = i === 0 || sentences[i - 1]?.paragraph !== s.paragraph;
    if (opens && !isPhotoCaption(paragraphText(s.paragraph)) && ++counted > LEDE_PARAGRAPHS) break;
    if (caption(i)) continue;
    const date = s.dates.find(
      (d) => d.precision === "day" && !d.future && d.basis !== "vague" && d.start !== null,
    );
    if (date)
      return {
        date,
        people: s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id),
        sentence: s,
      };
  }
  return null;
}

// "I will leave for Hiroshima ...", "The minister will be visiting Japan from 22-25 May":
// a trip ahead that the story opens with.
const TRIP_AHEAD = eventPhrases.tripAhead; // rules/en/event-phrases.json

/** The trip ahead the story opens with (its first two paragraphs): the dates it gives, or,
 * when it gives none, the month of publication (a departure told as news is imminent). */
export function tripOf(
  sentences: SentenceInfo[],
  published: { day: string; basis: DateBasis } | null,
): { date: ResolvedDate; people: string[] } | null {
  for (const s of sentences) {
    if (s.paragraph > 1) break;
    const m = TRIP_AHEAD.exec(s.text);
    if (!m || s.quoted[m.index]) continue;
    const people = s.mentions.filter((x) => x.entity.kind === "person").map((x) => x.entity.id);
    // Its own day, or else the coarser span it gives ("will visit Tunis next week", "in June").
    const ahead = s.dates.filter((d) => d.future && d.start !== null);
    const own = ahead.find((d) => d.precision === "day") ?? ahead[0];
    if (own)
      return { date: { ...own, basis: own.basis === "editor" ? "editor" : "context" }, people };
    if (s.dates.some((d) => d.start !== null) || published === null) return null;
    const date: ResolvedDate = {
      text: m[0],
      index: m.index,
      start: published.day.slice(0, 7),
      end: null,
      precision: "month",
      basis: published.basis === "editor" ? "editor" : "context",
      future: true,
    };
    return { date, people };
  }
  return null;
}
