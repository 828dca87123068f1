// Events with a name of their own: "23rd India-Russia Annual Summit", "the 22nd meeting" of
// a commission, "fifth Meeting of the Working Group". The ordinal and the body identify the
// event across articles whatever else the articles say.

import type { EventType } from "../../shared/schema";
import { ORDINAL_WORDS, ordinalValue } from "../dates/words";
import { eventWordLists } from "../rules/event-phrases";
import { meetingBody } from "./meeting-kind";
import type { SentenceInfo, SentenceMention } from "./sentence-context";
import type { Trigger } from "./triggers";

export type NamedEvent = { type: EventType; key: string; title: string };

const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS.join("|")})`;
// A summit's name between its ordinal and "summit" ("23rd India-Russia Annual"); a word such as
// "for" means the ordinal is something else ("on the 30th for a Korea-Japan summit").
const BODY_STOP = eventWordLists.ordinalBodyStops.words.join("|");
const SUMMIT_NAME = new RegExp(
  String.raw`\b(${ORDINAL})\s+((?:(?!(?:${BODY_STOP})\s)[A-Z][\w–-]*\s+){0,4})$`,
  "i",
);

export function namedEvent(
  text: string,
  t: Trigger,
  mentions: SentenceMention[] = [],
): NamedEvent | null {
  const word = text.slice(t.start, t.end);
  if (/^summit$/i.test(word)) {
    const m = SUMMIT_NAME.exec(text.slice(0, t.start));
    if (!m?.[1]) return null;
    const n = ordinalValue(m[1]);
    const body = (m[2] ?? "").trim();
    const countries = mentions
      .filter(
        (x) => x.entity.kind === "country" && x.start >= t.start - m[0].length && x.end <= t.start,
      )
      .map((x) => x.entity.id)
      .sort();
    return {
      type: "summit",
      key: `summit:${n}:${countries.join(",") || body.toLowerCase()}`,
      title: `${m[1]} ${dashCountries(body)} ${word[0]?.toUpperCase()}${word.slice(1)}`.replace(
        /\s+/g,
        " ",
      ),
    };
  }
  if (!/^(?:meeting|session)$/i.test(word)) return null;
  const ord = new RegExp(String.raw`\b(${ORDINAL})\s+$`, "i").exec(text.slice(0, t.start));
  if (!ord?.[1]) return null;
  const info: SentenceInfo = {
    order: 0,
    paragraph: 0,
    start: 0,
    end: text.length,
    text,
    quoted: [],
    tokens: [],
    dates: [],
    mentions,
  };
  const { type, body } = meetingBody(info, t);
  if (!body) return null;
  const n = ordinalValue(ord[1]);
  const short = shortName(body.name, body.aliases);
  const ordinalText = ORDINAL_WORDS[n - 1] ? capitalise(ORDINAL_WORDS[n - 1] as string) : ord[1];
  return {
    type,
    key: `${type}:${n}:${body.id}`,
    title:
      type === "working-group-meeting"
        ? `${ordinalText} meeting of the ${short}`
        : `${ord[1]} ${short} meeting`,
  };
}

function shortName(name: string, aliases: string[]): string {
  const acronym = aliases
    .filter((a) => /^[A-Z&-]{3,}$/.test(a) && !a.includes("amp"))
    .sort((a, b) => b.length - a.length)[0];
  return acronym ?? name;
}

function dashCountries(text: string): string {
  return text.replace(/\b([A-Z][a-z]+)-([A-Z][a-z]+)\b/g, "$1–$2");
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}
