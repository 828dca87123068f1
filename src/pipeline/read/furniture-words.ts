// Furniture lines named in rules/en/page-furniture.json: whole lines ("Menu", "Please enable
// JavaScript") and calls to action that open a short line ("Read more", "Powered by ...").

import escapeStringRegexp from "escape-string-regexp";
import * as z from "zod";
import furniture from "../rules/en/page-furniture.json";
import { BULLET_CHARS } from "./bullets";
import { SENTENCE_END } from "./sentence-stop";
import { checkedRuleFile } from "../rules/checked-rules";

// Loose: the file's picture credits are the entity stage's (rules/entity-cues.ts).
const schema = z.looseObject({
  description: z.string(),
  exact: z.array(z.string().min(1)),
  prompts: z.array(z.string().min(1)),
  dayBoxes: z.array(z.string().min(1)),
  captionCredits: z.array(z.string().min(1)),
  photoAgencies: z.array(z.string().min(1)),
  notDatelinePlaces: z.array(z.string().min(1)),
  storyEnds: z.array(z.string().min(1)),
  speakerHeadlines: z.array(z.string().min(1)),
  creditRoles: z.array(z.string().min(1)),
  bylineLeads: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
  tagLabels: z.array(z.string().min(1)),
  imageLabels: z.array(z.string().min(1)),
  socialNetworks: z.array(z.string().min(1)),
  disclaimers: z.array(z.string().min(1)),
  copyrightNotices: z.array(z.string().min(1)).min(1),
  pointerLabels: z.array(z.string().min(1)),
  relatedHeaders: z.array(z.string().min(1)),
  standfirstHeaders: z.array(z.string().min(1)),
  teaserButtons: z.array(z.string().min(1)),
  deskCredits: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
  deskNames: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
  inputCredits: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
  wireInitials: z.array(z.string().regex(/^[A-Z]+$/)),
  clockZones: z.array(z.string().regex(/^[A-Za-z]+$/)),
  bareTagLabels: z.array(z.string().regex(/^[a-z]+$/)),
  releaseIdLabels: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)),
  latestNewsPrompts: z.array(z.string().min(1)),
  shareTargets: z.array(z.string().regex(/^[a-z]+$/)),
  leadVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  trailMarks: z.array(z.string().length(1)).min(1),
  spacedTrailMarks: z.array(z.string().length(1)).min(1),
  addressOpeners: z.array(z.string().regex(/^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/)).min(1),
  brokenOffWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  siteLabelLeads: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/)).min(1),
  examples: z.object({
    furniture: z.array(z.string()),
    content: z.array(z.string()),
    dayBoxes: z.array(z.string()),
    captions: z.array(z.string()),
    notDatelines: z.array(z.string()),
    storyEnds: z.array(z.string()),
    speakerHeadlines: z.array(z.string()),
    notSpeakerHeadlines: z.array(z.string()),
    relatedHeaders: z.array(z.string()),
    standfirstHeaders: z.array(z.string()),
    teaserButtons: z.array(z.string()),
    unstoppedLeads: z.array(z.string()).min(1),
    notUnstoppedLeads: z.array(z.string()).min(1),
    trails: z.array(z.string()).min(1),
    notTrails: z.array(z.string()).min(1),
  }),
});

export const furnitureWords = checkedRuleFile(schema, furniture, "page-furniture");

const exact = new Set(furnitureWords.exact);
const MAX_PROMPT_LINE = 160;

// A menu's items may keep their bullets ("• Menu", "• About us").
const LEADING_BULLET = new RegExp(`^[${BULLET_CHARS}]\\s*`);

export function isExactFurniture(line: string): boolean {
  const bare = line.trim().replace(LEADING_BULLET, "");
  return exact.has(bare.toLowerCase().replace(/[‘’]/g, "'"));
}

export function isPrompt(line: string): boolean {
  if (line.length > MAX_PROMPT_LINE) return false;
  if (!line.includes(":") && SENTENCE_END.test(line)) return false;
  const lower = line.toLowerCase();
  return furnitureWords.prompts.some(
    (p) => lower.startsWith(p) && !/[\p{L}\p{N}]/u.test(lower.charAt(p.length)),
  );
}

