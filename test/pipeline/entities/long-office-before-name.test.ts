// @vitest-environment node
// A long office before a name the title list knows only the head of: a country's whole name
// inside it counts as known words however many it has ("of the Federated States of
// Micronesia"), the post's place follows "in" ("of the US Embassy in Saudi Arabia"), and an
// office that owns a body ("of the President's Office") goes on to the body's name. Before,
// the second unknown word ended the office, and the name after it was never reached.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("a long office before a name", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Lorin Hadley",
    "Mara Quill",
    "Tran Van Loc",
    "Peder Holm",
    "Anna Berg",
  ]);

  it("reads a country's long name inside the office as one known word", () => {
    expect(
      peopleIn([
        "The Deputy Chief of Mission of the Embassy of the Federated States of Micronesia Lorin Hadley signed for his country.",
      ]),
    ).toEqual([{ name: "Lorin Hadley", country: "Micronesia", role: "Deputy Chief of Mission" }]);
    // Before, "Emirates" was read as the name's first word.
    expect(
      namesIn([
        "The Consul General of the Embassy of the United Arab Emirates Mara Quill attended the ceremony.",
      ]),
    ).toEqual(["Mara Quill"]);
  });

  it("reads the post's place after 'in' as part of the office", () => {
    expect(
      peopleIn([
        "Attendees included Chargé d'Affaires of the US Embassy in Saudi Arabia Mara Quill and other officials.",
      ]),
    ).toEqual([{ name: "Mara Quill", country: "United States", role: "Chargé d'Affaires" }]);
  });

  it("reads an office's own body after a possessive as part of the office", () => {
    expect(
      peopleIn([
        "Chairman of the Vietnamese President’s Office Tran Van Loc and other officials welcomed the delegation.",
      ]),
    ).toEqual([{ name: "Tran Van Loc", country: "Vietnam", role: "Chairman" }]);
  });

  it("still ends the office at a possessive that owns no office word", () => {
    expect(namesIn(["The Ambassador of Norway’s wife Anna Berg opened the exhibition."])).toEqual(
      [],
    );
  });

  it("does not read a place after 'in' as the start of a name", () => {
    expect(
      namesIn(["The Minister of Defence in Oslo Peder Holm said the exercise would go ahead."]),
    ).toEqual(["Peder Holm"]);
    expect(namesIn(["The Ambassador in Saudi Arabia said talks would resume."])).toEqual([]);
  });
});
