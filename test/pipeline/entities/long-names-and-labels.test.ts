// @vitest-environment node
// A name with capitalised particles ("Ana Da Costa De Lemos Vieira") is read whole, and the
// apposition's reading of its last words is no second person; a transcript's label may open
// with courtesy titles ("HIS EXCELLENCY MR ..., PRIME MINISTER OF JAPAN:"); and a clause after
// a name that opens with a preposition ("in the absence of the Minister who is travelling to
// Pakistan") gives no country.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("long names, courtesy titles in labels and clauses after a name", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Ana Da Costa De Lemos Vieira",
    "Kenji Torahata",
    "Idris Maumoon",
  ]);

  it("reads a name with capitalised particles whole", () => {
    expect(
      peopleIn([
        "Her Excellency Mrs. Ana Da Costa De Lemos Vieira, Ambassador of the Republic of Portugal.",
      ]).map((p) => [p.name, p.country]),
    ).toEqual([["Ana Da Costa De Lemos Vieira", "Portugal"]]);
  });

  it("reads a transcript's label that opens with courtesy titles", () => {
    expect(
      peopleIn(["HIS EXCELLENCY MR KENJI TORAHATA, PRIME MINISTER OF JAPAN: Thank you all."]),
    ).toEqual([{ name: "Kenji Torahata", country: "Japan", role: "Prime Minister" }]);
  });

  it("reads no country from a clause that opens with a preposition", () => {
    expect(
      peopleIn([
        "The visitors were met by Foreign Secretary, Idris Maumoon, in the absence of the Minister of Foreign Affairs who is travelling to Pakistan.",
      ]).map((p) => [p.name, p.country]),
    ).toEqual([["Idris Maumoon", null]]);
  });
});
