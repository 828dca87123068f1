// @vitest-environment node
// Reporters named in a story are no officials: a news outlet's possessive or the reporter's
// own "my colleague" right before the name (rules/en/person-cues.json,
// reporter-before.outlet-possessive and .reporters-colleague), or "X and Y contributed
// to this report" right after it (reporter-after.contributed), whatever title leads to the
// name; and a name the article says is a reporter's is none elsewhere in it where nothing
// else says who it is (a transcript's speaker label).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("reporters named in the story", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lena Vogt", "Tomas Berg", "Anna Holm", "Carlos Mendes"]);

  it("drops a name after a news outlet's possessive or 'my colleague'", () => {
    expect(
      namesIn([
        "NPR's Lena Vogt has been traveling with the secretary all week.",
        "My colleague Tomas Berg is following the negotiations.",
      ]),
    ).toEqual([]);
  });

  it("drops reporters who contributed to the report, titled or not", () => {
    expect(
      namesIn([
        "(State Department Bureau Chief Anna Holm and Tomas Berg contributed to this report.)",
      ]),
    ).toEqual([]);
  });

  it("drops a reporter's speaker label in a transcript", () => {
    expect(
      namesIn([
        "NPR's Lena Vogt has been traveling with the secretary all week.",
        "LENA VOGT: Good morning.",
      ]),
    ).toEqual([]);
  });

  it("keeps a name that only a byline's 'by' stood before elsewhere", () => {
    expect(
      namesIn([
        "The talks were chaired by Anna Holm on Monday.",
        "Anna Holm said the talks went well.",
      ]),
    ).toEqual(["Anna Holm"]);
  });

  it("keeps an official's colleague and a country's possessive", () => {
    expect(
      namesIn([
        "The foreign minister met with Venezuelan colleague Carlos Mendes in Tachira.",
        "Russia's Lena Vogt met the minister.",
      ]),
    ).toEqual(["Carlos Mendes", "Lena Vogt"]);
  });
});
