// @vitest-environment node
// A signing told with no one named, then "The deals were inked during the visit of X": the
// same signing, and X signed it. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("a signing whose signers the next sentence names", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("takes the signers of 'the deals were inked during the visit of X'", () => {
    const found = participantsOf([
      "Malta and Samoa have signed major deals, including the order of patrol boats, on Friday.",
      "The deals were inked during the official visit of Samoan Prime Minister Tavita Lemalu to Malta.",
    ]);
    // The signing, and the visit it was inked during (an event of its own: signed-at-occasion).
    expect(found).toEqual([["Tavita Lemalu"], ["Tavita Lemalu"]]);
  });

  it("reads 'signed the document along with Y' as the same signing", () => {
    const found = participantsOf([
      "Malta and Samoa signed a defence memorandum of understanding in Apia on Wednesday.",
      "In Apia, Defence Minister Odile Marchetti signed the document along with Tavita Lemalu, Samoa's defence minister, a spokesperson said.",
    ]);
    expect(found).toEqual([["Odile Marchetti", "Tavita Lemalu"]]);
  });

  it("keeps a signing whose signers were named apart from another's", () => {
    const found = participantsOf([
      "Prime Minister Odile Marchetti signed a maritime agreement on Friday.",
      "The agreement was later praised by Prime Minister Tavita Lemalu, who signed it too.",
    ]);
    expect(found[0]).toEqual(["Odile Marchetti"]);
  });
});
