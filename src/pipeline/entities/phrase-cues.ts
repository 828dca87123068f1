// A titled person's country from the words around the title: their own country word, a
// delegation they lead, the body or region of their office, a place they travelled to.

import type { Cue, ParagraphInput } from "./person-hit";
import escapeRegExp from "escape-string-regexp";
import { countryFromWord, countryWordsIn, roleWords } from "./reference";
import { namesTitledPerson } from "./title-names";
import { DELEGATION_NOUNS, PLACE_POSSESSIVE } from "../rules/entity-cues";

// "the Russian side was headed by ...", "The Indian delegation at the talks, which ..., is
// being led by BSF chief ...". The gap may not name another side, so that in "A's delegation
// is led by X, while B's side is headed by Y" each leader keeps their own side.
const LED_BY = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}-]+)(?:['’]s)? (?:${DELEGATION_NOUNS})\b(?:(?!\b(?:${DELEGATION_NOUNS})\b)[^.;]){0,100}?\b(?:(?:is|was|were|are) )?(?:being )?(?:led|headed|represented) by\s+(?:[\p{L}-]+\s+){0,2}$`,
  "u",
);

// "a delegation of the Indian Air Force headed by ...".
const LED_BY_OF = new RegExp(
  String.raw`\b(?:${DELEGATION_NOUNS}) of (?:the )?(\p{Lu}[\p{L}-]+)\b[^.;]{0,60}?\b(?:led|headed) by\s+(?:[\p{L}-]+\s+){0,2}$`,
  "u",
);

export function ledByCountry(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at);
  const led = LED_BY.exec(before) ?? LED_BY_OF.exec(before);
  return led?.[1] ? countryFromWord(led[1]) : null;
}

export function countryCue(
  input: ParagraphInput,
  from: number,
  to: number,
  tailCountry: string | null,
  titleStart: number,
  ofAfter: string | null = null,
): Cue {
  const ledCountry = ledByCountry(input.text, from);
  const phrase = input.text.slice(from, to);
  const counterpart = /\bcounterparts?\b/.test(phrase);
  const own = ownCountry(phrase, ofAfter, input.text.slice(Math.max(0, from - 40), from));
  if (own) return { country: own, international: false, counterpart };
  if (tailCountry) return { country: tailCountry, international: false, counterpart };
  if (ledCountry) return { country: ledCountry, international: false, counterpart };
  // Like the country word, the body must be this person's: after the last comma or "and".
  const pre = input.text.slice(from, Math.max(from, titleStart));
  const lastBreak = Math.max(pre.lastIndexOf(","), pre.lastIndexOf(" and "));
  const ownFrom = lastBreak >= 0 ? from + lastBreak + 1 : from;
  const orgs = input.named.filter(
    (n) => n.kind === "organization" && n.start >= ownFrom && n.end <= to,
  );
  const national = orgs.find((o) => o.country !== null);
  if (national) return { country: national.country, international: false, counterpart };
  const place = placeBefore(input, from, titleStart);
  if (place) return { country: place, international: false, counterpart };
  return { country: null, international: orgs.some((o) => o.international), counterpart };
}

// "Uttar Pradesh Chief Minister X", "the region's Governor X" after "in Kaliningrad": a
// regional office belongs to the place it is named after (PLACE_POSSESSIVE: the nouns are
// in rules/en/entity-cues.json, regionNouns).

function placeBefore(input: ParagraphInput, from: number, titleStart: number): string | null {
  const places = input.named.filter((n) => n.kind === "place" && n.country !== null);
  // "Pakistan's Defense Attache to Riyadh Brig. Gen. X": a place the office is posted to is
  // not the office's own region.
  const adjacent = places.find(
    (p) =>
      p.start >= from &&
      /^\s+$/.test(input.text.slice(p.end, titleStart)) &&
      !POSTED_TO.test(input.text.slice(Math.max(0, p.start - 12), p.start)),
  );
  if (adjacent) return adjacent.country;
  if (!PLACE_POSSESSIVE.test(input.text.slice(Math.max(0, from - 30), from))) return null;
  const sentence = input.sentences.find((s) => s.start <= from && from < s.end);
  const earlier = places.filter((p) => p.end <= from && p.start >= (sentence?.start ?? 0));
  return earlier[earlier.length - 1]?.country ?? null;
}

