// The same articles without the store's leading " date YYYY-MM-DD " line: what the extractor
// makes of the page text alone. The gold's published_in_page_text says which articles then
// still give their publication date.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type GoldArticle = { published_in_text: boolean; published_in_page_text?: boolean };

export function pageTextOnly(
  input: string,
  goldPath: string,
  into: string,
): { input: string; gold: string } {
  const texts = join(into, "texts");
  mkdirSync(texts, { recursive: true });
  for (const f of readdirSync(input).filter((n) => n.endsWith(".txt")))
    writeFileSync(
      join(texts, f),
      readFileSync(join(input, f), "utf8").replace(/^ date \d{4}-\d{2}-\d{2} ?/, ""),
    );
  const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as GoldArticle[]).map((a) => ({
    ...a,
    published_in_text: a.published_in_page_text ?? a.published_in_text,
  }));
  const goldOut = join(into, "gold.json");
  writeFileSync(goldOut, JSON.stringify(gold));
  return { input: texts, gold: goldOut };
}
