// The words that bound a date phrase's clause (rules/en/clause-cues.json), checked when
// loaded and built into the patterns dates/clauses.ts runs.

import * as z from "zod";
import clauseFile from "./en/clause-cues.json";
import { checkedRuleFile } from "./checked-rules";

const word = z.string().regex(/^[a-z?' -]+$/);
const list = z.object({ description: z.string(), words: z.array(word).min(1) });
const file = checkedRuleFile(
  z.object({
    description: z.string(),
    contrastConjunctions: list,
    commaRelatives: list,
    bareRelatives: list,
    reportingBeforeThat: z.object({
      description: z.string(),
      verbs: z.array(word).min(1),
      leads: z.array(word).min(1),
    }),
    appositiveOpeners: list,
    reportingTail: z.object({ description: z.string(), verbs: z.array(word).min(1) }),
    subordinators: list.extend({ postDeterminers: z.array(word).min(1) }),
    reducedRelatives: list.extend({ notAfter: z.array(word).min(1) }),
    finiteVerbs: list.extend({ chain: z.array(word).min(1) }),
  }),
  clauseFile,
  "clause-cues",
);

const any = (words: string[]) => `(?:${words.join("|")})`;

const CONTRAST = String.raw`,\s+${any(file.contrastConjunctions.words)}\b`;

/** Where a clause ends whatever its words: ";", ":", a dash, or ", but". */
export const HARD_BREAK = new RegExp(String.raw`;\s|:\s|\s[–—]\s|\s--\s|${CONTRAST}`, "g");

/** ", but", ", while": a clause of its own that sets what follows against what came before. */
export const CONTRAST_BREAK = new RegExp(CONTRAST);

export const COMMA_RELATIVE = new RegExp(
  String.raw`,\s+${any(file.commaRelatives.words)}\b[^,;]*`,
  "g",
);

export const BARE_RELATIVE = new RegExp(
  String.raw`(?<=[a-z]\s)${any(file.bareRelatives.words)}\b[^,;]*`,
  "g",
);

/** The words before a "that" which opens reported speech or a result, up to that "that". */
export const REPORTING_BEFORE_THAT = new RegExp(
  String.raw`\b(?:${any(file.reportingBeforeThat.verbs)}(?:\s+[\w'’]+){0,4}|[a-z]+ed|${file.reportingBeforeThat.leads.join("|")})\s+$`,
);

export const APPOSITIVE = new RegExp(
  String.raw`,\s+${any(file.appositiveOpeners.words)}\b[^,;]*`,
  "g",
);

// A quotation's closing mark may sit after its comma: "... from August 1 to 13," the Army said.
export const REPORTING_TAIL = new RegExp(
  String.raw`,["”’]?\s+(?:according to\b[^,;]*|(?:[^,;]{0,60}?\s)?${any(file.reportingTail.verbs)}\b[^,;]*)$`,
  "g",
);

export const SUBORDINATING = new RegExp(
  String.raw`\b(?:${file.subordinators.words.join("|")}|post(?=\s+${any(file.subordinators.postDeterminers)}\s))\b(?=[^,;]*$)`,
  "i",
);

/** The text before a date ends in a participle that follows a noun: "the GCC created ". */
export const REDUCED_RELATIVE = new RegExp(
  String.raw`(?<![\w'’-])(?!${any(file.reducedRelatives.notAfter)}\s)[\w'’-]+\s+${any(file.reducedRelatives.words)}\s+$`,
  "i",
);

/** A finite verb or auxiliary, or any word in -ed. */
export const VERB = new RegExp(
  String.raw`(?<![\w-])(?:${file.finiteVerbs.words.join("|")}|[a-z]+ed)(?![\w-])`,
  "g",
);

/** What may stand between two verbs of one auxiliary chain ("has been held"). */
export const VERB_CHAIN = new RegExp(String.raw`^(?:${any(file.finiteVerbs.chain)}\s*)*$`);

export const clauseCueLists = file;
