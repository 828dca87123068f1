// @vitest-environment node
// "on the eve of his visit to Turkey": the day told is the eve; the visit is only the occasion
// the statement comes before, and is not placed on that day or in that city.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const text = `Trip ahead

Lima, Sep 18, 2015 (Reuters) - Foreign Minister Carlos Vega yesterday (17 September) issued the following statement in Lima on the eve of his visit to Chile.
`;

describe("on the eve of a visit", () => {
  it("places no visit on the eve", () => {
    expect(builtEvents("eve.txt", text).filter((e) => e.start === "2015-09-17")).toEqual([]);
  });
});
