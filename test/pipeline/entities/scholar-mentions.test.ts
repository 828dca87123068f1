// @vitest-environment node
// A scholar ("Prof X", "Vice-Chancellor Dr. X", "Dr. X visiting Korea from the Brookings
// Institution": rules/en/person-cues.json, scholar-before and scholar-after)
// whom the page gives no office or rank is an expert named in passing, no official acting in
// the story; an office holder who is also a professor (by a title or a description beside the
// name) still is.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("scholars named in passing", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Ilse Varga",
    "Harsha Perera",
    "Tomas Reyes",
    "Alan Wexford",
    "Nimal Fonseka",
    "Orhan Demirel",
    "Tomas Lindqvist",
    "Lena Holt",
  ]);

  it("drops a professor listed beside the ministers of a delegation", () => {
    expect(
      namesIn([
        "The Premier will be accompanied by Prof. Ilse Varga, Deputy Minister Harsha Perera and officials.",
      ]),
    ).toEqual(["Harsha Perera"]);
  });

  it("drops a university's vice-chancellor", () => {
    expect(
      namesIn([
        "Visva-Bharati University unveils a transformational roadmap under Vice-Chancellor Dr. Tomas Reyes",
      ]),
    ).toEqual([]);
  });

  it("drops a doctor who comes from a research institution", () => {
    expect(
      namesIn([
        "The Vice Minister of National Defense Tomas Lindqvist is shaking hands with Dr. Lena Holt visiting Korea from the Brookings Institution, on March 10.",
      ]),
    ).toEqual(["Tomas Lindqvist"]);
  });

  it("keeps an office holder who is also a professor", () => {
    expect(
      peopleIn([
        "He also met the Senior Foreign Policy Advisor to the Prime Minister Professor Alan Wexford.",
        "The delegation included Deputy Economic Development Minister Prof. Nimal Fonseka.",
        "The minister met the head of the defence procurement agency, Prof. Orhan Demirel.",
      ]).map((p) => p.name),
    ).toEqual(["Alan Wexford", "Nimal Fonseka", "Orhan Demirel"]);
  });
});
