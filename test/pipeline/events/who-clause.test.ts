// @vitest-environment node
// A clause opening with ", who" is about the person just before it: named ("Minister X, who
// had travelled to Apia on 14 March") or described ("the new Samoan Foreign Minister, who
// ..."). (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("a 'who' clause after a person", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("has the person described just before it take part", () => {
    const found = participantsOf([
      "On May 7, Foreign Minister Odile Marchetti travels to Apia for a seminar with her Samoan counterpart Tavita Lemalu.",
      "This meeting further deepened the dialogue with the new Samoan Foreign Minister, who had travelled to Valletta on 14 March the evening of his appointment.",
    ]);
    expect(found).toContainEqual(["Tavita Lemalu"]);
  });

  it("has the person named just before it take part", () => {
    const found = participantsOf([
      "The seminar deepened the dialogue with Foreign Minister Tavita Lemalu, who had travelled to Valletta on 14 March.",
    ]);
    expect(found).toEqual([["Tavita Lemalu"]]);
  });
});
