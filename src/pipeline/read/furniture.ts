// Page furniture: lines a web page shows around a story that are not story text. Some of
// them still tell us something (the outlet, the dateline place, a publication stamp).

import { cleanPlace } from "./dateline";
import { canonicalOutlet, outletAtStart, outletIn } from "./outlets";
import { parseDateline } from "./dateline";
import { furnitureWords, isExactFurniture, isPrompt } from "./furniture-words";
import { isPageLabel } from "./page-labels";
import { findStamp } from "./stamps";
import type { Stamp } from "./stamps";
import { SENTENCE_END } from "./sentence-stop";

/** Where a source name was found; lower ranks win. */
export const SOURCE_RANK = { dateline: 0, byline: 1, signoff: 2, disclaimer: 3, social: 4 };
export type SourceHint = { name: string; rank: number };

export type LineInfo =
  { kind: "content" } | { kind: "furniture"; source?: SourceHint; stamp?: Stamp; place?: string };

// The networks a follow prompt names and the phrases of a syndication or standards note:
// rules/en/page-furniture.json (socialNetworks, disclaimers).
const SOCIAL = new RegExp(
  String.raw`^follow\s+(\S.*?)(?<!\s)\s+on\s+(?:${furnitureWords.socialNetworks.join("|")})\b`,
  "i",
);
const DISCLAIMER = new RegExp(furnitureWords.disclaimers.join("|"), "i");
// A site's copyright notice is never story text, however long ("Copyright © ... may not be
// reproduced ..."): rules/en/page-furniture.json (copyrightNotices).
const COPYRIGHT = new RegExp(furnitureWords.copyrightNotices.join("|"), "i");
// Credit, tag and picture lines open with words of rules/en/page-furniture.json (creditRoles,
// tagLabels, imageLabels).
const CREDITS = new RegExp(
  String.raw`^\(?(?:${furnitureWords.creditRoles.join("|")}) by\b.{0,120}$`,
  "i",
);
const TAGS = new RegExp(String.raw`^(?:${furnitureWords.tagLabels.join("|")})\s*:`, "i");
const READ_TIME = /^\d+\s+min(?:ute)?s?\s+read\b/i;
// A site's world clock ("Moscow: 16:21", "London: 14:21") and a contact number alone on a
// line ("+44 (0) 203 668 7474").
const CLOCK = new RegExp(
  String.raw`^[A-Z][\w .'’-]{1,30}:\s*\d{1,2}:\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|${furnitureWords.clockZones.join("|")}))?$`,
);
const PHONE = /^\+?[\d ()./-]{7,24}$/;
const IMAGE = new RegExp(
  String.raw`^!\[[^\]]*\]\([^)]*\)$|^\[?(?:${furnitureWords.imageLabels.join("|")})\b[^.]{0,80}\.?\]?$`,
  "i",
);
// A page's address alone on a line (a scraped page's canonical link) is never story text.
const ADDRESS = /^https?:\/\/\S+$/;
// A picture's file name alone on a line (the store kept it as the image's text): words joined
// by hyphens or underscores with no space, in small letters then capitals
// ("businessdaily-Mitsotakis-Erdogan") or four and more of them
// ("EMMANUEL-MACRON-FRANCE-GREECE-DEFENCE-CONFLICT"). A headline opens with a capital, and one
// joined name of up to three ("India-Russia-China") stays a headline.
const FILE_SLUG = /^(?:\p{Ll}[\p{L}\d]*(?:[-_][\p{L}\d]+){2,}|[\p{L}\d]+(?:[-_][\p{L}\d]+){3,})$/u;
// The pipeline reads English: a line of words with no Latin letter at all is a site's menu in
// other languages ("हिन्दी मराठी বাংলা தமிழ்") or its skip links ("본문 바로가기"), not the story.
const noLatin = (line: string) => !/[A-Za-z]/.test(line) && /\p{L}{2}/u.test(line);
// An icon font's names run together as text ("icon bookmark-bicon bookmarkicon cameraicon").
const ICON_NAMES = /(?:^|[\s-])icon[\s-]|icon\s/g;
const MIN_ICON_NAMES = 3;
const SIGNOFF = /^(?:[–—-]{1,2}\s*|\()([A-Za-z][\w .-]{1,30}?)\)?\.?$/;
// "(With inputs from PTI)" and a wire's name with its editors' initials ("PTI SKS"), or the
// initials alone ("ab/cd"): rules/en/page-furniture.json (inputCredits, wireInitials).
const WITH_INPUTS = new RegExp(
  String.raw`^\(?\s*(?:${furnitureWords.inputCredits.join("|")})\s+(\S.*?)(?<!\s)\s*\)?\.?$`,
  "i",
);
const INITIALS = new RegExp(
  String.raw`^(?:[a-z]{2,4}(?:\/[a-z]{2,4})+|(?:${furnitureWords.wireInitials.join("|")})(?:\s+[A-Z]{2,4})+)$`,
);
const BY = new RegExp(
  String.raw`^(?:${furnitureWords.bylineLeads.join("|")})\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*(?:[,|].{0,60})?$`,
  "i",
);
// A desk credit on its own line: "NE NEWS SERVICE", "Tribune News Service", "Text by FRANCE 24"
// (rules/en/page-furniture.json: deskCredits, deskNames).
const DESK = new RegExp(
  String.raw`^(?:(?:${furnitureWords.deskCredits.join("|")})\s+(\S.{0,30})|([A-Za-z][\w&.-]*(?: [A-Za-z][\w&.-]*){0,3}) (?:${furnitureWords.deskNames.join("|")}))$`,
  "i",
);
const TICKER = /[▲▼↑↓]|^(?:[A-Z][A-Za-z&]* [\d,]+(?:\.\d+)? ?[+\-−][\d.]+%? *){2,}$/;
const WRITER_THEN_DATE =
  /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4}\b.*)$/;