// The phrase can run back over an earlier person in a list ("US Secretary of State A, Japanese
// Foreign Minister B"): the country word after the last comma or "and" is this person's, if any.
// A country before the last break is weaker: one named right after the person ("..., Foreign
// Secretary X of the United Kingdom" after "A of the United States") wins over it, and one
// after "in" is where the person is, not theirs ("While in Fiji, Minister X will meet ...":
// X is the visitor).
function ownCountry(phrase: string, after: string | null, lead: string): string | undefined {
  const lastBreak = Math.max(phrase.lastIndexOf(","), phrase.lastIndexOf(" and "));
  const nearest = lastBreak >= 0 ? countryWordsOwn(phrase.slice(lastBreak + 1))[0] : undefined;
  if (nearest) return nearest.country;
  if (lastBreak >= 0 && after) return after;
  const alone = lastBreak >= 0 && OBJECT_BEFORE.test(lead) && !OFFICE_TO.test(lead);
  // "with Colombian Defense Minister A, Defense Secretary B": the words before the break name
  // someone else, so the country there is theirs, not B's.
  const earlierPerson = lastBreak >= 0 && namesTitledPerson(phrase.slice(0, lastBreak));
  return countryWordsOwn(phrase).find(
    (w) =>
      lastBreak < 0 ||
      w.at > lastBreak ||
      (!earlierPerson &&
        !PLACE_IN.test(lead + phrase.slice(0, w.at)) &&
        !(alone && w.at === 0 && countryFromWord(phrase.slice(0, lastBreak).trim()))),
  )?.country;
}

const POSTED_TO = /\b(?:to|for)\s+(?:the\s+)?$/;

// "the African Union's special representative for Somalia, X", "Special Envoy for Syria X": a
// country after "for" is the office's brief, not the holder's country.
const countryWordsOwn = (phrase: string) =>
  countryWordsIn(phrase).filter(
    (w) => !POSTED_FOR.test(phrase.slice(Math.max(0, w.at - 10), w.at)),
  );
const POSTED_FOR = /\bfor\s+(?:the\s+)?$/;

// "in Danang, Vietnam, Foreign Minister X": a country after "in" and a city is where, too.
const PLACE_IN = /\b[Ii]n\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*)?$/u;
// "a peaceful, secure and stable Afghanistan, Foreign Minister X", "instead of traveling on to
// Kuwait, deputy spokesman X said": a country alone before the comma, after a lower-case
// word, ends the words before it; it does not describe X. After an office and "to"
// ("Ambassador to Japan, Shri X") it is the office's.
const OBJECT_BEFORE = /\b\p{Ll}+\s+$/u;
const OFFICE_TO = new RegExp(
  String.raw`\b(?:${roleWords.map((w) => escapeRegExp(w)).join("|")})\s+to\s+$`,
  "iu",
);

// "X had visited New Delhi in July 2011": whoever travels to a country is not from it.
const TRAVELLED =
  /^,?\s+(?:had |has |have |will |would |is to |was to )?(?:visited|visit|arrived in|travelled to|traveled to|flew to|landed in|came to)\s+(?:the\s+)?$/;

export function destinationAfter(input: ParagraphInput, nameEnd: number): string | null {
  const place = input.named.find(
    (n) =>
      (n.kind === "place" || n.kind === "country") &&
      n.country !== null &&
      n.start > nameEnd &&
      TRAVELLED.test(input.text.slice(nameEnd, n.start)),
  );
  return place?.country ?? null;
}
