// @vitest-environment node
// A name right after "the government of" or "the government formed / led / headed by" is the
// person who heads that government, whatever the given name ("the new government of A B",
// "the transitional government formed by A B"); a country there is no one, and a byline's
// "by" still names no official. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("the head of a government named after 'the government of' or 'led by'", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Zorica Vukadin", "Tarik Osei", "Ilse Marwitz"]);

  it("reads the name after 'the government of'", () => {
    expect(
      namesIn(["The bank pledged support to the new government of Zorica Vukadin on Monday."]),
    ).toEqual(["Zorica Vukadin"]);
  });

  it("reads the name after 'the government formed by' and 'led by'", () => {
    expect(
      namesIn([
        "The army toppled the transitional government formed by Tarik Osei in 2021.",
        "A government led by Ilse Marwitz took office in May.",
      ]),
    ).toEqual(["Ilse Marwitz", "Tarik Osei"]);
  });

  it("reads no one in a country's government or after a byline", () => {
    expect(
      namesIn([
        "The government of South Africa and the government of New Zealand signed the accord.",
        "The photo by Tarik Osei shows the harbour.",
      ]),
    ).toEqual([]);
  });
});
