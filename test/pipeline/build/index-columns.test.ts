import { describe, expect, it } from "vitest";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";
import { indexFileSchema } from "../../../src/shared/schema";
import { slugify } from "../../../src/shared/slug";
import { loadUiFixture } from "../../fixtures/ui/load-fixture";

describe("the index's events and articles as columns (version 5)", () => {
  it("reads back as the same events, sources, articles and references", () => {
    const dataset = loadUiFixture();
    const file = indexFileOf(dataset);
    expect(file.events.title).toEqual(dataset.events.map((e) => e.title));
    expect(file.articles.title).toEqual(dataset.articles.map((a) => a.title));
    expect(file.sources.paragraph).toEqual(
      dataset.events.flatMap((e) => e.sources.map((s) => s.paragraph)),
    );
    expect(indexFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(dataset);
  });

  it("writes an event's id only where its date and title do not give it", () => {
    const dataset = loadUiFixture();
    const [given, second] = dataset.events;
    if (!given || !second) throw new Error("the fixture has two events");
    // The build's ids: date and title slug ("2020-logistics-agreement-signed")...
    const first = { ...given, id: `${given.start ?? "undated"}-${slugify(given.title)}` };
    // ...and two events of one day and title: the second gets a suffix.
    const twin = { ...first, location: "elsewhere", id: `${first.id}-2` };
    const events = [first, twin, { ...second, id: "chosen-by-an-editor" }];
    const file = indexFileOf({ ...dataset, events });
    expect(file.events.id).toEqual([null, `${first.id}-2`, "chosen-by-an-editor"]);
    const read = indexFileSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(read.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it("refuses two events whose ids, put back, are the same", () => {
    const dataset = loadUiFixture();
    const [given] = dataset.events;
    if (!given) throw new Error("the fixture has an event");
    const first = { ...given, id: `${given.start ?? "undated"}-${slugify(given.title)}` };
    const file = indexFileOf({ ...dataset, events: [first, { ...first }] });
    expect(file.events.id).toEqual([null, null]);
    const result = indexFileSchema.safeParse(JSON.parse(JSON.stringify(file)));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("\n")).toMatch(first.id);
  });

  it("refuses columns of different lengths and counts that do not add up", () => {
    const file = indexFileOf(loadUiFixture());
    file.events.title.pop();
    file.events.sources[0] = (file.events.sources[0] ?? 1) + 1;
    const result = indexFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain(
      `events.title: has ${file.events.id.length - 1} values; expected ${file.events.id.length}`,
    );
    expect(messages).toContain(
      `sources.paragraph: has ${file.sources.paragraph.length} values; expected ${file.sources.paragraph.length + 1}`,
    );
  });

  it("refuses a source whose article position is outside the articles", () => {
    const file = indexFileOf(loadUiFixture());
    file.sources.articleId[0] = file.articles.id.length;
    const result = indexFileSchema.safeParse(file);
    expect(result.error?.issues[0]?.message).toBe(
      `unknown article position ${file.articles.id.length}`,
    );
  });
});
