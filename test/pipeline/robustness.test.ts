// @vitest-environment node
// Random, garbled and hostile text through every stage: nothing throws, and whatever
// comes out still satisfies the dataset contract.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { readArticle } from "../../src/pipeline/read-article";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import { builtDatasetSchema } from "../../src/shared/schema";

const seedDir = join(__dirname, "../../seeds");
const seeds = readdirSync(seedDir).map((file) => ({
  file,
  text: readFileSync(join(seedDir, file), "utf8"),
}));

const hostile = [
  "<script>alert('x')</script>",
  "\u202Eevil\u202C",
  "\u200F\u200E",
  "\uD800",
  "\uDFFF lone",
  "\u0000\u0001\u001B[31m",
  "\uFEFF",
  "ＮＥＷ ＤＥＬＨＩ",
  "Z̷̢a̸l̶g̵o̴",
  "👩‍👩‍👧‍👦",
  "\r\n\r",
  "(ANI)",
  "date 2025-02-30",
  "Updated: Feb 31, 2023",
  "New Delhi, Dec 45 (PTI)",
  "MOSCOW, March 3 (Reuters) -",
  "on Thursday",
  "5-6 April",
  "July 8-9, 2024",
  "from Monday to Wednesday",
  "a 31-day visit starting on Monday",
  "Follow  on Google News",
  "![](javascript:void(0))",
  "99-99-9999",
  "0000-00-00",
  "\n\n\n",
];

const newsish = fc.array(
  fc.oneof(
    fc.constantFrom(...hostile),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(" ", "\n", ". ", ", "),
  ),
  { maxLength: 30 },
);
const text = newsish.map((parts) => parts.join(""));
const ctx = fc.record({
  published: fc.option(
    fc
      .date({ min: new Date("1950-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
  publishedFrom: fc.constantFrom("text" as const, "inferred" as const, "editor" as const, null),
});

describe("robustness", () => {
  it("resolveDates never throws and never returns a date finer than its precision", () => {
    fc.assert(
      fc.property(text, ctx, (t, c) => {
        for (const r of resolveDates(t, c)) {
          expect(t.slice(r.index, r.index + r.text.length)).toBe(r.text);
          expect(
            r.start === null ? "unknown" : ["year", "month", "day"][r.start.split("-").length - 1],
          ).toBe(r.precision);
          if (r.end !== null) expect(r.precision).toBe("day");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("readArticle never throws and returns clean paragraphs", () => {
    fc.assert(
      fc.property(text, fc.string({ maxLength: 20 }), (t, name) => {
        const a = readArticle({ file: `${name}.txt`, text: t }, { today: "2026-11-22" });
        expect(a.id.length).toBeGreaterThan(0);
        for (const p of a.paragraphs) {
          expect(p.trim()).toBe(p);
          // eslint-disable-next-line no-control-regex -- checking control characters are gone
          expect(p).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
          expect(p).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
        }
        if (a.published !== null) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it("buildDataset always produces a dataset that passes the schema", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const files = texts.map((t, i) => ({ file: `f${i}.txt`, text: t }));
        const { dataset } = buildDataset(files, undefined, { today: "2026-11-22" });
        expect(builtDatasetSchema.safeParse(dataset).success).toBe(true);
        expect(() => JSON.parse(JSON.stringify(dataset))).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the contract when real articles are garbled", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...hostile)), { maxLength: 12 }),
        (edits) => {
          const files = seeds.map((f) => ({ ...f }));
          for (const [which, at, insert] of edits) {
            const f = files[which % files.length];
            if (f)
              f.text =
                f.text.slice(0, at % f.text.length) + insert + f.text.slice(at % f.text.length);
          }
          const { dataset } = buildDataset(files, undefined, { today: "2026-11-22" });
          expect(builtDatasetSchema.safeParse(dataset).success).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("copes with a huge single paragraph quickly enough to stay in a unit test", () => {
    const sentence =
      "Officials met on Thursday, June 1, and again from Monday to Wednesday in New Delhi. ";
    const big = `Headline\n\nNew Delhi, Dec 5 (PTI) ${sentence.repeat(20_000)}`;
    const a = readArticle({ file: "big.txt", text: big });
    expect(a.paragraphs).toHaveLength(1);
    expect(
      resolveDates(a.paragraphs[0]?.slice(0, 200_000) ?? "", {
        published: "2024-12-05",
        publishedFrom: "text",
      }).length,
    ).toBeGreaterThan(1000);
  });
});
