// @vitest-environment node
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/pipeline/read-article";
import type { ReadArticle } from "../../src/pipeline/types";

const TODAY = "2026-11-22";
const seedDir = join(__dirname, "../../seeds");
const fixtureDir = join(__dirname, "../fixtures/reading");

function readFrom(dir: string, prefix: string): ReadArticle {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no file ${prefix} in ${dir}`);
  return readArticle({ file, text: readFileSync(join(dir, file), "utf8") }, { today: TODAY });
}

const seed = (prefix: string) => readFrom(seedDir, prefix);
const fixture = (name: string) => readFrom(fixtureDir, name);
const allText = (a: ReadArticle) => a.paragraphs.join("\n");

describe("readArticle on the seeds", () => {
  it("takes the dateline day over an Updated stamp a day later (seed 000)", () => {
    const a = seed("000_");
    expect(a).toMatchObject({
      id: "000_7a8dbedef3b6d801",
      title: "India, Russia commit to upgrade, intensify defence cooperation",
      source: "ANI",
      dateline: "St. Petersburg",
      published: "2017-06-01",
      publishedFrom: "text",
    });
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]).toMatch(/^India and Russia on Thursday reiterated/);
    expect(a.paragraphs[0]).toMatch(/marine biology etc\.$/);
    expect(allText(a)).not.toMatch(/Updated:|\(ANI\)/);
  });

  it("finds no date in seed 001, names the outlet from its Google News prompt, drops furniture", () => {
    const a = seed("001_");
    expect(a).toMatchObject({
      published: null,
      publishedFrom: null,
      source: "New Defence Order. Strategy",
    });
    expect(a.warnings).toContain("no publication date found");
    expect(allText(a)).not.toMatch(/Google News|Our partners/);
    expect(a.paragraphs).toHaveLength(9);
  });

  it("reads the scraped date line and bare dateline of seed 002 and says it has no headline", () => {
    const a = seed("002_");
    expect(a).toMatchObject({
      published: "2025-12-05",
      publishedFrom: "text",
      dateline: "New Delhi",
      source: null,
    });
    expect(a.paragraphs[0]).toMatch(/^Terming it as a pillar/);
    expect(a.title).toMatch(/^Terming it as a pillar/);
    expect(a.title.length).toBeLessThanOrEqual(121);
    expect(a.warnings).toEqual(
      expect.arrayContaining([
        "no agency or outlet found",
        "no headline found; title taken from the opening sentence",
      ]),
    );
  });

  it("infers seed 003's year from 'on Wednesday' and splits single-newline paragraphs", () => {
    const a = seed("003_");
    expect(a).toMatchObject({
      published: "2025-10-29",
      publishedFrom: "inferred",
      source: "IANS",
      dateline: "New Delhi/Moscow",
    });
    expect(a.warnings.join(" ")).toMatch(/inferred from weekday.*Wednesday.*2025/);
    expect(a.paragraphs).toHaveLength(9);
    expect(a.paragraphs[0]).toMatch(/^India and Russia held the fifth Meeting/);
    expect(allText(a)).not.toMatch(/!\[\]|IANS|akl\/as/);
  });

  it("credits PTI in seed 004 and drops the related headline, standfirst and page furniture", () => {
    const a = seed("004_");
    expect(a).toMatchObject({
      title: "SCO Summit 2023: India, Russia resolve to strengthen defence cooperation",
      source: "PTI",
      dateline: "New Delhi",
      published: "2023-04-28",
      publishedFrom: "text",
      warnings: [],
    });
    expect(a.paragraphs[0]).toMatch(/^Defence Minister Rajnath Singh and his Russian counterpart/);
    expect(allText(a)).not.toMatch(/Amit Shah|min read|Topics|First Published|syndicated|close/);
    expect(
      a.paragraphs.filter((p) => p.startsWith("The ministry said Singh and Shoigu")),
    ).toHaveLength(1);
  });

  it("is stable: the same file reads the same way twice", () => {
    expect(seed("004_")).toEqual(seed("004_"));
  });
});

describe("readArticle on other agency styles", () => {
  it("reads a Reuters dateline but will not pick between two years a weekday allows", () => {
    const a = fixture("reuters-moscow");
    expect(a).toMatchObject({ source: "Reuters", dateline: "Moscow", published: null });
    expect(a.warnings.join(" ")).toMatch(/several possible years \(2014, 2025\)/);
    expect(allText(a)).not.toMatch(/Reporting by/);
  });

  it("dates a PTI story by its dateline when a numeric stamp is a day later", () => {
    const a = fixture("pti-new-delhi");
    expect(a).toMatchObject({
      source: "PTI",
      published: "2023-12-05",
      publishedFrom: "text",
      warnings: [],
    });
    expect(allText(a)).not.toMatch(/Google News|inputs from/);
  });

  it("reads a day-first numeric byline and drops the author line", () => {
    const a = fixture("numeric-byline");
    expect(a).toMatchObject({ published: "2019-03-14", publishedFrom: "text", source: null });
    expect(allText(a)).not.toMatch(/Special Correspondent/);
  });

  it("ignores a stamp far from the dateline and infers the year within the text's bounds", () => {
    const a = fixture("far-stamp");
    expect(a).toMatchObject({
      published: "2023-09-14",
      publishedFrom: "inferred",
      source: "TASS",
      dateline: "Vladivostok",
    });
    expect(a.warnings[0]).toMatch(/2024-01-10 ignored/);
  });

  it("warns when a yearless dateline has no weekday to fix it", () => {
    const a = fixture("no-year-no-weekday");
    expect(a.published).toBeNull();
    expect(a.warnings).toEqual([
      "no publication date: dateline October 29 has no year and the opening sentence states no weekday",
    ]);
  });

  it("takes the outlet from a headline suffix and drops the link between headline and body", () => {
    const a = fixture("headline-suffix");
    expect(a).toMatchObject({
      title: "India and Japan hold maritime dialogue",
      source: "The Hindu",
    });
    expect(a.paragraphs).toEqual([
      "India and Japan held their annual maritime affairs dialogue in Tokyo on Wednesday, the external affairs ministry said.",
    ]);
  });

  it("handles an explicit year in the dateline and Windows line endings", () => {
    const text =
      "Talks end\r\n\r\nGENEVA, June 3, 2021 (AFP) - Negotiators ended talks on Thursday.\r\n";
    const a = readArticle({ file: "x.txt", text });
    expect(a).toMatchObject({
      published: "2021-06-03",
      source: "AFP",
      dateline: "Geneva",
      paragraphs: ["Negotiators ended talks on Thursday."],
    });
  });
});