// "Hanoi, Vietnam–(NEWSWIRE)–December 16, 2013.": a wire's credit line may close its date with
// a full stop, and is still no sentence.
const CREDIT_DATE_STOP = /\b\d{4}\.$/;

// "- Published: 10.12.2014.": a line that is its stamp and nothing else (a label with its
// colon, a numeric date), a bullet before it, may close the date with a full stop and is still
// no sentence ("It was published on June 5, 2024." is one).
const BULLET = /^[\s\-–—•*]+/;
const LABELLED_NUMERIC_STOP = /^(?:[A-Z][A-Za-z ]{0,30}:\s*)?\d{1,2}([./-])\d{1,2}\1\d{4}\.$/;

function stampAlone(line: string, text: string): boolean {
  const bare = line.trim().replace(BULLET, "");
  return bare === text && LABELLED_NUMERIC_STOP.test(bare);
}

export function classifyLine(line: string): LineInfo {
  const short = line.length <= 160;
  const stamp = short ? findStamp(line) : null;
  // "Brussels, 19/06/2021" alone on a line is the story's dateline, not a page stamp: it says
  // where the story was filed, and as a dateline it outranks a bare date the site prints. A
  // writer's credit before the date ("By Ana Ruiz, December 22, 2010") names no place.
  if (
    stamp &&
    (!SENTENCE_END.test(line) ||
      stamp.note ||
      (stamp.credit && CREDIT_DATE_STOP.test(line)) ||
      stampAlone(line, stamp.text)) &&
    (stamp.credit || !isWholeDateline(line))
  ) {
    // "Press Trust of India | Updated: ...", "Posted On: ... by PIB Delhi": a byline too.
    const name = outletIn(line);
    const place = stamp.place ?? placeInByline(line);
    return {
      kind: "furniture",
      stamp,
      ...(name ? { source: hint(name, SOURCE_RANK.byline) } : {}),
      ...(place ? { place } : {}),
    };
  }
  if (
    isExactFurniture(line) ||
    isPageLabel(line) ||
    CREDITS.test(line) ||
    IMAGE.test(line) ||
    ADDRESS.test(line.trim()) ||
    FILE_SLUG.test(line.trim()) ||
    noLatin(line) ||
    (line.match(ICON_NAMES)?.length ?? 0) >= MIN_ICON_NAMES ||
    TAGS.test(line) ||
    READ_TIME.test(line) ||
    CLOCK.test(line.trim()) ||
    (PHONE.test(line.trim()) && line.replace(/\D/g, "").length >= 7)
  )
    return { kind: "furniture" };
  if (isPrompt(line)) return { kind: "furniture" };
  const social = SOCIAL.exec(line);
  if (social?.[1]) return { kind: "furniture", source: hint(social[1], SOURCE_RANK.social) };
  if ((short && DISCLAIMER.test(line)) || (DISCLAIMER.test(line) && /^\(.*\)$/.test(line)))
    return { kind: "furniture", source: disclaimerOutlet(line) };
  if (COPYRIGHT.test(line)) return { kind: "furniture" };
  return (
    signoff(line) ??
    byline(line) ??
    (short && TICKER.test(line) ? { kind: "furniture" } : { kind: "content" })
  );
}

