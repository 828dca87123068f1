// Where a sentence of page text ends before more text: a full stop, "!" or "?" after a word of
// three letters or more ("began the exercise in Karachi Monday. Deputy ..."), never after a
// short form ("Mr.", "Lt.", "Sept.") or an initial ("U.S.").

import { SHORT_MONTH_NAMES } from "../dates/words";
import { abbreviations } from "../rules/abbreviations";

const SHORT_FORMS = [...abbreviations, ...SHORT_MONTH_NAMES];

/** A line that ends as a sentence does: its stop, maybe a closing quote or bracket after it. */
export const SENTENCE_END = /[.!?]["”’)]?$/;

const STOP = String.raw`[.!?]["”’]?(?=\s[\s.]*["“]?[A-Z])`;

/** Matches the word and its stop (the text that follows is looked at, not taken). */
export const INNER_STOP = new RegExp(
  String.raw`\b(?!(?:${SHORT_FORMS.join("|")})\.)[A-Za-z][a-z]{2,}${STOP}`,
);

// A story's sentence may close on a year too ("... to double trade by 2030. The guest arrived
// ..."). Only the opening sentence is cut there: a top line that closes so ("... meet in
// Lisbon on March 15, 2017. A ministry photo") is a caption with its credit, not the story's lead.
const OPENING_STOP = new RegExp(String.raw`${INNER_STOP.source}|\b\d{4}${STOP}`);

/** The text up to the end of its first sentence (all of it when none ends before more text). */
export function openingSentence(text: string): string {
  const stop = OPENING_STOP.exec(text);
  return stop ? text.slice(0, stop.index + stop[0].length) : text;
}
