// The words that tell a release's block of office holders from a headline or a caption
// (rules/en/header-offices.json), checked when loaded; read/header-offices.ts runs them.

import * as z from "zod";
import headerOfficesFile from "./en/header-offices.json";
import { checkedRuleFile } from "./checked-rules";

const words = z.array(z.string().regex(/^[A-Za-z]+$/)).min(1);
const file = checkedRuleFile(
  z.object({
    description: z.string(),
    smallWords: words,
    headlineWords: words,
    goesOnWords: words,
    examples: z.object({ block: z.array(z.string()), notBlock: z.array(z.string()) }),
  }),
  headerOfficesFile,
  "header-offices",
);

/** The only lower-case words a block of names and offices holds. */
export const HEADER_SMALL_WORDS: ReadonlySet<string> = new Set(file.smallWords);

/** A title-case headline's small words, or a possessive: no list of office holders. */
export const HEADLINE_WORDS = new RegExp(
  String.raw`\b(?:${file.headlineWords.join("|")})\b|['’]s\b`,
  "u",
);

/** A line cut mid-phrase: its next line goes on with the same words. */
export const GOES_ON = new RegExp(String.raw`(?:[,;:&]|\b(?:${file.goesOnWords.join("|")}))$`);

export const headerOfficesExamples = file.examples;
