// @vitest-environment node
// A page that lost its apostrophes writes "President Oleh Kovalenkos visit": before a
// lower-case word, a name that is another name of the article, or a listed official's, with
// an "s" added is that name's possessive, not a person of its own.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("a possessive whose apostrophe was lost", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Oleh Kovalenko",
    "Marta Reis",
    "Lena Mark",
    "Tom Marks",
  ]);

  it("is the name the article gives elsewhere", () => {
    expect(
      namesIn([
        "Ukrainian President Oleh Kovalenkos visit to Delhi drew attention.",
        "Ukrainian President Oleh Kovalenko has arrived in Delhi for the summit.",
      ]),
    ).toEqual(["Oleh Kovalenko"]);
  });

  it("is a listed official's name", () => {
    expect(namesIn(["Russian President Vladimir Putins visit to Delhi drew attention."])).toEqual([
      "Vladimir Putin",
    ]);
  });

  it("leaves a surname that ends in s", () => {
    expect(namesIn(["Foreign Minister Marta Reis met the envoy. Minister Reis spoke."])).toEqual([
      "Marta Reis",
    ]);
  });

  it("leaves a full name whose surname is only another person's without the s", () => {
    expect(
      namesIn([
        "Finance Minister Lena Mark opened the talks.",
        "Trade Minister Tom Marks said the talks went well.",
      ]),
    ).toEqual(["Lena Mark", "Tom Marks"]);
  });
});
