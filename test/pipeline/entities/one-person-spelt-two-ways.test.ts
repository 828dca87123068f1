// @vitest-environment node
// One person written twice in one article and kept as one: the same full name that another
// article's reading of the person pulls apart by country, a Russian surname's ending spelt
// "-yev" and "-ev", a surname spelt a letter or two apart after the same given name, a given
// name with two letters after its first swapped, a titled surname spelt a letter apart from
// a full name the article gives no office, the first word of a three-word name spelt a letter
// apart, a surname written with no office spelt a letter apart from a full name's, and a
// surname of ten letters or more spelt two letters apart.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/pipeline/find-entities";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { readArticleOf } from "../stage-inputs";
import { namesIn } from "./people-of";

/** The people each article's person mentions name, by article id. */
function peoplePerArticle(articles: { id: string; paragraphs: string[] }[]) {
  const read = articles.map((a) => readArticleOf(a.paragraphs, { id: a.id }));
  const { entities, mentionsByArticle } = findEntities(read);
  const persons = new Set(entities.filter((e) => e.kind === "person").map((e) => e.id));
  const out: Record<string, string[]> = {};
  for (const [id, mentions] of Object.entries(mentionsByArticle))
    out[id] = [...new Set(mentions.map((m) => m.entityId).filter((e) => persons.has(e)))].sort();
  return out;
}

describe("one person spelt two ways in one article", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Kemal Yavuzoglu",
    "Jim Harlowe",
    "Anatoly Tereshcheyev",
    "Rahul Varmaji",
    "Osric Talebe",
    "Osric Talibe",
    "Dmitri Kovrin",
    "Arvind Kapoor",
    "Avrind Kapoor",
    "Amy Carter",
    "May Carter",
    "Laszlo Bodnaar",
    "Trang Duc Vo",
    "Tranh Duc Vo",
    "Lam Duc Vo",
    "Nam Duc Vo",
    "Marisol P. Quintaro",
    "Sunil Karunatilleke",
  ]);

  it("keeps a full name written twice in one article as one person, whatever another article says", () => {
    const people = peoplePerArticle([
      {
        id: "first",
        paragraphs: ["Turkish Foreign Minister Kemal Yavuzoglu arrived in Ankara on Monday."],
      },
      {
        id: "second",
        paragraphs: [
          "On his trip to the United States, Foreign Minister Kemal Yavuzoglu met US Secretary of State Jim Harlowe in Washington on Monday.",
          "A spokesman said Harlowe met Turkey's foreign minister, Kemal Yavuzoglu, again on Tuesday.",
        ],
      },
    ]);
    expect(people["second"]).toHaveLength(2);
  });

  it("reads a Russian surname ending in -yev and -ev as one name", () => {
    expect(
      namesIn([
        "Defence Minister Rahul Varmaji held talks with Admiral Anatoly Tereshcheyev on Monday.",
        "Admiral Tereshcheev said the talks were useful.",
      ]),
    ).toEqual(["Anatoly Tereshcheyev", "Rahul Varmaji"]);
  });

  it("joins a surname spelt a letter or two apart after the same given name", () => {
    expect(
      namesIn([
        "Presidential adviser Osric Talebe met Russian Deputy Minister Dmitri Kovrin in Moscow on Monday.",
        "Presidential adviser Osric Talibe handed over a message from the President.",
      ]),
    ).toHaveLength(2);
  });

  it("joins a given name with two letters after its first swapped, a slip of typing", () => {
    expect(
      namesIn([
        "Defence Minister Arvind Kapoor began a visit to Abu Dhabi on Monday.",
        "In talks with the UAE minister, Defence Minister Avrind Kapoor discussed joint exercises.",
      ]),
    ).toHaveLength(1);
    // A first letter that differs makes another given name ("Amy", "May").
    expect(
      namesIn([
        "Ambassador Amy Carter met the delegation on Monday.",
        "Ambassador May Carter joined them on Tuesday.",
      ]),
    ).toHaveLength(2);
  });

  it("joins a titled surname spelt a letter apart to a full name given no office", () => {
    expect(
      namesIn([
        "In talks with his Iranian colleague, Laszlo Bodnaar discussed border protection.",
        "Minister Bodnar said defence cooperation may be the next area of cooperation.",
      ]),
    ).toEqual(["Laszlo Bodnaar"]);
  });

  it("keeps two given names apart even when their surnames are spelt alike", () => {
    expect(
      namesIn([
        "Presidential adviser Osric Talebe met Russian Deputy Minister Dmitri Kovrin in Moscow on Monday.",
        "Minister Dmitri Talibe also attended.",
      ]),
    ).toHaveLength(3);
  });

  it("joins a three-word name whose first word is spelt a letter apart, its title alone too", () => {
    expect(
      namesIn([
        "Deputy Prime Minister and Minister of Foreign Affairs Trang Duc Vo met Secretary of State Jim Harlowe on Monday.",
        "I'd like to invite His Excellency Tranh Duc Vo to take the floor.",
        "DEPUTY PRIME MINISTER VO: Thank you.",
      ]),
    ).toEqual(["Jim Harlowe", "Trang Duc Vo"]);
    // Another first letter makes another person.
    expect(
      namesIn(["Foreign Minister Lam Duc Vo met Trade Minister Nam Duc Vo on Monday."]),
    ).toEqual(["Lam Duc Vo", "Nam Duc Vo"]);
  });

  it("joins a name spelt a letter apart to the agreeing one of its article, whatever its country", () => {
    const people = peoplePerArticle([
      {
        id: "first",
        paragraphs: [
          "Vietnam's Foreign Minister Trang Duc Vo arrived in Hanoi on Monday.",
          "Deputy Prime Minister Tranh Duc Vo of Vietnam left on Tuesday.",
        ],
      },
      {
        id: "second",
        paragraphs: [
          "MODERATOR: Excellency Jim Harlowe, U.S. Secretary of State, Deputy Prime Minister and Minister of Foreign Affairs Trang Duc Vo, ladies and gentlemen.",
          "To begin with, I'd like to invite His Excellency Tranh Duc Vo to take the floor.",
          "DEPUTY PRIME MINISTER VO: Thank you.",
        ],
      },
    ]);
    expect(people["second"]).toHaveLength(2);
  });

  it("joins a surname written with no office to a full name spelt a letter apart", () => {
    expect(
      namesIn([
        "Philippine Secretary of Foreign Affairs Marisol P. Quintaro and Foreign Minister Jim Harlowe signed the agreement.",
        "“Japan is an important partner,” Ms. Quintero said at a news briefing.",
      ]),
    ).toEqual(["Jim Harlowe", "Marisol P Quintaro"]);
  });

  it("joins a surname of ten letters or more spelt two letters apart", () => {
    expect(
      namesIn([
        "Prime Minister Sunil Karunatilleke arrived in Male on Monday.",
        "Prime Minister Karunatillaka will also chair the conference.",
      ]),
    ).toEqual(["Sunil Karunatilleke"]);
  });
});
