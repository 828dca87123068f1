// Short forms whose full stop ends no sentence (rules/en/abbreviations.json): one list for
// every place that splits text into sentences or phrases.

import * as z from "zod";
import abbreviationFile from "./en/abbreviations.json";
import { checkedRuleFile } from "./checked-rules";

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    beforeName: z.array(z.string().regex(/^\p{Lu}\p{Ll}+$/u)),
    other: z.array(z.string().regex(/^\p{L}\p{Ll}+$/u)),
  }),
  abbreviationFile,
  "abbreviations",
);

/** Titles and ranks written short before a name or a number ("Lt.", "Mr.", "No."). */
export const abbreviationsBeforeName: readonly string[] = file.beforeName;

/** Every short form, those before names included. */
export const abbreviations: readonly string[] = [...file.beforeName, ...file.other];
