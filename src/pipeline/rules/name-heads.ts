// Head words of names the reference data does not hold (rules/en/name-heads.json), checked
// when loaded; entities/generic-names.ts runs them.

import * as z from "zod";
import escapeRegExp from "escape-string-regexp";
import nameHeadFile from "./en/name-heads.json";
import { checkedRuleFile } from "./checked-rules";

const example = z.object({
  text: z.string(),
  /** Every name (kind, name) the generic-name finder gives for the text, in order. */
  names: z.array(z.tuple([z.string(), z.string()])),
});
const headList = z.object({
  words: z.array(z.string().regex(/^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/)).min(1),
  examples: z.array(example).min(1),
});

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    organisationHeads: headList,
    placeHeads: headList,
    documentHeads: headList,
    programmeHeads: headList,
    headFirst: headList,
    exerciseNameSkips: headList,
    eponymousHeads: headList,
  }),
  nameHeadFile,
  "name-heads",
);

/** A list as a regular-expression alternation, in the file's order. */
const alternation = (list: { words: readonly string[] }) => list.words.map(escapeRegExp).join("|");

export const ORG_HEADS = alternation(file.organisationHeads);
export const PLACE_HEADS = alternation(file.placeHeads);
export const DOCUMENT_HEADS = alternation(file.documentHeads);
export const PROGRAMME_HEADS = alternation(file.programmeHeads);
export const HEAD_FIRST_WORDS = alternation(file.headFirst);
export const EXERCISE_NAME_SKIPS: ReadonlySet<string> = new Set(file.exerciseNameSkips.words);
/** The rest of a building's name after the place it is named after (" House"). */
export const AFTER_EPONYM = new RegExp(`^\\s+(?:${alternation(file.eponymousHeads)})$`);

/** Texts and every name (kind, name) a paragraph's names give, reference names included. */
export const eponymousHeadExamples = file.eponymousHeads.examples;

export const nameHeadExamples = {
  organisationHeads: file.organisationHeads.examples,
  placeHeads: file.placeHeads.examples,
  documentHeads: file.documentHeads.examples,
  programmeHeads: file.programmeHeads.examples,
  headFirst: file.headFirst.examples,
  exerciseNameSkips: file.exerciseNameSkips.examples,
};
