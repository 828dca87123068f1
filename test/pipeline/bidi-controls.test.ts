// @vitest-environment node
// Bidirectional controls and invisible characters in an article never reach the dataset:
// an override (U+202E) or isolate (U+2066-U+2069) in a title or a name would reorder the
// text the dashboard shows around it ("— source, 5 June 2017" reversed in the Sources list).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";

const RLO = "\u202E";
const PDF = "\u202C";
const [LRI, RLI, FSI, PDI] = ["\u2066", "\u2067", "\u2068", "\u2069"];
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

const text = [
  `India and ${RLO}Russia${PDF} sign ${FSI}defence${PDI} pact`,
  "",
  `New Delhi, June 5 (ANI): Defence Minister ${RLI}Rajnath${PDI} Singh met Russian Defence Minister Andrei ${LRI}Belousov${PDI} in New Delhi on Monday.`,
  "",
  `"We ${RLO}agreed${PDF} on\u200F joint production\u0007," Singh said after the talks.\uFEFF`,
  "",
].join("\n");

const { dataset } = buildDataset([{ file: "401_bidi.txt", text }], undefined, {
  today: "2026-11-22",
});
const article = dataset.articles[0];

describe("bidi controls and invisible characters", () => {
  it("are gone from the title, the body and every entity", () => {
    expect(article?.title).toBe("India and Russia sign defence pact");
    expect(JSON.stringify(dataset)).not.toMatch(HIDDEN);
  });

  it("do not split names: the officials are found whole", () => {
    const people = dataset.entities.filter((e) => e.kind === "person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Rajnath Singh", "Andrei Belousov"]));
  });

  it("leave mention offsets pointing at the cleaned paragraphs", () => {
    const names = new Map(dataset.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
    expect(article?.mentions.length).toBeGreaterThan(2);
    for (const m of article?.mentions ?? []) {
      const surface = article?.paragraphs[m.paragraph]?.slice(m.start, m.end) ?? "";
      expect(names.get(m.entityId)).toContain(surface);
    }
  });

  it("keep the quote's words and ordinary spacing", () => {
    expect(article?.paragraphs.join("\n")).toContain('"We agreed on joint production," Singh said');
  });

  it("are removed from a title and source the editor's file supplies", () => {
    const editor = {
      version: 1 as const,
      articles: { "401_bidi.txt": { title: `${RLO}Pact signed${PDF}`, source: `${LRI}ANI${PDI}` } },
    };
    const built = buildDataset([{ file: "401_bidi.txt", text }], editor, { today: "2026-11-22" });
    expect(built.dataset.articles[0]).toMatchObject({ title: "Pact signed", source: "ANI" });
  });
});
