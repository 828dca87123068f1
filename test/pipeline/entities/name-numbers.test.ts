// @vitest-environment node
// A regnal or generation number after a name is part of the written name ("King Haakon VII",
// "Walter P. Brennan III"), and not its surname: the name written without it, or the surname
// alone, is the same person. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";
import { NAME_NUMBER_AFTER, NAME_SUFFIX } from "../../../src/pipeline/rules/entity-cues";

describe("regnal and generation numbers", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Haakon VII", "Walter Brennan III", "Ramon Delgado Jr"]);

  it("keeps the number in the name and reads the shorter forms as the same person", () => {
    const found = peopleIn([
      "King Haakon VII of Norway received Senator Walter P. Brennan III in Oslo.",
      "Later, King Haakon and Brennan toured the harbour.",
    ]).map((p) => [p.name, p.role]);
    expect(found).toEqual([
      ["Haakon VII", "King"],
      ["Walter P Brennan III", "Senator"],
    ]);
  });

  it("reads a number only right after a name, as a whole word", () => {
    expect(NAME_NUMBER_AFTER.exec(" VI also met")?.[1]).toBe("VI");
    expect(NAME_NUMBER_AFTER.test(" VIP guests")).toBe(false);
    expect(NAME_NUMBER_AFTER.test(" I said")).toBe(false);
    expect(NAME_SUFFIX.test("Jr.")).toBe(true);
    expect(NAME_SUFFIX.test("XVI")).toBe(true);
    expect(NAME_SUFFIX.test("Vieira")).toBe(false);
  });
});
