// The date-phrase engine: each rule of rules/en/date-phrases.json with its placeholders
// expanded into one regular expression, and the reader that turns its match into a
// candidate. Month and weekday names come from words.ts; anchoring to a publication date
// happens in anchor.ts.

import {
  datePhraseLists,
  datePhrasePieces,
  datePhraseRules,
  type DatePhraseRule,
} from "../rules/date-phrases";
import type { CandidateShape } from "./candidates";
import { READERS, type Reading } from "./phrase-readers";
import { NeedleTable } from "./rule-needles";
import { MONTH, WEEKDAY } from "./words";

export type Rule = {
  name: string;
  re: RegExp;
  /** The test (in NEEDLES) for strings one of which every match holds; null when none. */
  needles: number | null;
  build: (m: RegExpExecArray) => CandidateShape | null;
};

// Named groups the readers read; what follows a group stays outside it ("5th" reads 5).
const CAPTURES: Record<string, { group: string; after?: string }> = {
  month: { group: MONTH },
  day: { group: String.raw`\d{1,2}`, after: String.raw`(?!\d){ordinal}?` },
  year: { group: "(?:19|20)\\d\\d", after: String.raw`(?![\d-])` },
  weekday: { group: WEEKDAY },
};
const PIECES: Record<string, string> = {
  // A weekday may run on into the day ("Thursday16 July") where a page lost a space, or give
  // its date in brackets ("on Monday (July 27)"): the date is the weekday's.
  weekdayPrefix: String.raw`(?:${WEEKDAY}(?:,?\s+|\s*\(\s*|(?=\d)))?`,
  // ... and then its closing bracket is the phrase's too, so that the date told reads whole.
  bracketClose: String.raw`(?:(?<=${WEEKDAY}\s*\(\s*[^()]{1,30})\s*\))?`,
  weekdayName: WEEKDAY,
  notWord: String.raw`(?![\w-])`,
};

const alternation = (entries: readonly string[]) => `(?:${entries.join("|")})`;

/** "{endDay}" is a day, "{weekday2}" a weekday in a second alternative: both are named groups. */
function capture(name: string): { group: string; after?: string } | undefined {
  const base = name.replace(/[2-9]$/, "").replace(/^end([A-Z])/, (_, c: string) => c.toLowerCase());
  return CAPTURES[base];
}

function expand(source: string, rule: DatePhraseRule): string {
  return source.replace(/\{([A-Za-z]\w*)\}/g, (_, name: string) => {
    const words = rule.words?.[name];
    if (words !== undefined) return alternation(Array.isArray(words) ? words : Object.keys(words));
    const list = datePhraseLists[name];
    if (list !== undefined) return alternation(list);
    const piece = datePhrasePieces[name] ?? PIECES[name];
    if (piece !== undefined) return expand(piece, rule);
    const c = capture(name);
    if (c !== undefined) return `(?<${name}>${c.group})${expand(c.after ?? "", rule)}`;
    throw new Error(`date-phrases.json ${rule.name}: unknown placeholder {${name}}`);
  });
}

/** The value a valued word list gives the words a group holds: its first entry they match. */
function valuesOf(rule: DatePhraseRule): Reading["valueOf"] {
  const flags = rule.flags.replace("g", "");
  const lists = new Map(
    Object.entries(rule.words ?? {}).flatMap(([name, words]) =>
      Array.isArray(words)
        ? []
        : [
            [
              name,
              Object.entries(words).map(([w, v]) => [new RegExp(`^(?:${w})$`, flags), v] as const),
            ],
          ],
    ),
  );
  return (list, words) =>
    words === undefined ? undefined : lists.get(list)?.find(([re]) => re.test(words))?.[1];
}

export function compileRule(rule: DatePhraseRule): Rule {
  const read = READERS[rule.reader];
  const params = rule.params ?? {};
  const valueOf = valuesOf(rule);
  const re = new RegExp(expand(rule.pattern, rule), rule.flags);
  return {
    name: rule.name,
    re,
    needles: NEEDLES.add(re),
    build: (m) => read({ groups: { ...m.groups }, text: m[0], params, valueOf }),
  };
}

/** The needles of every rule's regex: a sentence is searched once for each. */
export const NEEDLES = new NeedleTable();

/** In the file's order: findCandidates keeps it where phrases are equally long. */
export const RULES: Rule[] = datePhraseRules.map(compileRule);