// A site's weather reading alone on a line ("16.1 C", "28°C", "-3 °F").
const TEMPERATURE = /^-?\d{1,2}(?:[.,]\d)?(?:\s*°\s*|\s*)[CF]$/;

/** A line opening a site's own box ("Today in <place>", a weather reading): a bare date under
 * it is the day the page was fetched. */
export function isDayBox(line: string): boolean {
  const lower = line
    .trim()
    .replace(/^[-•·*]\s+/, "")
    .toLowerCase();
  return (
    TEMPERATURE.test(line.trim()) ||
    furnitureWords.dayBoxes.some(
      (p) => lower.startsWith(p) && !/[\p{L}\p{N}]/u.test(lower.charAt(p.length)),
    )
  );
}

// "... at the palace (Photo: AFP)", "... Photograph:( Getty )": a credit of a few words after
// "Photo:" closing the line, maybe glued to the caption's last full stop ("... en la Casa de
// Nariño.Foto: ANDINA/Prensa Presidencia"). Credit words are data, escaped: a "." in one
// matches itself.
const CREDIT = new RegExp(
  String.raw`(?:^|[\s(|.])(?:${furnitureWords.captionCredits.map((word) => escapeStringRegexp(word)).join("|")})\s*:\s*\(?\s*[\p{Lu}\w][^.:()]{0,40}?\)?\s*\)?$`,
  "iu",
);

// "... in Madrid, June 29, 2022. (AFP Photo)": the credit's source named before the word,
// one to three capitalised words in brackets closing the line.
const creditWords = furnitureWords.captionCredits.flatMap((word) => [
  word,
  word.charAt(0).toUpperCase() + word.slice(1),
  word.toUpperCase(),
]);
const CREDIT_BEFORE = new RegExp(
  String.raw`\((?:[\p{Lu}][\p{L}.&'’-]*\s+){1,3}(?:${creditWords.map((word) => escapeStringRegexp(word)).join("|")})\)$`,
  "u",
);

// "... in Paris on July 13, 2017 | Patrick Kovarik/AFP via Getty Images": a photographer's
// name and the picture agency after a slash close the line.
const agencies = furnitureWords.photoAgencies.map((word) => escapeStringRegexp(word)).join("|");
const PHOTOGRAPHER = new RegExp(
  String.raw`(?:^|[\s|])\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*/\s*(?:${agencies})(?:\s+via\s+(?:${agencies}))?$`,
  "u",
);

// "... in Brasilia, Brazil November 20, 2024. REUTERS/Adriano Machado": the wire's name in
// capitals, a slash and the photographer close the line after the caption's last sentence.
const AGENCY_THEN_PHOTOGRAPHER =
  /\.\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

// "... in Beijing Jan 27, 2016.[Photo by Feng Yongbin/chinadaily.com.cn]": the credit in
// brackets, "by" and the photographer.
const CREDIT_BY = new RegExp(
  String.raw`[[(]\s*(?:${creditWords.map((word) => escapeStringRegexp(word)).join("|")})\s+by\s+\p{Lu}[^()[\]\n]{0,60}[\])]$`,
  "u",
);

// "... on the sidelines of the SCO Summit. (Photo | AP)", "Minister X (File | PTI)", "(Photo
// IANS)", "(Photo: qdnd.vn)", "(PTI Photo/Salman Ali)", "(Pool Photo via AP)", "(picture
// courtesy of the Foreign Ministry)": a credit in brackets closing the line, the credit word
// among a few names of sources, a site's address, "via" or "courtesy of (the)", however they
// are set apart ("|", ":", "/", a comma or a space).
const creditAlternation = creditWords.map((word) => escapeStringRegexp(word)).join("|");
const CREDIT_PART = String.raw`(?:${creditAlternation}|via|courtesy|of|the|\p{Lu}[\p{L}\p{N}.&'’-]*|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`;
const BRACKETED_CREDIT = new RegExp(
  String.raw`[([]\s*(?=(?:[^()[\]]*[\s|:/])?(?:${creditAlternation})(?![\p{L}]))${CREDIT_PART}(?:(?:\s*[|:/,]\s*|\s+)${CREDIT_PART}){0,6}\s*[)\]]$`,
  "u",
);

