// Word lists the entity stage reads names by (rules/en/entity-cues.json), checked when
// loaded; entities/ runs them.

import * as z from "zod";
import escapeRegExp from "escape-string-regexp";
import entityCueFile from "./en/entity-cues.json";
import pageFurnitureFile from "./en/page-furniture.json";
import { checkedRuleFile } from "./checked-rules";

const example = z.object({
  text: z.string(),
  /** The people (name, role, country) the entity stage finds in the text. */
  people: z.array(z.tuple([z.string(), z.string().nullable(), z.string().nullable()])),
});
const wordList = (word: z.ZodString) =>
  z.object({ words: z.array(word).min(1), examples: z.array(example).min(1) });
const lowerWord = z.string().regex(/^[a-z]+$/);
const phrase = z.string().regex(/^[a-z]+(?: [a-z]+)?$/);

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    officeLinkWords: wordList(z.string().regex(/^(?:[a-z]+|&)$/)),
    shipWords: wordList(lowerWord),
    /** 'aliasWords': with "as" after them, they carry a lead on ("formerly known as"). */
    shipNameLeads: wordList(lowerWord).extend({ aliasWords: z.array(lowerWord).min(1) }),
    /** Words that may stand between a ship's name and the vessel noun after it. */
    shipModifiers: wordList(z.string().regex(/^[a-z]+(?:-[a-z]+)?$/)),
    firmWords: wordList(lowerWord),
    governmentLabels: wordList(lowerWord),
    visitWords: wordList(phrase),
    /** Words, and the starts of words ("spokes": spokesman, spokesperson...). */
    appositionRoleWords: wordList(lowerWord).extend({ prefixes: z.array(lowerWord) }),
    regionNouns: wordList(lowerWord),
    delegationNouns: wordList(lowerWord),
    /** 'openers': the words after the group noun that open the list of its members. */
    groupNouns: wordList(lowerWord).extend({ openers: z.array(phrase).min(1) }),
    courtesyTitles: wordList(z.string().regex(/^[A-Z][A-Za-z.]*[A-Za-z]$/)),
    titleMarks: wordList(z.string().regex(/^[A-Za-z]+$/)),
    nameNumbers: wordList(z.string().regex(/^[IVX]{2,5}$/)),
    generationMarks: wordList(z.string().regex(/^[A-Z][a-z]+$/)),
    /** Letters after a name, set off by commas ("MK", "OBE"): no office of their own. */
    postNominals: wordList(z.string().regex(/^[A-Z][A-Za-z.]*$/)),
    /** Stop words that are also family names written first ("He Lifeng"). */
    familyNameStopWords: wordList(z.string().regex(/^[A-Z][a-z]+$/)),
    headlineVerbs: wordList(z.string().regex(/^[A-Z][a-z]+$/)),
    stateForms: wordList(z.string().regex(/^[A-Z][a-z]+$/)),
    clauseSubjectVerbs: wordList(lowerWord),
    creditWords: z.object({ examples: z.array(example).min(1) }),
    /** The last part (case aside) and the first part of a hyphenated modifier. */
    compoundModifiers: z.object({
      tails: z.array(lowerWord).min(1),
      heads: z.array(z.string().regex(/^[A-Z][a-z]+$/)).min(1),
      examples: z.array(example).min(1),
    }),
  }),
  entityCueFile,
  "entity-cues",
);

// A picture's credit words, one list for the reader's captions (read/furniture-words.ts) and
// the entity stage's photographers.
const captionCredits = checkedRuleFile(
  z.looseObject({ captionCredits: z.array(z.string().min(1)).min(1) }),
  pageFurnitureFile,
  "page-furniture",
).captionCredits;

const anyOf = (words: readonly string[]) => words.map(escapeRegExp).join("|");

/** After "Name: Office": the rest of the office phrase up to a closing bracket or the end. */
export const OFFICE_TO_CLOSE = new RegExp(
  String.raw`^(?:\s+(?:${anyOf(file.officeLinkWords.words)}|\p{Lu}[\w'’&-]*))*\s*(?:\)|$)`,
  "u",
);

