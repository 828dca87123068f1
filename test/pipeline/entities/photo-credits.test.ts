// @vitest-environment node
// "(PTI Photo/Salman Ali)": the name after a picture credit's slash is the photographer's
// (rules/en/entity-cues.json, creditWords), no later mention of an official whom another
// article names with that word as surname.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/find-entities";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { readArticleOf } from "../stage-inputs";

const article = (id: string, paragraph: string) =>
  readArticleOf([paragraph], { id, published: "2025-01-01" });

function peopleNamedIn(id: string, articles: ReturnType<typeof article>[]): string[] {
  const { entities, mentionsByArticle } = findEntities(articles);
  const ids = new Set((mentionsByArticle[id] ?? []).map((m) => m.entityId));
  return entities
    .filter((e) => e.kind === "person" && ids.has(e.id))
    .map((e) => e.name)
    .sort();
}

describe("picture credits", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Ruiz", "Ana Vella"]);

  const other = article("a", "Crown Prince Mohammed bin Salman received the delegation in Riyadh.");

  it("does not read the photographer's name as a mention of an official", () => {
    const credited = article(
      "b",
      "President Tomas Ruiz greets Prime Minister Ana Vella in Lima. (PTI Photo/Salman Ali)",
    );
    expect(peopleNamedIn("b", [other, credited])).toEqual(["Ana Vella", "Tomas Ruiz"]);
  });

  it("still reads the surname as a mention elsewhere", () => {
    const mentioned = article("c", "Tomas Ruiz said the talks with Salman went well.");
    expect(peopleNamedIn("c", [other, mentioned])).toEqual(["Mohammed bin Salman", "Tomas Ruiz"]);
  });
});