// "... in Doha, Qatar, November 25. (Reuters)", "... arrive for a meeting in Moscow on Friday.
// — PTI": a picture agency or a wire alone, in brackets or after a dash, closing a finished
// sentence (rules/en/page-furniture.json photoAgencies, wireInitials).
const sources = [...furnitureWords.photoAgencies, ...furnitureWords.wireInitials]
  .map((word) => escapeStringRegexp(word))
  .join("|");
const SOURCE_AFTER_STOP = new RegExp(
  String.raw`[.!?]["”’]?\s*(?:\(\s*(?:${sources})\s*\)|[—–-]\s*(?:${sources}))$`,
);

/** A picture's caption: a line that closes with the photo's credit. */
export function isPhotoCaption(line: string): boolean {
  const text = line.trim();
  return (
    line.length <= 400 &&
    (CREDIT.test(text) ||
      CREDIT_BEFORE.test(text) ||
      CREDIT_BY.test(text) ||
      BRACKETED_CREDIT.test(text) ||
      PHOTOGRAPHER.test(text) ||
      SOURCE_AFTER_STOP.test(text) ||
      AGENCY_THEN_PHOTOGRAPHER.test(text))
  );
}

const storyEnds = new Set(furnitureWords.storyEnds);

/** A release's closing mark on a line of its own ("ENDS", "###"). */
export function isStoryEnd(line: string): boolean {
  return storyEnds.has(line.trim().toLowerCase().replace(/\s+/g, " "));
}

const speakerKinds = [...furnitureWords.speakerHeadlines].sort((a, b) => b.length - a.length);
// Who gives the address: a capitalised word after "by", or "the" and one.
const BY_SPEAKER = /^\s+by\s+(?:the\s+)?\p{Lu}/u;

// ... or who gives it before the kind: "Foreign Ministry Spokesperson X's Regular Press
// Conference on June 27, 2025", "PM X's Remarks at the Start of the Cabinet Meeting".
const SPEAKER_BEFORE = /^((?:\p{Lu}[\p{L}.-]*\s+){1,5}\p{Lu}[\p{L}.-]*)['’]s\s(\S.*)$/u;
// The kind ends where a word does ("Regular Press Conference on ...", not "... Conferences").
const WORD_GOES_ON = /^[\p{L}\p{N}_]/u;

/** A headline that names who speaks ("Briefing by Foreign Ministry Spokesperson X, ..."). */
export function isSpeakerHeadline(line: string): boolean {
  const lower = line.toLowerCase();
  if (
    speakerKinds.some((kind) => lower.startsWith(kind) && BY_SPEAKER.test(line.slice(kind.length)))
  )
    return true;
  const rest = SPEAKER_BEFORE.exec(line)?.[2]?.toLowerCase();
  return (
    rest !== undefined &&
    speakerKinds.some(
      (kind) => rest.startsWith(kind) && !WORD_GOES_ON.test(rest.slice(kind.length)),
    )
  );
}

/** A headline that is only a kind of address ("Opening remarks"), its speaker on the next line. */
export function isSpeakerKind(line: string): boolean {
  return speakerKinds.includes(line.trim().toLowerCase());
}

// A "you are here" trail: short items of words joined by a trail mark ("Home > China News")
// or by a spaced one ("Home : Media : News", "News / Africa"), or one item before a closing
// mark ("News /"). Split, not matched as a whole: each line is read once (linear time).
const escapedMarks = (marks: readonly string[]) =>
  marks.map((mark) => escapeStringRegexp(mark)).join("");
const TRAIL_MARK = new RegExp(
  String.raw`\s*[${escapedMarks(furnitureWords.trailMarks)}]\s*|\s+[${escapedMarks(furnitureWords.spacedTrailMarks)}](?:\s+|$)`,
);
const TRAIL_ITEM = /^\p{L}[\p{L}&'’.-]*(?: [\p{L}&'’.-]+){0,3}$/u;
const MAX_TRAIL = 80;

export function isTrail(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_TRAIL) return false;
  const items = text.split(TRAIL_MARK);
  // A closing mark leaves an empty last item.
  const named = items.at(-1) === "" ? items.slice(0, -1) : items;
  return items.length >= 2 && named.length >= 1 && named.every((item) => TRAIL_ITEM.test(item));
}
