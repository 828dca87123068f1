// @vitest-environment node
// An official's spouse, named beside the official ("his wife, X", "first lady X", "accompanied
// by Mrs. X", "the Prime Minister and Mrs X"), is no official acting in the story; the
// official named in the same sentence still is.
import { describe, expect, it } from "vitest";
import { namesIn } from "./people-of";

describe("spouses named beside an official", () => {
  it("drops a spouse after 'his wife', with or without a comma or a courtesy title", () => {
    expect(
      namesIn([
        "President Kwame Adjei and his wife, Ama Adjei, were received by Prime Minister Lena Holm.",
      ]),
    ).toEqual(["Kwame Adjei", "Lena Holm"]);
    expect(
      namesIn(["Prime Minister Tomas Vela arrived in Lisbon with his wife Mrs Clara Vela."]),
    ).toEqual(["Tomas Vela"]);
  });

  it("drops a spouse titled first lady", () => {
    expect(
      namesIn(["Chilean first lady Marta Quiroga launched the ship with President Diego Soto."]),
    ).toEqual(["Diego Soto"]);
  });

  it("drops a spouse named by courtesy title beside the official", () => {
    expect(
      namesIn([
        "Prime Minister Mr. Paolo Ricci accompanied by Mrs. Giulia Ferri will be on a state visit to India.",
      ]),
    ).toEqual(["Paolo Ricci"]);
    expect(
      namesIn([
        "President Amal Haddad will attend a dinner hosted by Prime Minister and Mrs Sandhu.",
      ]),
    ).toEqual(["Amal Haddad"]);
  });

  it("keeps an official with a courtesy title after 'accompanied by' or 'and'", () => {
    expect(
      namesIn(["The President was accompanied by Mr. Tomas Berg, the Minister of Trade."]),
    ).toEqual(["Tomas Berg"]);
  });

  it("keeps an official whose title follows a possessive", () => {
    expect(namesIn(["He met his counterpart, Foreign Minister Ana Ruiz, in Lima."])).toEqual([
      "Ana Ruiz",
    ]);
  });
});
