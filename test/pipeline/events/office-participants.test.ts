// @vitest-environment node
// Participants named by office with words of their own: "The trade and industry minister
// arrived", "the Estonian vice minister", "met his Latvian counterpart" take part as the
// person the story named with that office or from that country; "Estonia's ruler", as the
// head of state or government of that country the story named. (Written sentences; the
// people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("an office described with words of its own", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Marta Kallas",
    "Janis Ozols",
    "Ines Duarte",
    "Rui Nogueira",
    "Anna Berglund",
    "Jon Moe",
  ]);

  it.each([
    [
      "reads a lower-case office as the person named with it",
      [
        "Interior Minister Marta Kallas and Latvian Economy Minister Janis Ozols signed a customs pact in Riga on Wednesday.",
        "The interior minister arrived in Riga on Tuesday evening.",
      ],
      ["Marta Kallas"],
    ],
    [
      "reads 'The Prime Minister', a capitalised office with no country word, the same way",
      [
        "Prime Minister Ines Duarte held talks with Angolan Defence Minister Rui Nogueira in Lisbon on May 8.",
        "The Prime Minister left for Luanda on May 9.",
      ],
      ["Ines Duarte"],
    ],
    [
      "reads 'his Latvian counterpart' as the Latvian the story named",
      [
        "Latvian Trade Minister Janis Ozols has been in Tallinn since Monday.",
        "Estonian Trade Minister Marta Kallas, who is hosting the fair, met her Latvian counterpart at the fair grounds on Tuesday.",
      ],
      ["Marta Kallas", "Janis Ozols"],
    ],
    [
      "reads a bare office opening a release's sentence as its holder",
      [
        "Foreign Secretary Anna Berglund is on an official visit to Oslo on May 7 and 8.",
        "Foreign Secretary called on Prime Minister Jon Moe on May 8.",
      ],
      ["Anna Berglund", "Jon Moe"],
    ],
    [
      "reads an office behind a courtesy title written short ('the Hon. Minister') as its holder",
      [
        "Press Release on the Hon. Trade Minister's video conference with heads of missions on May 8",
        "Trade Minister Marta Kallas held a virtual meeting with the heads of missions in 13 capitals.",
      ],
      ["Marta Kallas"],
    ],
    [
      "reads an office written short ('The Latvian FM') as its holder",
      [
        "Latvian Foreign Minister Janis Ozols will discuss trade as part of his visit to Tallinn, a source said.",
        "The Latvian FM is expected to visit Tallinn on May 12.",
      ],
      ["Janis Ozols"],
    ],
    [
      "reads a country's ruler as its head of state, not another of its officials",
      [
        "Estonian Prime Minister Marta Kallas met Estonian Trade Minister Anna Berglund in Tallinn on May 6.",
        "Latvian Foreign Minister Janis Ozols on Wednesday phoned Estonia's ruler.",
      ],
      ["Janis Ozols", "Marta Kallas"],
    ],
  ])("%s", (_title, paragraphs, people) => {
    expect(participantsOf(paragraphs)).toContainEqual(people);
  });

  it("does not read an office no one in the story holds", () => {
    const found = participantsOf([
      "Trade Minister Marta Kallas arrived in Riga on Tuesday.",
      "The deputy finance minister arrived in Riga on Wednesday.",
    ]);
    expect(found).not.toContainEqual(["Marta Kallas", "Marta Kallas"]);
    expect(found.filter((p) => p.includes("Marta Kallas"))).toHaveLength(1);
  });
});
