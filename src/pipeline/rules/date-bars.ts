// The form of a site's date bar (rules/en/date-bars.json), checked when loaded;
// read/date-bar.ts sets such a bar aside.

import escapeRegExp from "escape-string-regexp";
import * as z from "zod";
import dateBarsFile from "./en/date-bars.json";
import { checkedRuleFile } from "./checked-rules";

const file = checkedRuleFile(
  z.object({
    description: z.string(),
    weekdayLetters: z.number().int().min(2),
    widgets: z.object({ description: z.string(), words: z.array(z.string().min(1)).min(1) }),
    examples: z.object({
      bars: z.array(z.array(z.string()).min(1)).min(1),
      stamps: z
        .array(
          z.object({
            page: z.array(z.string()).min(1),
            published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          }),
        )
        .min(1),
    }),
  }),
  dateBarsFile,
  "date-bars",
);

/** The fewest letters a bar cuts a weekday's name to ("Thu, Sep 18, 2025"). */
export const BAR_WEEKDAY_LETTERS = file.weekdayLetters;

/** A date line that ends with one of a header's widgets ("... 2024 Search"). */
export const BAR_WIDGET = new RegExp(
  String.raw`\d\W*\s(?:${file.widgets.words.map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+")).join("|")})$`,
  "i",
);

export const dateBarExamples = file.examples;
