// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quotedMask } from "../../../src/pipeline/annotate/quoted";
import { annotateArticle } from "../../../src/pipeline/annotate/annotate-article";
import { annotatedOf, hitsOf, type ArticleEntry } from "../../../src/pipeline/build/article-record";
import { mapArticle } from "../../../src/pipeline/build/map-article";
import { withSentenceClues } from "../../../src/pipeline/build/sentence-clues";
import { withoutSayingDates } from "../../../src/pipeline/events/sentence-context";
import { textChecks } from "../../../src/pipeline/events/not-events";
import { findTriggers } from "../../../src/pipeline/events/triggers";
import { extractEntitiesAndEvents } from "../../../src/pipeline/extract";
import { readArticle } from "../../../src/pipeline/read-article";
import { resolveDates } from "../../../src/pipeline/resolve-dates";
import type { AnnotatedArticle } from "../../../src/pipeline/types";

const seeds = join(__dirname, "../../../seeds");
const files = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(seeds, file), "utf8") }));
// A story the text gives no day for: its dates resolve against nothing.
const undated = {
  file: "undated.txt",
  text: "Talks in Moscow\n\nDefence Minister Rajnath Singh met his Russian counterpart on Tuesday. They will meet again next month.\n",
};

function records(): ArticleEntry[] {
  return [...files, undated].map((f) => {
    const r = mapArticle(f, { today: "2026-11-22" });
    if (r.kind !== "article") throw new Error(`${f.file}: ${r.kind}`);
    return r;
  });
}

/** The article as the events stage would see it had the map step found nothing per sentence. */
function withoutClues(a: AnnotatedArticle): AnnotatedArticle {
  const sentences = a.doc.sentences.map(({ dates: _d, triggers: _t, ...s }) => s);
  return { ...a, doc: { ...a.doc, sentences } };
}

describe("sentence clues found in the map step", () => {
  it("are each sentence's dates (but a saying's) and triggers, kept through the record's packed document", () => {
    for (const record of records()) {
      const article = annotatedOf(record);
      const ctx = { published: article.published, publishedFrom: article.publishedFrom };
      const sentences = article.doc.sentences;
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        const quoted = quotedMask(article.paragraphs[s.paragraph] ?? "").slice(s.start, s.end);
        expect(s.dates).toEqual(withoutSayingDates(s, quoted, resolveDates(s.text, ctx)));
        expect(s.triggers).toEqual(textChecks(s, findTriggers(s)));
      }
    }
  });

  it("give the events stage exactly what it finds without them", () => {
    const entries = records();
    const hits = new Map(entries.map((r) => [r.article.id, hitsOf(r, r.article.id)]));
    const clued = entries.map(annotatedOf);
    expect(clued.some((a) => a.doc.sentences.some((s) => (s.triggers?.length ?? 0) > 0))).toBe(
      true,
    );
    expect(clued.some((a) => a.doc.sentences.some((s) => (s.dates?.length ?? 0) > 0))).toBe(true);
    const withClues = extractEntitiesAndEvents(clued, hits);
    const without = extractEntitiesAndEvents(clued.map(withoutClues), hits);
    expect(withClues.events.length).toBeGreaterThan(0);
    expect(withClues).toEqual(without);
  });

  it("are resolved against the publication date the article finally has", () => {
    const read = annotateArticle(readArticle(undated));
    const dated = withSentenceClues({ ...read, published: "2026-05-14", publishedFrom: "editor" });
    const tuesday = dated.doc.sentences[0]?.dates?.[0];
    expect(tuesday).toMatchObject({ start: "2026-05-12", basis: "editor" });
    expect(withSentenceClues(read).doc.sentences[0]?.dates?.[0]?.start ?? null).toBeNull();
  });
});
