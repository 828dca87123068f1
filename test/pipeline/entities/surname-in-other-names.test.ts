// @vitest-environment node
// A word that another article's official bears as surname is no mention of that official
// where it belongs to another name: after a picture credit's slash ("(PTI Photo/Salman Ali)":
// the photographer; rules/en/entity-cues.json, creditWords), or before a capitalised word
// that is no stop word and no part of the official's own name ("Johnson Controls India",
// "President Sharif Sheikh Ahmed").
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

describe("a surname running on into another name", () => {
  const other = article("a", "Crown Prince Mohammed bin Salman received the delegation in Riyadh.");

  it("is no mention of the official", () => {
    const named = article("b", "The radars come from Salman Controls of Pune, the yard said.");
    expect(peopleNamedIn("b", [other, named])).toEqual([]);
  });

  it("still is before a stop word", () => {
    const named = article("c", "In Riyadh, Salman Monday promised more aid to Yemen.");
    expect(peopleNamedIn("c", [other, named])).toEqual(["Mohammed bin Salman"]);
  });
});