/** Text ending in a vessel noun ("the frigate ", "aircraft carrier(AC) "): the title and name
 * after it are a ship's. */
export const SHIP_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(file.shipWords.words)})(?:\s*\(\p{Lu}{1,6}\))?\s+(?:the\s+)?$`,
  "iu",
);

/** Text starting with a vessel noun, maybe after a modifier ("Admiral Gorshkov aircraft
 * carrier", "Admiral Gorshkov missile cruiser"): a rank and one word before it name a ship. */
export const SHIP_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${anyOf(file.shipModifiers.words)})\s+)?(?:${anyOf(file.shipWords.words)})\b`,
  "i",
);

/** Text ending in "the " or "formerly " (the name maybe quoted), or in "formerly known as "
 * with up to three words before "as" ("formerly known in Russian as "): a rank and one word
 * after it name a ship ("the Admiral Gorshkov", "formerly Adm Gorshkov"). */
export const SHIP_NAME_LEAD = new RegExp(
  String.raw`\b(?:${anyOf(file.shipNameLeads.words)})\s+(?:(?:${anyOf(file.shipNameLeads.aliasWords)})(?:\s+\p{L}+){0,3}?\s+as\s+)?['‘"“]?$`,
  "iu",
);

/** Text ending in a company noun ("Spanish firm "): the title and name after it are a firm's. */
export const FIRM_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(file.firmWords.words)})\s+(?:the\s+)?$`,
  "i",
);

/** Right after a name: the name labels a government or a period ("the Modi government"). */
export const LABELLED = new RegExp(
  String.raw`^[\s-]+(?:${anyOf(file.governmentLabels.words)})\b`,
  "i",
);

/** Text ending in a visit ("visited ", "a trip to the "): the place after it was visited. */
export const VISITED_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf(file.visitWords.words)})\s+(?:the\s+)?$`,
);

/** An office word in the words after a name and a comma: they may be an apposition. */
export const APPOSITION_ROLE = new RegExp(
  String.raw`\b(?:${[
    ...file.appositionRoleWords.words.map(escapeRegExp),
    ...file.appositionRoleWords.prefixes.map((p) => String.raw`${escapeRegExp(p)}\w*`),
  ].join("|")})\b`,
  "i",
);

/** Text ending in "the region's " (or the state's, city's...): an office of that place. */
export const PLACE_POSSESSIVE = new RegExp(
  String.raw`\bthe (?:${anyOf(file.regionNouns.words)})['’]s\s+$`,
);

/** The last part of a hyphenated adjective ("Minister-led", "Director General-level"). */
export const MODIFIER_TAIL = new RegExp(
  String.raw`^(?:${anyOf(file.compoundModifiers.tails)})$`,
  "i",
);

/** The first part of a hyphenated adjective built from a title ("Secretary-level"). */
export const TITLE_HEAD = new RegExp(String.raw`^(?:${anyOf(file.compoundModifiers.heads)})$`);

/** Right after a title: a courtesy title before the name ("Ambassador ... Mr Kamel Galal"). */
export const COURTESY_AFTER = new RegExp(
  String.raw`^\s+(?:${anyOf(file.courtesyTitles.words)})\.?(?=\s+\p{Lu})`,
  "u",
);

