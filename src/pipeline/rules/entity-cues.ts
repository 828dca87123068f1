// Word lists the entity stage reads names by (rules/en/entity-cues.json), checked when
// loaded; entities/ runs them.

import * as z from "zod";
import escapeRegExp from "escape-string-regexp";
import entityCueFile from "./en/entity-cues.json";

const example = z.object({
  text: z.string(),
  /** The people (name, role) the entity stage finds in the text. */
  people: z.array(z.tuple([z.string(), z.string().nullable()])),
});
const wordList = (word: z.ZodString) =>
  z.object({ words: z.array(word).min(1), examples: z.array(example).min(1) });

const file = z
  .object({
    description: z.string(),
    officeLinkWords: wordList(z.string().regex(/^(?:[a-z]+|&)$/)),
    shipWords: wordList(z.string().regex(/^[a-z]+$/)),
    firmWords: wordList(z.string().regex(/^[a-z]+$/)),
  })
  .parse(entityCueFile);

const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join("|");

/** After "Name: Office": the rest of the office phrase up to a closing bracket or the end. */
export const OFFICE_TO_CLOSE = new RegExp(
  String.raw`^(?:\s+(?:${anyOf(file.officeLinkWords.words)}|\p{Lu}[\w'’&-]*))*\s*(?:\)|$)`,
  "u",
);

/** Text ending in a vessel noun ("the frigate "): the title and name after it are a ship's. */
export const SHIP_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(file.shipWords.words)})\s+(?:the\s+)?$`,
  "i",
);

/** Text ending in a company noun ("Spanish firm "): the title and name after it are a firm's. */
export const FIRM_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(file.firmWords.words)})\s+(?:the\s+)?$`,
  "i",
);

export const entityCueExamples = {
  officeLinkWords: file.officeLinkWords.examples,
  shipWords: file.shipWords.examples,
  firmWords: file.firmWords.examples,
};
