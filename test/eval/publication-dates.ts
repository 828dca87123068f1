// `npx tsx test/eval/publication-dates.ts LABELS.json TEXTS_DIR [--page-text-only] [--verbose]`:
// the publication day the reader gives each page of a publication-date set (real pages whose
// day was labelled blind: see test/eval/README.md), against its label. Right, wrong (a day not
// among the label's readings: the one count that must stay 0), missed (the page gives its day
// but none came out) and honestly none (the page does not give it). With --page-text-only the
// store's leading " date " line is taken off first and the label's in_page_text decides
// whether the page gives its day.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readArticle } from "../../src/pipeline/read-article";

type Label = {
  file: string;
  published: string | null;
  published_alt?: string[];
  in_page_text: boolean;
  evidence: string | null;
};
type Verdict = "right" | "wrong" | "missed" | "none";

const DATE_LINE = /^ date \d{4}-\d{2}-\d{2} ?/;

function verdictOf(label: Label, text: string, pageTextOnly: boolean, today: string) {
  const hadLine = DATE_LINE.test(text);
  const input = pageTextOnly ? text.replace(DATE_LINE, "") : text;
  const article = readArticle({ file: label.file, text: input }, { today });
  const gives = label.in_page_text || (!pageTextOnly && hadLine);
  const readings = new Set([label.published, ...(label.published_alt ?? [])]);
  const verdict: Verdict =
    article.published === null
      ? gives
        ? "missed"
        : "none"
      : readings.has(article.published)
        ? "right"
        : "wrong";
  return { verdict, published: article.published, from: article.publishedFrom, gives };
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "page-text-only": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    today: { type: "string", default: new Date().toISOString().slice(0, 10) },
  },
});
const [labelsPath, textsDir] = positionals;
if (labelsPath === undefined || textsDir === undefined)
  throw new Error("usage: publication-dates.ts LABELS.json TEXTS_DIR [--page-text-only]");
const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as Label[];
const counts: Record<Verdict, number> = { right: 0, wrong: 0, missed: 0, none: 0 };
for (const label of labels) {
  const text = readFileSync(join(textsDir, label.file), "utf8");
  const v = verdictOf(label, text, values["page-text-only"], values.today);
  counts[v.verdict]++;
  if (values.verbose || v.verdict === "wrong" || v.verdict === "missed")
    console.log(
      `${v.verdict.padEnd(6)} ${label.file}: ${v.published ?? "none"} (${v.from ?? "-"}), label ${label.published ?? "none"}${v.gives ? "" : " (not given)"}`,
    );
}
console.log(
  `publication dates: right ${counts.right}, wrong ${counts.wrong}, missed ${counts.missed}, none where not given ${counts.none}, of ${labels.length}`,
);