/** Text ending in a courtesy title ("the passing of Dr "): the name after it is the person's. */
export const COURTESY_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${anyOf(file.courtesyTitles.words)})\.?\s+$`,
);

/** Right after a rank: a bracketed mark that belongs to the title ("Major General (retd)"). */
export const TITLE_MARK = new RegExp(
  String.raw`^\s*\((?:${anyOf(file.titleMarks.words)})\.?\)`,
  "i",
);

/** Right after a name: its regnal or generation number ("Felipe VI", "Austin III"). */
export const NAME_NUMBER_AFTER = new RegExp(
  String.raw`^ (${anyOf(file.nameNumbers.words)})(?![\p{L}\p{N}])`,
  "u",
);

/** Right after a name: a generation mark set off by a comma ("Teodoro Locsin, Jr."), which
 * is still part of the name. */
export const GENERATION_AFTER = new RegExp(
  String.raw`^,\s?(${anyOf(file.generationMarks.words)})(?=\.?(?![\p{L}\p{N}]))`,
  "u",
);

/** Right after a name: post-nominal letters set off by a comma (", M.K.", ", OBE"), which
 * stand between the name and its apposition ("X, M.K., Deputy Minister of ..."). */
export const POST_NOMINAL_AFTER = new RegExp(
  String.raw`^,\s?(?:${anyOf(file.postNominals.words)})(?=,)`,
  "u",
);

/** A generation mark or a number that ends a name and is not its surname ("Jr.", "III"). */
export const NAME_SUFFIX = new RegExp(
  String.raw`^(?:${anyOf([...file.generationMarks.words, ...file.nameNumbers.words])})\.?$`,
);

/** Title-case headline verbs ("Meets", "Briefs"): never a word of a personal name. */
/** Right after a title: a reporting verb with no comma before it ("X, the Prime Minister
 * said"): the title is its clause's subject, no apposition to the words before the comma. */
export const SUBJECT_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:${anyOf(file.clauseSubjectVerbs.words)})\b`,
);

/** Text ending in a picture's credit and its slash ("(AP Photo/"): the name after it is the
 * photographer's. */
export const CREDIT_BEFORE = new RegExp(String.raw`\b(?:${anyOf(captionCredits)})s?\s*/\s*$`, "i");

export const HEADLINE_VERBS: ReadonlySet<string> = new Set(file.headlineVerbs.words);

/** Right after a title: a stop word that is a family name written first, then a space before
 * the given name ("Vice Premier He Lifeng"). */
export const FAMILY_NAME_STOP_WORD = new RegExp(
  String.raw`(?:,\s*|\s+)?(?:${anyOf(file.familyNameStopWords.words)}) (?=\p{Lu}\p{Ll})`,
  "uy",
);

/** A state's form before its short name, as a regex source to put before the country word:
 * "Socialist Republic of ", "Republic of the ", "Kingdom of " (the country word follows). */
export const STATE_FORM = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:${anyOf(file.stateForms.words)})\s+of\s+(?:the\s+)?`;

/** Nouns for a country's party at talks ("side", "delegation"), as an alternation. */
export const DELEGATION_NOUNS = anyOf(file.delegationNouns.words);

/** Text ending in a country's group of officials and the word opening its list ("Kenyan
 * officials, including ", "Russia's top ministers, notably "), maybe with the first listed
 * person's title after it: the country word is group 1. */
export const GROUP_BEFORE = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}.'’-]*?)(?:['’]s)?\s+(?:(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|from|with)\s)[\p{Ll}-]+\s+){0,3}?(?:${anyOf(file.groupNouns.words)}),?\s+(?:${anyOf(file.groupNouns.openers)})\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,10}$`,
  "u",
);

export const entityCueExamples = {
  officeLinkWords: file.officeLinkWords.examples,
  shipWords: file.shipWords.examples,
  shipNameLeads: file.shipNameLeads.examples,
  shipModifiers: file.shipModifiers.examples,
  firmWords: file.firmWords.examples,
  governmentLabels: file.governmentLabels.examples,
  visitWords: file.visitWords.examples,
  appositionRoleWords: file.appositionRoleWords.examples,
  regionNouns: file.regionNouns.examples,
  compoundModifiers: file.compoundModifiers.examples,
  delegationNouns: file.delegationNouns.examples,
  groupNouns: file.groupNouns.examples,
  courtesyTitles: file.courtesyTitles.examples,
  titleMarks: file.titleMarks.examples,
  nameNumbers: file.nameNumbers.examples,
  generationMarks: file.generationMarks.examples,
  postNominals: file.postNominals.examples,
  familyNameStopWords: file.familyNameStopWords.examples,
  headlineVerbs: file.headlineVerbs.examples,
  stateForms: file.stateForms.examples,
  clauseSubjectVerbs: file.clauseSubjectVerbs.examples,
  creditWords: file.creditWords.examples,
};
