// @vitest-environment node
// A name written again as the last words of its longer form in the same article: a compound
// family name alone ("Tall Sall" after "Aissata Tall Sall") or a hyphened given name cut at
// its hyphen ("Yves Le Drian" after "Jean-Yves Le Drian") is the same person, but not the
// father's name after "bin" in a Gulf name.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { namesIn } from "./people-of";

describe("a name written as the end of a longer name", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Mariama Kone Diallo",
    "Kone Diallo",
    "Pierre-Marc Le Bourhis",
    "Marc Le Bourhis",
    "Henrik Aaltonen",
    "Faris bin Khalid Al Qasimi",
    "Khalid Al Qasimi",
  ]);

  it("joins a compound family name written alone to the full name", () => {
    expect(
      namesIn([
        "Foreign Minister Henrik Aaltonen met his Guinean counterpart Mariama Kone Diallo in Conakry on Monday.",
        "Guinean Foreign Minister Kone Diallo said the talks were fruitful.",
      ]),
    ).toEqual(["Henrik Aaltonen", "Mariama Kone Diallo"]);
  });

  it("joins a hyphened given name cut at its hyphen to the full name", () => {
    expect(
      namesIn([
        "French Foreign Minister Pierre-Marc Le Bourhis met Foreign Minister Henrik Aaltonen in Paris on Monday.",
        "Foreign Minister Marc Le Bourhis said the visit showed close ties.",
      ]),
    ).toEqual(["Henrik Aaltonen", "Pierre-Marc Le Bourhis"]);
  });

  it("keeps a father's name after bin apart", () => {
    expect(
      namesIn([
        "Foreign Minister Henrik Aaltonen met Sheikh Faris bin Khalid Al Qasimi in Sharjah on Monday.",
        "Minister Khalid Al Qasimi also attended the meeting.",
      ]),
    ).toEqual(["Faris bin Khalid Al Qasimi", "Henrik Aaltonen", "Khalid Al Qasimi"]);
  });
});
