// The words pages label a story's date with (rules/en/stamp-labels.json), checked when
// loaded; read/stamps.ts reads the stamps.

import * as z from "zod";
import stampFile from "./en/stamp-labels.json";

const linePattern = z.object({ description: z.string(), source: z.string().min(1) });
const file = z
  .object({
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
    examples: z.array(
      z.object({
        text: z.string(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        kind: z.enum(["first-published", "published", "updated"]),
      }),
    ),
  })
  .parse(stampFile);

/** Every label, in the file's order (a longer label before a shorter one it begins with). */
export const stampLabels: readonly string[] = file.verbs.flatMap((v) => v.labels);

/** The verbs a blog's byline writes before a name and the date ("Posted by ... on ..."). */
export const byNameVerbs: readonly string[] = file.verbs.filter((v) => v.byName).map((v) => v.verb);

export const releaseNumberSource = file.releaseNumber.source;
export const issuedNoteSource = file.issuedNote.source;
export const stampExamples = file.examples;
