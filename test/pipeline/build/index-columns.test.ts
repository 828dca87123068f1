import { describe, expect, it } from "vitest";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";
import { indexFileSchema } from "../../../src/shared/schema";
import { loadUiFixture } from "../../fixtures/ui/load-fixture";

describe("the index's events and articles as columns (version 4)", () => {
  it("reads back as the same events, sources, articles and references", () => {
    const dataset = loadUiFixture();
    const file = indexFileOf(dataset);
    expect(file.events.id).toEqual(dataset.events.map((e) => e.id));
    expect(file.articles.title).toEqual(dataset.articles.map((a) => a.title));
    expect(file.sources.paragraph).toEqual(
      dataset.events.flatMap((e) => e.sources.map((s) => s.paragraph)),
    );
    expect(indexFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(dataset);
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
