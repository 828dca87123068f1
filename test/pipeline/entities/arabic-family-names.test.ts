// @vitest-environment node
// An Arabic name's family part ("Al Saud", "Al Sabah") belongs to the name: a chain of
// capitalised "Al" parts is read to its end, and a listed name ("Faisal bin Farhan") goes on
// with the family name written after it.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/find-entities";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { readArticleOf } from "../stage-inputs";
import { namesIn } from "./people-of";

/** Each person mention's entity id and written text. */
function personMentions(paragraphs: string[]): string[] {
  const article = readArticleOf(paragraphs);
  const { mentionsByArticle } = findEntities([article]);
  return (mentionsByArticle["a"] ?? [])
    .filter((m) => m.entityId.startsWith("person-"))
    .map((m) => `${m.entityId}=${paragraphs[m.paragraph]?.slice(m.start, m.end) ?? ""}`);
}

describe("an Arabic name's family part", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Nasser Al Hamad Al Rashed Al Nasser",
    "Henrik Aaltonen",
  ]);

  it("reads a chain of Al parts to the family name", () => {
    expect(
      namesIn([
        "Foreign Minister Henrik Aaltonen met the Amir of Kuwait Sheikh Nasser Al Hamad Al Rashed Al Nasser in Kuwait City on Monday.",
      ]),
    ).toEqual(["Henrik Aaltonen", "Nasser Al Hamad Al Rashed Al Nasser"]);
  });

  it("reads a listed name on into the family name written after it", () => {
    expect(
      personMentions([
        "Foreign Minister Henrik Aaltonen received Prince Faisal bin Farhan Al Saud in Helsinki on Monday. Al Saud thanked him for the visit.",
      ]),
    ).toEqual([
      "person-henrik-aaltonen=Henrik Aaltonen",
      "person-faisal-bin-farhan=Faisal bin Farhan Al Saud",
      "person-faisal-bin-farhan=Al Saud",
    ]);
  });

  it("links a listed name and its family name after an office and a courtesy title", () => {
    expect(
      personMentions([
        "Minister of Foreign Affairs Prince Faisal bin Farhan Al Saud met Foreign Minister Henrik Aaltonen in Riyadh.",
      ]),
    ).toEqual([
      "person-faisal-bin-farhan=Faisal bin Farhan Al Saud",
      "person-henrik-aaltonen=Henrik Aaltonen",
    ]);
  });
});
