// @vitest-environment node
// Honorifics written short between an office and the name ("Eng." for an engineer in Gulf
// releases, "Ch." for Chaudhry in Pakistani ones: reference/titles.json, honorifics) are no
// part of the name, and no one-word name of their own.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("abbreviated honorifics after an office", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tariq Haddad", "Imran Ali Shah"]);

  it("reads the name after 'Eng.' and 'Ch.', with the office before them", () => {
    expect(
      peopleIn([
        "The talks were attended by Vice Minister of Foreign Affairs Eng. Tariq Haddad.",
        "Interior Minister Ch. Imran Ali Shah is on a three day visit to the UK.",
      ]),
    ).toEqual([
      { name: "Imran Ali Shah", country: null, role: "Interior Minister" },
      { name: "Tariq Haddad", country: null, role: "Vice Minister of Foreign Affairs" },
    ]);
  });
});