function signoff(line: string): LineInfo | null {
  const inputs = WITH_INPUTS.exec(line);
  if (inputs?.[1]) {
    const name = canonicalOutlet(inputs[1]);
    return { kind: "furniture", ...(name ? { source: hint(name, SOURCE_RANK.signoff) } : {}) };
  }
  if (INITIALS.test(line)) return { kind: "furniture" };
  const m = SIGNOFF.exec(line);
  const name = m?.[1] === undefined ? null : canonicalOutlet(m[1]);
  return name ? { kind: "furniture", source: hint(name, SOURCE_RANK.signoff) } : null;
}

function byline(line: string): LineInfo | null {
  if (line.length > 80 || SENTENCE_END.test(line)) return null;
  const desk = DESK.exec(line.trim());
  if (desk) {
    const name = desk[1] === undefined ? line.trim() : desk[1];
    return { kind: "furniture", source: hint(canonicalOutlet(name) ?? name, SOURCE_RANK.byline) };
  }
  const lead = outletAtStart(line);
  if (lead) {
    const rest = lead.rest.replace(/^[\s|,:–—-]+/, "").trim();
    if (
      rest === "" ||
      /^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\[[^\]]{2,30}\])?$/.test(rest)
    )
      return {
        kind: "furniture",
        source: hint(lead.name, SOURCE_RANK.byline),
        ...(rest ? { place: cleanPlace(rest) } : {}),
      };
    const stamp = findStamp(rest);
    if (stamp) return { kind: "furniture", source: hint(lead.name, SOURCE_RANK.byline), stamp };
    // "Tribune News Service | New Delhi, March 8": the desk, the place, a yearless day.
    const filed =
      /^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}$/.exec(rest);
    if (filed?.[1])
      return { kind: "furniture", source: hint(lead.name, SOURCE_RANK.byline), place: filed[1] };
  }
  const named = WRITER_THEN_DATE.exec(line);
  const dated = named?.[1] === undefined ? null : findStamp(named[1]);
  // "Snehesh Alex Philip 14 September, 2023 10:12 am IST": the writer, then only a date.
  if (dated?.kind === "published" && dated.text === named?.[1])
    return { kind: "furniture", stamp: dated };
  if (BY.test(line)) {
    const name = outletIn(line);
    return { kind: "furniture", ...(name ? { source: hint(name, SOURCE_RANK.byline) } : {}) };
  }
  return null;
}

/** "Written by Name | New Delhi | Updated: ...": the place between the writer and the stamp. */
function placeInByline(line: string): string | null {
  const [writer, place, ...rest] = line.split(" | ").map((item) => item.trim());
  if (writer === undefined || place === undefined || rest.length === 0) return null;
  if (!/^(?:written by|reported by|by)\b/i.test(writer)) return null;
  const placeLike = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$/.test(place);
  return placeLike && canonicalOutlet(place) === null ? place : null;
}

function disclaimerOutlet(line: string): SourceHint | undefined {
  const staff = /by (?:the )?(.{2,40}?) staff/i.exec(line);
  const name = staff?.[1] ? (canonicalOutlet(staff[1]) ?? staff[1].trim()) : outletIn(line);
  return name ? hint(name, SOURCE_RANK.disclaimer) : undefined;
}

function hint(name: string, rank: number): SourceHint {
  const clean = name.trim().replace(/(?<![.\s])[.\s]+$/, "");
  return { name: canonicalOutlet(clean) ?? clean, rank };
}

function isWholeDateline(line: string): boolean {
  const d = parseDateline(line.trim());
  return d !== null && d.year !== null && d.length >= line.trim().length;
}
