// @vitest-environment node
// A word that another article's official bears as surname is no mention of that official
// where it belongs to another name: after a picture credit's slash ("(PTI Photo/Salman Ali)":
// the photographer; rules/en/entity-cues.json, creditWords), or before a capitalised word
// that is no stop word and no part of the official's own name ("Johnson Controls India",
// "President Sharif Sheikh Ahmed", "the Lee Myung-bak government"), or before capitalised
// words that end a place's name ("Wallace Air Station").
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

describe("a surname as the first word of another person's or a place's name", () => {
  const wallace = article("a", "Defence Secretary Ben Wallace received the delegation.");

  it("is no mention of the official before a hyphenated given name", () => {
    const named = article("b", "Talks began in 2012, when Wallace Jae-won led the ministry.");
    expect(peopleNamedIn("b", [wallace, named])).not.toContain("Ben Wallace");
  });

  it("is no mention of the official before the words of a place's name", () => {
    const named = article("c", "The minister on Sunday visited Wallace Air Station in the north.");
    expect(peopleNamedIn("c", [wallace, named])).toEqual([]);
  });

  it("still is a mention before a stop word alone", () => {
    const named = article("d", "In London, Wallace Monday said the talks went well.");
    expect(peopleNamedIn("d", [wallace, named])).toEqual(["Ben Wallace"]);
  });
});
