// @vitest-environment node
import { describe, expect, it } from "vitest";
import { bodyDigest, dropDuplicates } from "../../../src/pipeline/build/duplicates";
import type { ReadArticle } from "../../../src/pipeline/types";

const article = (file: string, paragraphs: string[]) =>
  ({ id: file, file, title: "", paragraphs, warnings: [] }) as unknown as ReadArticle;

describe("one story in two files", () => {
  const first = article("a.txt", ["Modi met Putin in Kazan.", "They signed two pacts."]);
  const respaced = article("b.txt", ["MODI met Putin in Kazan —", "they signed two pacts!"]);
  const other = article("c.txt", ["Modi met Xi in Kazan."]);

  it("has one digest whatever its spacing, case and punctuation", () => {
    expect(bodyDigest(first)).toBe(bodyDigest(respaced));
    expect(bodyDigest(first)).not.toBe(bodyDigest(other));
  });

  it("keeps the first file by either key, the text or its digest", () => {
    for (const keyOf of [undefined, bodyDigest]) {
      const { kept, dropped } = dropDuplicates([first, respaced, other], keyOf);
      expect(kept.map((a) => a.file)).toEqual(["a.txt", "c.txt"]);
      expect(dropped.map((d) => [d.article.file, d.duplicateOf.file])).toEqual([
        ["b.txt", "a.txt"],
      ]);
    }
  });

  it("never makes two empty bodies one story", () => {
    const empty = [article("x.txt", ["—"]), article("y.txt", [])];
    expect(bodyDigest(empty[0] as ReadArticle)).toBe("");
    expect(dropDuplicates(empty, bodyDigest).kept).toHaveLength(2);
  });
});
