// @vitest-environment node
// A signing ahead told with no day in a story of a stay under way ("X arrived in Lima on Monday
// for a two-day visit", then "Chile and Peru will sign a number of agreements"): it is one of
// the stay's doings, on its days, by the people the visit names. Not when nothing ties it to the stay, nor
// when it is to be signed at another occasion the sentence names. None of these people is in
// the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (signing: string) => `Chilean minister arrives in Lima

Lima, Oct 13, 2025 (Wire) - Chilean Foreign Minister Ramon Fuentes arrived in Lima on Monday for a two-day official visit at the invitation of Peruvian Foreign Minister Carlos Vega.

During his visit, Fuentes will meet Interior Minister Jorge Salas.

${signing}
`;

const signings = (text: string) =>
  builtEvents("signing.txt", story(text)).filter((e) => e.type === "agreement");

describe("a signing ahead on a stay told before", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Ramon Fuentes", "Carlos Vega", "Jorge Salas"])).toEqual([]);
  });

  it("is on the stay's days when it names a country of the visit's people", () => {
    expect(
      signings("Chile and Peru will sign a number of agreements and MoUs in diverse sectors."),
    ).toEqual([
      { type: "agreement", start: "2025-10-13", people: ["Carlos Vega", "Ramon Fuentes"] },
    ]);
  });

  it("is on the stay's days when it names the stay", () => {
    expect(
      signings(
        "Several cooperation agreements are expected to be signed during the minister's stay.",
      ),
    ).toEqual([
      { type: "agreement", start: "2025-10-13", people: ["Carlos Vega", "Ramon Fuentes"] },
    ]);
  });

  it("is not placed when nothing ties it to the stay", () => {
    expect(signings("The two governments will sign a number of agreements.")).toEqual([]);
  });

  it("is not placed on the stay when it is to follow another occasion", () => {
    expect(
      signings(
        "Following the talks will be inked a plan for consultations between Chile and Peru.",
      ),
    ).toEqual([]);
  });
});
