// @vitest-environment node
// A well-known official another article names is no mention of someone acting in an article
// that only mourns them ("the passing of former Premier X"); a plain mention still counts.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/find-entities";
import { readArticleOf } from "../stage-inputs";

function mentionedIn(second: string[]): string[] {
  const first = readArticleOf(["Premier Li Keqiang met the visiting minister in Beijing."], {
    id: "a",
  });
  const other = readArticleOf(second, { id: "b" });
  const { entities, mentionsByArticle } = findEntities([first, other]);
  const ids = new Set((mentionsByArticle["b"] ?? []).map((m) => m.entityId));
  return entities.filter((e) => e.kind === "person" && ids.has(e.id)).map((e) => e.name);
}

describe("people named as deceased", () => {
  it("takes no mention of a well-known official whose passing is mourned", () => {
    expect(
      mentionedIn([
        "The Secretary expressed his condolences on the passing of former Premier Li Keqiang.",
      ]),
    ).toEqual([]);
  });

  it("still takes a plain mention of the same official", () => {
    expect(mentionedIn(["The Secretary recalled his talks with Premier Li Keqiang."])).toEqual([
      "Li Keqiang",
    ]);
  });
});
