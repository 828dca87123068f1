// @vitest-environment node
// "The meeting of the X Commission concluded on Friday, in which A and B signed a roadmap":
// the signing is the sentence's dated event, and the gathering it was signed at, told in the
// same words, is an event too. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const TEXT = [
  "date 2026-03-20",
  "The meeting of the Portugal-Angola Inter-Governmental Commission on Military Technical Cooperation concluded here on Friday, in which Defence Minister Tomas Reyne and his Angolan counterpart Idris Mabeko signed a roadmap for boosting defence cooperation.",
].join("\n");

describe("a signing told at the gathering it ended", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tomas Reyne", "Idris Mabeko"])).toEqual([]);
  });

  it("gives the signing and the gathering, on the same day", () => {
    const events = builtEvents("signed-at-gathering.txt", TEXT);
    const day = events.filter((e) => e.start === "2026-03-20");
    expect(day.map((e) => e.type).sort()).toEqual(["agreement", "commission-meeting"]);
  });
});
