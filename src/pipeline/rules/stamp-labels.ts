// The words pages label a story's date with (rules/en/stamp-labels.json), checked when
// loaded; read/stamps.ts reads the stamps.

import * as z from "zod";
import stampFile from "./en/stamp-labels.json";
import { checkedRuleFile } from "./checked-rules";

const linePattern = z.object({ description: z.string(), source: z.string().min(1) });
const file = checkedRuleFile(
  z.object({
    description: z.string(),
    verbs: z.array(
      z.object({
        verb: z.string().regex(/^[a-z]+$/),
        labels: z.array(z.string().min(1)),
        byName: z.boolean(),
      }),
    ),
    releaseNumber: linePattern,
    issuedNote: linePattern,
    creditDate: linePattern.extend({
      examples: z.array(
        z.object({ text: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
      ),
    }),
    dateLineLabels: z.object({
      description: z.string(),
      labels: z.array(z.string().min(1)),
      examples: z.array(
        z.object({ text: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
      ),
    }),
    gluedWords: z.object({
      description: z.string(),
      words: z.array(z.string().regex(/^[A-Z][a-z]+$/)),
    }),
    monthFirstZones: z.object({
      description: z.string(),
      zones: z.array(z.string().regex(/^[A-Z]+$/)).min(1),
      examples: z.array(
        z.object({ text: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
      ),
    }),
    foreignDateLines: z.object({
      description: z.string(),
      languages: z.array(
        z.object({
          language: z.string(),
          months: z.array(z.string().regex(/^\p{Ll}+$/u)).length(12),
        }),
      ),
      examples: z.array(
        z.object({ text: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
      ),
    }),
    examples: z.array(
      z.object({
        text: z.string(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        kind: z.enum(["first-published", "published", "updated"]),
      }),
    ),
  }),
  stampFile,
  "stamp-labels",
);

/** Every label, in the file's order (a longer label before a shorter one it begins with). */
export const stampLabels: readonly string[] = file.verbs.flatMap((v) => v.labels);

/** The verbs a blog's byline writes before a name and the date ("Posted by ... on ..."). */
export const byNameVerbs: readonly string[] = file.verbs.filter((v) => v.byName).map((v) => v.verb);

export const releaseNumberSource = file.releaseNumber.source;
export const issuedNoteSource = file.issuedNote.source;
export const stampExamples = file.examples;

/** A writer's credit the story's date follows ("By Ana Ruiz/Wire Service December 01, 2016"):
 * matched up to the date, with its examples. */
export const creditDateSource = file.creditDate.source;
export const creditDateExamples = file.creditDate.examples;

/** The labels a date line's part may open with (read/date-line.ts), with its examples. */
export const dateLineLabels: readonly string[] = file.dateLineLabels.labels;
export const dateLineExamples = file.dateLineLabels.examples;

/** Labels a scraped page glues to the agency or the time before them ("PTIUpdated:"). */
export const gluedLabels: readonly string[] = file.gluedWords.words;

/** A US time zone after a stamp's time: its slashed date is written month first. */
export const MONTH_FIRST_ZONE = new RegExp(`\\b(?:${file.monthFirstZones.zones.join("|")})\\b`);
export const monthFirstZoneExamples = file.monthFirstZones.examples;

/** Month names (1-12) of the languages a site may keep for its date line alone. */
export const foreignMonths: ReadonlyMap<string, number> = new Map(
  file.foreignDateLines.languages.flatMap((l) => l.months.map((m, i) => [m, i + 1] as const)),
);
export const foreignDateLineExamples = file.foreignDateLines.examples;
